using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Xml.Linq;

namespace ReportMiner.TestSupport.Ofd;

/// <summary>
/// A run of text on an OFD page: its left end and baseline in millimetres, its font size in millimetres, and its width
/// when known (the characters' steps are then scaled to fill it, as a producer writes a proportional font's advances).
/// </summary>
public sealed record OfdText(double X, double Baseline, double Size, string Text, double? Width = null);

/// <summary>A ruling line in millimetres.</summary>
public sealed record OfdLine(double X1, double Y1, double X2, double Y2);

/// <summary>An image file drawn on a page over the box at X, Y (top left) of Width × Height millimetres.</summary>
public sealed record OfdImage(double X, double Y, double Width, double Height, string File);

/// <summary>One page: its size, text, lines, what its template page (drawn under it) holds, and its images.</summary>
public sealed record OfdPageSpec(double Width, double Height, IReadOnlyList<OfdText> Texts, IReadOnlyList<OfdLine> Lines,
    IReadOnlyList<OfdText>? TemplateTexts = null, IReadOnlyList<OfdImage>? Images = null);

/// <summary>How text objects are written, after the producers seen in the wild.</summary>
public enum OfdTextStyle
{
    /// <summary>One TextObject per run, every step in DeltaX ("g n v" where steps repeat).</summary>
    RunPerObject,
    /// <summary>One TextObject per character, no DeltaX (converters from PDF often write this).</summary>
    CharacterPerObject,
    /// <summary>One TextObject per run whose coordinates are in points, mapped to millimetres by its CTM.</summary>
    ScaledByCtm,
}

/// <summary>
/// Writes OFD packages (GB/T 33190 structure: OFD.xml → Doc_0/Document.xml → Pages/Page_N/Content.xml, templates in
/// Tpls/) for tests and for rendering the corpus as OFD. Characters advance a full em when CJK, half an em otherwise.
/// </summary>
public static class OfdWriter
{
    private static readonly XNamespace Ns = "http://www.ofdspec.org/2016";
    private const double PointInMm = 25.4 / 72;

    public static void Write(string path, IReadOnlyList<OfdPageSpec> pages, OfdTextStyle style = OfdTextStyle.RunPerObject)
    {
        using var file = File.Create(path);
        using var zip = new ZipArchive(file, ZipArchiveMode.Create);
        var id = 100;
        Add(zip, "OFD.xml", new XElement(Ns + "OFD", new XAttribute(XNamespace.Xmlns + "ofd", Ns), new XAttribute("Version", "1.0"), new XAttribute("DocType", "OFD"),
            new XElement(Ns + "DocBody",
                new XElement(Ns + "DocInfo", new XElement(Ns + "DocID", Guid.Empty.ToString("N")), new XElement(Ns + "Creator", "ReportMiner tests")),
                new XElement(Ns + "DocRoot", "Doc_0/Document.xml"))));
        var first = pages.Count > 0 ? pages[0] : new OfdPageSpec(210, 297, [], []);
        var common = new XElement(Ns + "CommonData", new XElement(Ns + "MaxUnitID", 0),
            new XElement(Ns + "PageArea", new XElement(Ns + "PhysicalBox", $"0 0 {N(first.Width)} {N(first.Height)}")),
            new XElement(Ns + "PublicRes", "PublicRes.xml"), new XElement(Ns + "DocumentRes", "DocumentRes.xml"));
        var medias = new XElement(Ns + "MultiMedias");
        var pageList = new XElement(Ns + "Pages");
        for (var i = 0; i < pages.Count; i++)
        {
            var page = pages[i];
            var content = new XElement(Ns + "Page");
            if (page.TemplateTexts is { Count: > 0 } template)
            {
                var templateId = ++id;
                common.Add(new XElement(Ns + "TemplatePage", new XAttribute("ID", templateId), new XAttribute("BaseLoc", $"Tpls/Tpl_{i}/Content.xml")));
                Add(zip, $"Doc_0/Tpls/Tpl_{i}/Content.xml", new XElement(Ns + "Page",
                    new XElement(Ns + "Content", new XElement(Ns + "Layer", new XAttribute("ID", ++id), template.SelectMany(t => Text(t, style, () => ++id))))));
                content.Add(new XElement(Ns + "Template", new XAttribute("TemplateID", templateId), new XAttribute("ZOrder", "Background")));
            }
            if (i > 0 || page.Width != first.Width || page.Height != first.Height)
                content.Add(new XElement(Ns + "Area", new XElement(Ns + "PhysicalBox", $"0 0 {N(page.Width)} {N(page.Height)}")));
            content.Add(new XElement(Ns + "Content", new XElement(Ns + "Layer", new XAttribute("ID", ++id),
                (page.Images ?? []).Select(image => Image(zip, medias, image, ++id, ++id)),
                page.Lines.Select(l => Line(l, ++id)),
                page.Texts.SelectMany(t => Text(t, style, () => ++id)))));
            pageList.Add(new XElement(Ns + "Page", new XAttribute("ID", ++id), new XAttribute("BaseLoc", $"Pages/Page_{i}/Content.xml")));
            Add(zip, $"Doc_0/Pages/Page_{i}/Content.xml", content);
        }
        common.Element(Ns + "MaxUnitID")!.Value = (id + 1).ToString(CultureInfo.InvariantCulture);
        Add(zip, "Doc_0/Document.xml", new XElement(Ns + "Document", new XAttribute(XNamespace.Xmlns + "ofd", Ns), common, pageList));
        Add(zip, "Doc_0/PublicRes.xml", new XElement(Ns + "Res", new XAttribute(XNamespace.Xmlns + "ofd", Ns), new XAttribute("BaseLoc", "Res"),
            new XElement(Ns + "Fonts", new XElement(Ns + "Font", new XAttribute("ID", 1), new XAttribute("FontName", "宋体"), new XAttribute("FamilyName", "SimSun")))));
        Add(zip, "Doc_0/DocumentRes.xml", new XElement(Ns + "Res", new XAttribute(XNamespace.Xmlns + "ofd", Ns), new XAttribute("BaseLoc", "Res"), medias));
    }

