using System.Text.RegularExpressions;

namespace ReportMiner.Extraction.Classification;

/// <summary>A table row as model input: its cells' text, its first filled cell on its own, and tokens for its
/// shape (how many cells, how many hold numbers, whether one cell spans the row, where the row sits).</summary>
public static partial class RowFeatures
{
    public static readonly IReadOnlyList<string> Fields = ["Text", "Before", "Tokens"];
    private const int MaxText = 60;
    private const int MaxFirst = 12;

    public static ClassifierInput Of(TableRowShape row)
    {
        ArgumentNullException.ThrowIfNull(row);
        var texts = row.Cells.Select(c => TextFeatures.Normalize(c.Text)).ToArray();
        var joined = string.Join('|', texts);
        var first = texts.FirstOrDefault(t => t.Length > 0) ?? "";
        return new ClassifierInput
        {
            Text = joined.Length > MaxText ? joined[..MaxText] : joined,
            Before = first.Length > MaxFirst ? first[..MaxFirst] : first,
            Tokens = string.Join(' ', ShapeTokens(row, texts)),
        };
    }

    private static IEnumerable<string> ShapeTokens(TableRowShape row, string[] texts)
    {
        var filled = texts.Count(t => t.Length > 0);
        var numeric = row.Cells.Count(c => Number().IsMatch(c.Text));
        yield return "cells" + Math.Min(texts.Length, 8);
        yield return "filled" + Math.Min(filled, 8);
        yield return "empty" + Math.Min(texts.Length - filled, 3);
        yield return "num" + Math.Min(numeric, 4);
        yield return filled == 0 ? "numfrac_none" : ((double)numeric / filled) switch { 0 => "numfrac_0", < 0.34 => "numfrac_low", < 0.67 => "numfrac_mid", _ => "numfrac_high" };
        yield return "above" + Math.Min(row.CoveredFromAbove, 3);
        if (row.Cells.Count == 1 || row.Cells.Any(c => c.ColumnSpan >= row.ColumnCount - row.CoveredFromAbove && c.ColumnSpan > 1)) yield return "whole";
        if (row.Cells.Any(c => c.ColumnSpan > 1)) yield return "spanned";
        if (row.RowIndex == 0) yield return "first";
        else if (row.RowIndex < 3) yield return "top";
        if (row.RowIndex == row.RowCount - 1) yield return "last";
        else if (row.RowIndex >= row.RowCount - 3) yield return "bottom";
        var longest = texts.Length == 0 ? 0 : texts.Max(t => t.Length);
        yield return longest switch { 0 => "len0", <= 4 => "len4", <= 10 => "len10", <= 30 => "len30", _ => "lenlong" };
        if (texts.Any(t => t.Contains('%'))) yield return "pct";
        if (texts.Any(t => t.IndexOfAny(['≥', '≤', '>', '<', '=']) >= 0)) yield return "op";
        if (texts.Any(t => t.EndsWith(':'))) yield return "colon";
    }

    [GeneratedRegex(@"\d")]
    private static partial Regex Number();
}
