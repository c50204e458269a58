namespace ReportMiner.Parsing.Spreadsheet;

/// <summary>Zero-based row and column of an A1-style reference ("B3" → row 2, column 1).</summary>
internal readonly record struct CellReference(int Row, int Column)
{
    public static CellReference? Parse(string? reference)
    {
        if (string.IsNullOrEmpty(reference)) return null;
        var column = 0;
        var i = 0;
        for (; i < reference.Length && char.IsAsciiLetter(reference[i]); i++)
            column = column * 26 + (char.ToUpperInvariant(reference[i]) - 'A' + 1);
        if (i == 0 || !int.TryParse(reference.AsSpan(i).TrimStart('$'), out var row) || row < 1) return null;
        return new CellReference(row - 1, column - 1);
    }

    /// <summary>Both corners of a range ("A1:C2"); a single cell is a one-cell range.</summary>
    public static (CellReference From, CellReference To)? ParseRange(string? range)
    {
        var parts = (range ?? string.Empty).Replace("$", string.Empty).Split(':');
        var from = Parse(parts[0]);
        var to = parts.Length > 1 ? Parse(parts[1]) : from;
        return from is { } f && to is { } t ? (f, t) : null;
    }
}
