using System.Xml;
using System.Xml.Linq;
using DocumentFormat.OpenXml.Packaging;

namespace ReportMiner.Parsing.Containers;

/// <summary>Loads an Open XML part as LINQ to XML without DTDs or external resolution; cheaper than the SDK's typed DOM.</summary>
public static class OpenXmlParts
{
    private static readonly XmlReaderSettings Settings = new() { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null };
    private static readonly XmlReaderSettings OwningSettings = new() { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, CloseInput = true };

    /// <summary>The part's root element. Throws <see cref="InvalidDataException"/> when the XML nests absurdly deep.</summary>
    public static XElement Load(OpenXmlPart part)
    {
        using var buffer = new MemoryStream();
        using (var stream = part.GetStream(FileMode.Open, FileAccess.Read)) stream.CopyTo(buffer);
        // Loading cost grows with depth squared; a cheap streaming pass refuses hostile nesting first.
        buffer.Position = 0;
        using (var probe = XmlReader.Create(buffer, Settings))
            while (probe.Read())
                if (probe.Depth > NestingDepth.Max)
                    throw new InvalidDataException($"The part {part.Uri} nests more than {NestingDepth.Max} levels deep, which no real document does.");
        buffer.Position = 0;
        using var reader = XmlReader.Create(buffer, Settings);
        return XDocument.Load(reader).Root ?? new XElement("empty");
    }

    /// <summary>
    /// A forward-only reader over the part, without the nesting check: the caller checks the depth as it reads
    /// (a worksheet refused at its cell limit is never read to its end).
    /// </summary>
    public static XmlReader Reader(OpenXmlPart part) => XmlReader.Create(part.GetStream(FileMode.Open, FileAccess.Read), OwningSettings);

    /// <summary>
    /// A forward-only reader over the part, for parts too large to hold as a tree (a worksheet of millions of cells
    /// would take gigabytes as XElements). The same nesting check runs first, as its own streaming pass.
    /// </summary>
    public static XmlReader Stream(OpenXmlPart part)
    {
        using (var stream = part.GetStream(FileMode.Open, FileAccess.Read))
        using (var probe = XmlReader.Create(stream, Settings))
            while (probe.Read())
                if (probe.Depth > NestingDepth.Max)
                    throw new InvalidDataException($"The part {part.Uri} nests more than {NestingDepth.Max} levels deep, which no real document does.");
        return XmlReader.Create(part.GetStream(FileMode.Open, FileAccess.Read), OwningSettings);
    }

    public static string? Attr(this XElement element, string localName) =>
        element.Attributes().FirstOrDefault(a => a.Name.LocalName == localName)?.Value;

    public static IEnumerable<XElement> Children(this XElement element, string localName) =>
        element.Elements().Where(e => e.Name.LocalName == localName);

    public static XElement? Child(this XElement element, string localName) =>
        element.Elements().FirstOrDefault(e => e.Name.LocalName == localName);
}
