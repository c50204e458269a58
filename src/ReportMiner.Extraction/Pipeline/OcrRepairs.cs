using ReportMiner.Documents.Model;
using ReportMiner.Extraction.Places;

namespace ReportMiner.Extraction.Pipeline;

/// <summary>
/// Puts right what OCR misread in the items of recognised pages: place names (see <see cref="OcrPlaceRepair"/>) and
/// the label words of table cells (see <see cref="OcrLabelRepair"/>), the '%' read as digits (see
/// <see cref="OcrPercentRepair"/>), section numbers and 年 read as other characters (see
/// <see cref="OcrSectionNumberRepair"/>, <see cref="OcrYearRepair"/>). Text read from the file itself is never changed.
/// </summary>
internal static class OcrRepairs
{
    public static (IReadOnlyList<DocItem> Items, IReadOnlyList<DocItem> Chrome) Apply(Document document,
        IReadOnlyList<DocItem> items, IReadOnlyList<DocItem> chrome)
    {
        var recognised = document.Pages.Where(p => p.FromOcr).Select(p => p.Number).ToHashSet();
        if (recognised.Count == 0) return (items, chrome);
        var repair = OcrPlaceRepair.Default;
        var named = repair.NamedIn(items.Concat(chrome).Select(i => i.Text));
        DocItem Fix(DocItem item)
        {
            if (!recognised.Contains(item.Page)) return item;
            item = RepairCharacters(RepairLabels(item));
            var text = repair.Repair(item.Text, named);
            if (ReferenceEquals(text, item.Text)) return item;
            return item with
            {
                Text = text,
                Cells = item.Cells.Select(c => repair.Repair(c, named)).ToArray(),
                Original = repair.Repair(item.Original, named),
            };
        }
        return (items.Select(Fix).ToList(), chrome.Select(Fix).ToList());
    }

    private static string RepairCharacters(string text) =>
        OcrYearRepair.Repair(OcrSectionNumberRepair.Repair(OcrPercentRepair.Repair(text)));

    private static DocItem RepairCharacters(DocItem item)
    {
        var text = RepairCharacters(item.Text);
        if (string.Equals(text, item.Text, StringComparison.Ordinal)) return item;
        return item with
        {
            Text = text,
            Cells = item.Cells.Select(RepairCharacters).ToArray(),
            Original = RepairCharacters(item.Original),
        };
    }

    private static DocItem RepairLabels(DocItem item)
    {
        if (!item.IsRow || item.Text != string.Join('\t', item.Cells)) return item;
        var labels = OcrLabelRepair.Default;
        var cells = item.Cells.Select(labels.Repair).ToArray();
        if (cells.SequenceEqual(item.Cells, ReferenceEqualityComparer.Instance)) return item;
        var originals = item.Original.Split('\t');
        return item with
        {
            Text = string.Join('\t', cells),
            Cells = cells,
            Original = originals.Length == cells.Length ? string.Join('\t', originals.Select(labels.Repair)) : item.Original,
        };
    }
}
