namespace ReportMiner.Parsing.Ocr;

/// <summary>Which characters belong to CJK script, where no spaces separate words.</summary>
public static class CjkText
{
    public static bool IsCjk(char c) =>
        c is (>= '\u4e00' and <= '\u9fff')   // unified ideographs
            or (>= '\u3400' and <= '\u4dbf') // extension A
            or (>= '\uf900' and <= '\ufaff') // compatibility ideographs
            or (>= '\u3000' and <= '\u303f') // CJK punctuation: 、。「」《》
            or (>= '\uff01' and <= '\uff0f') // full-width ！＂＃％（）＊，－．／
            or (>= '\uff1a' and <= '\uff20') // full-width ：；＜＝＞？＠
            or (>= '\uff3b' and <= '\uff40')
            or (>= '\uff5b' and <= '\uff65')
            or '\u201c' or '\u201d' or '\u2018' or '\u2019' or '\u2014' or '\u2026' or '\u00b7';

    public static bool IsIdeograph(char c) => c is (>= '\u4e00' and <= '\u9fff') or (>= '\u3400' and <= '\u4dbf')
        or (>= '\uf900' and <= '\ufaff');

    /// <summary>True when no space belongs between <paramref name="left"/> and <paramref name="right"/>.</summary>
    public static bool JoinsWithoutSpace(string left, string right) =>
        left.Length > 0 && right.Length > 0 && IsCjk(left[^1]) && IsCjk(right[0]);
}
