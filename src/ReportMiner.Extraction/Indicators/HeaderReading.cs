namespace ReportMiner.Extraction.Indicators;

/// <summary>
/// How the extractor understands the header of an indicator table, from its header rows and the rows below them:
/// header words first (<see cref="IndicatorHeader.FromRows"/>), then a header read from the cells under it when the
/// words name too little (<see cref="ContentHeader"/>, <see cref="UnnamedPointsHeader"/>), then the points and level
/// columns no word names decided from the values (<see cref="PointsColumns"/>, <see cref="LevelColumns"/>).
/// <see cref="IndicatorTableRule"/> reads every header this way; the header audit test reads headers of unseen pages
/// through it.
/// </summary>
public static class HeaderReading
{
    /// <param name="headerRows">The header rows, top first; none give no header.</param>
    /// <param name="body">The table's rows below the header.</param>
    public static IndicatorHeader? Read(IReadOnlyList<IReadOnlyList<string>> headerRows, IReadOnlyList<IReadOnlyList<string>> body)
    {
        ArgumentNullException.ThrowIfNull(headerRows);
        ArgumentNullException.ThrowIfNull(body);
        if (headerRows.Count == 0) return null;
        // As IndicatorTableRule reads them: the header rows composed as far as they compose (a lower row that is no
        // label row, "数据项1" under a group label, leaves the rows above as the header), one row by its cells' content.
        var found = Enumerable.Range(1, headerRows.Count).Reverse().Select(n => IndicatorHeader.FromRows(headerRows.Take(n).ToList())).FirstOrDefault(h => h is not null)
                    ?? ContentHeader.Read(headerRows[0], () => body) ?? UnnamedPointsHeader.Read(headerRows[0], () => body);
        return found is null ? null : Complete(found, body, body);
    }

    /// <param name="acrossParts">The rows below the header including the parts of its table after page breaks.</param>
    /// <param name="below">The rows below the header in its own table.</param>
    internal static IndicatorHeader Complete(IndicatorHeader found, IReadOnlyList<IReadOnlyList<string>> acrossParts, IReadOnlyList<IReadOnlyList<string>> below) =>
        LevelColumns.Complete(PointsColumns.Complete(found, acrossParts), below);

    /// <summary>The role the header gives a column (the most specific when one column serves two), or None.</summary>
    public static ColumnRole RoleAt(IndicatorHeader header, int column)
    {
        ArgumentNullException.ThrowIfNull(header);
        var roles = header.Roles.Where(r => r.Value == column).Select(r => r.Key).ToList();
        // A 完成率 column also read as the actual when no column gives the actual: it is the rate column.
        return roles.Count == 0 ? ColumnRole.None : roles.Contains(ColumnRole.Rate) ? ColumnRole.Rate : roles.Min();
    }
}
