using System.Text.RegularExpressions;
using ReportMiner.Extraction.Indicators;
using ReportMiner.Extraction.Pipeline;

namespace ReportMiner.Extraction.CellRuns;

/// <summary>A glued sheet's header: where its rows begin, its header cells, and how its body is cut into rows.</summary>
internal sealed record GluedSheet(int BodyAt, string[] Cells, Func<string, List<string[]>> RowsOf);

/// <summary>
/// The gathering both glued score-sheet readers share (GluedScoreRows, GluedPointsScoreRows): a paragraph that opens with
/// the sheet's glued header and the page chunks after it, or a header alone on its line and the table lines under it,
/// rebuilt as one table when it gives enough rows.
/// </summary>
internal static partial class GluedSheets
{
    private const int LongestParagraph = 20_000;
    private const int LeastRows = 3;
    private const int MaxLines = 200;

    public static List<DocItem> Rebuild(IReadOnlyList<DocItem> items, RebuiltTableReader reader, Func<string, GluedSheet?> headerOf)
    {
        var result = new List<DocItem>(items.Count);
        var tables = new RebuiltTables(reader);
        for (var i = 0; i < items.Count; i++)
        {
            result.Add(items[i]);
            if (items[i].IsRow || items[i].Text.Length > LongestParagraph || headerOf(items[i].Text) is not { } header) continue;
            var end = i + 1;
            var text = new System.Text.StringBuilder(items[i].Text[header.BodyAt..]);
            while (end < items.Count && !items[end].IsRow && text.Length <= LongestParagraph && items[end].Text.Length <= LongestParagraph
                   && GluedIndicatorRows.PageChunk().Match(items[end].Text) is { Success: true } chunk)
            {
                text.Append(items[end].Text, chunk.Length, items[end].Text.Length - chunk.Length);
                end++;
            }
            // Rows another reader rebuilt from this paragraph stand right after it: it is read already.
            if (end < items.Count && items[end].IsRow) continue;
            var rows = header.RowsOf(text.ToString());
            // A header alone on its line: the rows are the lines under it, each glued the same way.
            if (rows.Count == 0 && end == i + 1)
            {
                // A header line below ends the scan, so each line is read under one header at most.
                while (end < items.Count && !items[end].IsRow && end - i <= MaxLines && GluedScoreRows.IsTableLine(items[end].Text)
                       && headerOf(items[end].Text) is null)
                    text.Append('\n').Append(items[end++].Text);
                rows = header.RowsOf(text.ToString());
            }
            if (rows.Count < LeastRows || rows.Count < SpacedTableDump.Expand(items.Skip(i).Take(end - i).ToList()).Count(r => r.IsRow)) continue;
            for (var k = i + 1; k < end; k++) result.Add(items[k]);
            var cells = new List<(DocItem, string[])> { (items[i], header.Cells) };
            cells.AddRange(rows.Select(r => (items[i], r)));
            result.AddRange(tables.Next(cells));
            i = end - 1;
        }
        return result;
    }

    /// <summary>A glued body with its wraps, its levels' points notes and its numbered slots' labels taken out.</summary>
    public static string BodyText(string body) =>
        SlotLabel().Replace(PointsNote().Replace(WhiteSpace().Replace(body, string.Empty), string.Empty), string.Empty);

    // Spaces inside glued text are wraps; line breaks are kept, for a row may stand on a line of its own.
    [GeneratedRegex(@"[^\S\n]+")]
    private static partial Regex WhiteSpace();

    // A level's points note ("项目决策(25分)", "(10)"): no row's points.
    [GeneratedRegex(@"[(（][0-9]{1,3}(?:\.[0-9]{1,2})?分?[)）]")]
    private static partial Regex PointsNote();

    // "指标1:" of a form's numbered slot: no part of the name, and its digit no figure.
    [GeneratedRegex(@"指标[0-9]{1,2}[:：]?(?=[^0-9]|$)")]
    private static partial Regex SlotLabel();
}
