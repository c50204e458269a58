using System.Text;

namespace ReportMiner.Store.Text;

/// <summary>
/// Our own tokenization for queries trigrams cannot answer (1-2 characters): every folded character and
/// every adjacent pair becomes a space-separated token for FTS5's unicode61 tokenizer. Runs of letters and
/// digits stay whole words so "12345" is one token.
/// </summary>
public static class SearchGrams
{
    public static string Tokens(string foldedText)
    {
        var tokens = new HashSet<string>(StringComparer.Ordinal);
        foreach (var run in Runs(foldedText))
        {
            if (!IsIdeographic(run[0]))
            {
                tokens.Add(run);
                continue;
            }
            for (var i = 0; i < run.Length; i++)
            {
                tokens.Add(run[i].ToString());
                if (i + 1 < run.Length) tokens.Add(run.Substring(i, 2));
            }
        }
        return string.Join(' ', tokens);
    }

    /// <summary>Splits text into runs of ideographs and runs of letters/digits; everything else separates.</summary>
    public static IEnumerable<string> Runs(string foldedText)
    {
        var current = new StringBuilder();
        bool? ideographic = null;
        foreach (var c in foldedText)
        {
            var isIdeo = IsIdeographic(c);
            var isWord = isIdeo || char.IsLetterOrDigit(c);
            if (!isWord || (ideographic is not null && ideographic != isIdeo))
            {
                if (current.Length > 0) yield return current.ToString();
                current.Clear();
                ideographic = null;
                if (!isWord) continue;
            }
            current.Append(c);
            ideographic = isIdeo;
        }
        if (current.Length > 0) yield return current.ToString();
    }

    public static bool IsIdeographic(char c) => c is >= '\u3400' and <= '\u9FFF' or >= '\uF900' and <= '\uFAFF';
}
