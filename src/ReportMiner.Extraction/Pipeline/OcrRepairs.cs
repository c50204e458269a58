using ReportMiner.Documents.Model;
using ReportMiner.Extraction.Places;

namespace ReportMiner.Extraction.Pipeline;

/// <summary>
/// Puts right what OCR misread in the items of recognised pages (see <see cref="OcrPlaceRepair"/>). Text read from
/// the file itself is never changed.
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
}
