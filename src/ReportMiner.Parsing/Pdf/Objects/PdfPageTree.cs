namespace ReportMiner.Parsing.Pdf.Objects;

/// <summary>One page as the content interpreter needs it: inherited resources and crop box resolved.</summary>
public sealed record PdfPageObject(PdfDictionary Dictionary, PdfDictionary? Resources, double[] CropBox, int Rotate);

/// <summary>Lists the pages in document order by walking the page tree from the catalog.</summary>
public static class PdfPageTree
{
    private const int MaxPages = 100_000;

    public static IReadOnlyList<PdfPageObject> Pages(PdfFile file)
    {
        var catalog = file.AllDictionaries().LastOrDefault(d => file.Get<PdfName>(d, "Type")?.Value == "Catalog");
        var root = catalog is null ? null : file.Get<PdfDictionary>(catalog, "Pages");
        var pages = new List<PdfPageObject>();
        if (root is not null) Walk(file, root, null, null, 0, pages, new HashSet<PdfDictionary>(ReferenceEqualityComparer.Instance));
        return pages;
    }

    private static void Walk(PdfFile file, PdfDictionary node, PdfDictionary? resources, double[]? box, int rotate,
        List<PdfPageObject> pages, HashSet<PdfDictionary> seen)
    {
        if (!seen.Add(node) || pages.Count >= MaxPages) return;
        resources = file.Get<PdfDictionary>(node, "Resources") ?? resources;
        box = Box(file, node, "CropBox") ?? Box(file, node, "MediaBox") ?? box;
        rotate = (int)(file.Number(node["Rotate"]) ?? rotate);
        var kids = file.Get<List<object?>>(node, "Kids");
        if (kids is null || file.Get<PdfName>(node, "Type")?.Value == "Page")
        {
            pages.Add(new PdfPageObject(node, resources, box ?? [0, 0, 595, 842], ((rotate % 360) + 360) % 360));
            return;
        }
        foreach (var kid in kids)
            if (file.Resolve(kid) is PdfDictionary child) Walk(file, child, resources, box, rotate, pages, seen);
    }

    private static double[]? Box(PdfFile file, PdfDictionary node, string key)
    {
        if (file.Get<List<object?>>(node, key) is not { Count: 4 } list) return null;
        var v = list.Select(file.Number).ToArray();
        if (v.Any(n => n is null)) return null;
        return [Math.Min(v[0]!.Value, v[2]!.Value), Math.Min(v[1]!.Value, v[3]!.Value),
            Math.Max(v[0]!.Value, v[2]!.Value), Math.Max(v[1]!.Value, v[3]!.Value)];
    }
}
