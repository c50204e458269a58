namespace ReportMiner.Store.Text;

/// <summary>
/// Text ordered by code point, as SQLite's BINARY collation (UTF-8 bytes) and PostgreSQL's "C" order it. .NET's ordinal
/// comparison orders UTF-16 units instead, which puts a character outside the BMP (a surrogate pair, D800–DFFF) before
/// U+E000–U+FFFF (private use, full-width forms).
/// </summary>
internal sealed class CodePointOrder : IComparer<string?>
{
    public static CodePointOrder Instance { get; } = new();

    /// <summary>Null first, then by code point; a prefix before the longer text.</summary>
    public int Compare(string? a, string? b)
    {
        if (a is null || b is null) return a is null ? b is null ? 0 : -1 : 1;
        var common = a.AsSpan().CommonPrefixLength(b);
        if (common == a.Length || common == b.Length) return a.Length.CompareTo(b.Length);
        return Weight(a[common]).CompareTo(Weight(b[common]));
    }

    // Surrogates move above every other unit, U+E000–U+FFFF down into the room they leave: the units then compare as
    // their code points do (the first unit that differs decides, and a pair's high surrogate orders its code point).
    private static int Weight(char unit) => unit >= 0xE000 ? unit - 0x800 : unit >= 0xD800 ? unit + 0x2000 : unit;
}
