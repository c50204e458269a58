namespace ReportMiner.Parsing.Word;

/// <summary>Checkbox glyphs from symbol fonts, read as ☑ (ticked) or ☐ (empty) so forms keep their answers.</summary>
internal static class WordCheckboxes
{
    public const char Checked = '☑';
    public const char Unchecked = '☐';

    // Symbol-font code points Word writes for boxes; both the F0xx private-use form and the plain byte occur.
    private static readonly Dictionary<int, char> Wingdings = new()
    {
        [0xFE] = Checked, [0xFD] = Checked, [0x78] = Checked,
        [0xA8] = Unchecked, [0x6F] = Unchecked, [0x71] = Unchecked, [0x72] = Unchecked,
    };

    private static readonly Dictionary<int, char> Wingdings2 = new()
    {
        [0x52] = Checked, [0x53] = Checked, [0x54] = Checked,
        [0xA3] = Unchecked, [0x2A] = Unchecked, [0xA2] = Unchecked,
    };

    /// <summary>The text for a w:sym element, or null when it is not a box.</summary>
    public static char? FromSymbol(string? font, string? hex)
    {
        if (hex is null || !int.TryParse(hex, System.Globalization.NumberStyles.HexNumber, null, out var code)) return null;
        var low = code >= 0xF000 ? code - 0xF000 : code;
        var table = font?.Replace(" ", string.Empty).ToLowerInvariant() switch
        {
            "wingdings" => Wingdings,
            "wingdings2" => Wingdings2,
            _ => null,
        };
        if (table is not null) return table.TryGetValue(low, out var box) ? box : null;
        return code is >= 0x2610 and <= 0x2612 ? (char)code : null;
    }

    public static char FromState(bool isChecked) => isChecked ? Checked : Unchecked;
}
