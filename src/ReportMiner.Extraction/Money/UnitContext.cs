using ReportMiner.Documents.Model;
using ReportMiner.Extraction.Grammar;
using ReportMiner.Extraction.Pipeline;

namespace ReportMiner.Extraction.Money;

/// <summary>The money unit declared for a table (its caption, a "单位：万元" line just above it) or for a row (its group header).</summary>
public static class UnitContext
{
    private const int LinesAbove = 3;

    /// <summary>
    /// The unit a row's leading group header declares: "项目资金（元）" spans the money rows of the national 自评表
    /// and names the unit of every figure to its right.
    /// </summary>
    public static MoneyUnit? ForRow(IEnumerable<string> cellsLeftOfLabel) =>
        cellsLeftOfLabel.Select(c => MoneyUnitDetector.FromHeader(c)).FirstOrDefault(u => u is not null);

    public static MoneyUnit? ForTable(ExtractionContext context, Table table)
    {
        if (table.Caption is { } caption && MoneyUnitDetector.FromHeader(caption) is { } fromCaption) return fromCaption;
        var first = context.Items.FirstOrDefault(i => i.Table == table);
        if (first is null) return null;
        for (var i = first.Index - 1; i >= Math.Max(0, first.Index - LinesAbove); i--)
        {
            if (context.Items[i].IsRow) break;
            if (MoneyUnitDetector.FromHeader(context.Items[i].Text) is { } above) return above;
        }
        return null;
    }
}
