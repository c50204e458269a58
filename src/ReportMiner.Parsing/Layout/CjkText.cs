namespace ReportMiner.Parsing.Layout;

/// <summary>Joins text fragments the way Chinese typesetting expects: no space next to CJK, one space between Latin words.</summary>
public static class CjkText
{
    public static bool IsCjk(char c) =>
        c is >= '\u2E80' and <= '\u9FFF'      // radicals, CJK punctuation, kana, unified ideographs
            or >= '\uF900' and <= '\uFAFF'    // compatibility ideographs
            or >= '\uFE30' and <= '\uFE4F'    // vertical forms
            or >= '\uFF00' and <= '\uFFEF'    // full-width forms and punctuation
            || char.IsSurrogate(c);           // extension planes

    /// <summary>A unified ideograph (汉字), not punctuation or a full-width form.</summary>
    public static bool IsHan(char c) => c is >= '\u4e00' and <= '\u9fff';

    /// <summary>Joins two fragments of one line or of a wrapped cell.</summary>
    public static string Join(string left, string right)
    {
        if (left.Length == 0) return right;
        if (right.Length == 0) return left;
        return NeedsSpace(left[^1], right[0]) ? left + " " + right : left + right;
    }

    public static bool NeedsSpace(char last, char first) =>
        !IsCjk(last) && !IsCjk(first) && !char.IsWhiteSpace(last) && !char.IsWhiteSpace(first)
        && !NoSpaceBefore.Contains(first) && !NoSpaceAfter.Contains(last);

    private const string NoSpaceBefore = "%‰)]}>,.;:!?·";
    private const string NoSpaceAfter = "([{<·/";

    public static string JoinAll(IEnumerable<string> parts)
    {
        var sb = new System.Text.StringBuilder();
        foreach (var part in parts)
        {
            if (part.Length == 0) continue;
            if (sb.Length > 0 && NeedsSpace(sb[^1], part[0])) sb.Append(' ');
            sb.Append(part);
        }
        return sb.ToString();
    }
}
