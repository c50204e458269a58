using System.Text;

namespace ReportMiner.Extraction.Grammar;

/// <summary>Folds full-width ASCII forms (１２３，％，＞) the ideographic space and the small comparator forms (﹦﹤﹥) to their half-width forms.</summary>
public static class CharWidth
{
    public static string ToHalfWidth(string text)
    {
        // Most text has nothing to fold: return it without copying.
        var first = 0;
        while (first < text.Length && !Folds(text[first])) first++;
        if (first == text.Length) return text;
        var builder = new StringBuilder(text.Length).Append(text, 0, first);
        foreach (var c in text.AsSpan(first))
        {
            if (c >= '\uFF01' && c <= '\uFF5E') builder.Append((char)(c - 0xFEE0));
            else if (c == '\u3000') builder.Append(' ');
            // Small form variants (﹦ ﹤ ﹥) that forms print as comparators.
            else if (c == '\uFE66') builder.Append('=');
            else if (c == '\uFE64') builder.Append('<');
            else if (c == '\uFE65') builder.Append('>');
            else builder.Append(c);
        }
        return builder.ToString();
    }

    internal static bool Folds(char c) => c is (>= '\uFF01' and <= '\uFF5E') or '\u3000' or '\uFE66' or '\uFE64' or '\uFE65';
}
