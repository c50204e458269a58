using ReportMiner.Documents.Model;
using ReportMiner.Extraction.Grammar;
using ReportMiner.Extraction.Pipeline;

namespace ReportMiner.Extraction.Money;

/// <summary>The money unit declared for a table: its caption, a "单位：万元" line just above it, or a header cell.</summary>
public static class UnitContext
{
    private const int LinesAbove = 3;

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