    /// <summary>The image's file goes into Res/ and is declared in DocumentRes; the object maps the unit square onto its box.</summary>
    private static XElement Image(ZipArchive zip, XElement medias, OfdImage image, int resourceId, int objectId)
    {
        var name = $"image_{resourceId}{Path.GetExtension(image.File)}";
        using (var target = zip.CreateEntry($"Doc_0/Res/{name}").Open())
        using (var source = File.OpenRead(image.File))
            source.CopyTo(target);
        medias.Add(new XElement(Ns + "MultiMedia", new XAttribute("ID", resourceId), new XAttribute("Type", "Image"),
            new XElement(Ns + "MediaFile", name)));
        return new XElement(Ns + "ImageObject", new XAttribute("ID", objectId), new XAttribute("ResourceID", resourceId),
            new XAttribute("Boundary", $"{N(image.X)} {N(image.Y)} {N(image.Width)} {N(image.Height)}"),
            new XAttribute("CTM", $"{N(image.Width)} 0 0 {N(image.Height)} 0 0"));
    }

    private static IEnumerable<XElement> Text(OfdText t, OfdTextStyle style, Func<int> nextId)
    {
        var chars = t.Text.EnumerateRunes().Select(r => r.ToString()).ToList();
        if (chars.Count == 0) yield break;
        var steps = chars.Select(c => Advance(c) * t.Size).ToList();
        if (t.Width is > 0 and var width)
        {
            var factor = width / steps.Sum();
            steps = steps.Select(v => v * factor).ToList();
        }
        if (style == OfdTextStyle.CharacterPerObject)
        {
            var x = t.X;
            for (var i = 0; i < chars.Count; i++)
            {
                yield return TextObject(nextId(), $"{N(x)} {N(t.Baseline - t.Size)} {N(steps[i])} {N(t.Size * 1.2)}", null, t.Size,
                    new XElement(Ns + "TextCode", new XAttribute("X", 0), new XAttribute("Y", N(t.Size)), chars[i]));
                x += steps[i];
            }
            yield break;
        }
        var scale = style == OfdTextStyle.ScaledByCtm ? PointInMm : 1;
        var code = new XElement(Ns + "TextCode", new XAttribute("X", 0), new XAttribute("Y", N(t.Size / scale)), string.Concat(chars));
        if (chars.Count > 1) code.Add(new XAttribute("DeltaX", Deltas(steps.Take(chars.Count - 1).Select(s => s / scale).ToList())));
        yield return TextObject(nextId(), $"{N(t.X)} {N(t.Baseline - t.Size)} {N(steps.Sum())} {N(t.Size * 1.2)}",
            style == OfdTextStyle.ScaledByCtm ? $"{N(scale)} 0 0 {N(scale)} 0 0" : null, t.Size / scale, code);
    }

    private static XElement TextObject(int id, string boundary, string? ctm, double size, XElement code)
    {
        var element = new XElement(Ns + "TextObject", new XAttribute("ID", id), new XAttribute("Boundary", boundary),
            new XAttribute("Font", 1), new XAttribute("Size", N(size)));
        if (ctm is not null) element.Add(new XAttribute("CTM", ctm));
        element.Add(new XElement(Ns + "FillColor", new XAttribute("Value", "0 0 0")), code);
        return element;
    }

    private static XElement Line(OfdLine l, int id)
    {
        double x = Math.Min(l.X1, l.X2), y = Math.Min(l.Y1, l.Y2);
        return new XElement(Ns + "PathObject", new XAttribute("ID", id),
            new XAttribute("Boundary", $"{N(x)} {N(y)} {N(Math.Abs(l.X2 - l.X1) + 0.5)} {N(Math.Abs(l.Y2 - l.Y1) + 0.5)}"),
            new XAttribute("LineWidth", "0.25"),
            new XElement(Ns + "StrokeColor", new XAttribute("Value", "0 0 0")),
            new XElement(Ns + "AbbreviatedData", $"M {N(l.X1 - x)} {N(l.Y1 - y)} L {N(l.X2 - x)} {N(l.Y2 - y)}"));
    }

    /// <summary>Steps with runs of equal values written as "g n v", as OFD producers do.</summary>
    private static string Deltas(IReadOnlyList<double> steps)
    {
        var parts = new List<string>();
        for (var i = 0; i < steps.Count;)
        {
            var j = i;
            while (j < steps.Count && Math.Abs(steps[j] - steps[i]) < 1e-9) j++;
            parts.Add(j - i > 1 ? $"g {j - i} {N(steps[i])}" : N(steps[i]));
            i = j;
        }
        return string.Join(' ', parts);
    }

    private static double Advance(string c) => c.EnumerateRunes().First().Value >= 0x2E80 ? 1.0 : 0.5;

    private static string N(double v) => Math.Round(v, 4).ToString(CultureInfo.InvariantCulture);

    private static void Add(ZipArchive zip, string name, XElement root)
    {
        using var stream = zip.CreateEntry(name).Open();
        using var writer = new StreamWriter(stream, new UTF8Encoding(false));
        writer.Write(new XDeclaration("1.0", "UTF-8", null) + "\n" + root.ToString(SaveOptions.DisableFormatting));
    }
}
