using ReportMiner.Extraction.Pipeline;

namespace ReportMiner.Extraction.CellRuns;

/// <summary>
/// The reading-order items with what a page wrote one cell per line put back together: indicator tables, project listings and budget blocks become rows,
/// a form label and its value one line, and a line that runs on into the next form is cut where that form begins. Items are numbered again, as they now stand.
/// </summary>
public static class CellRunItems
{
    public static IReadOnlyList<DocItem> Rebuild(IReadOnlyList<DocItem> items)
    {
        var withMoney = SpacedLabelAmountRows.Rebuild(SpacedListingRows.Rebuild(SpacedMoneyRows.Rebuild(GluedMoneyRows.Rebuild(SlottedSpacedRows.Rebuild(GluedTargetRows.Rebuild(GluedPointsScoreRows.Rebuild(GluedScoreRows.Rebuild(GluedIndicatorRows.Rebuild(NextFormLines.Split(ClosingBarLines.Attach(items)))))))))));
        var rebuilt = withMoney.Count(i => !i.IsRow) < 6 ? withMoney : CellRunTables.Rebuild(MoneyCellRows.Rebuild(FormLabelLines.Join(ListingCellRows.Rebuild(withMoney))));
        if (rebuilt.Count == items.Count && rebuilt.Zip(items).All(p => ReferenceEquals(p.First, p.Second))) return items;
        return rebuilt.Select((item, k) => item.Index == k ? item : item with { Index = k }).ToList();
    }
}
