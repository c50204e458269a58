using System.Xml.Linq;
using ReportMiner.Parsing.Containers;

namespace ReportMiner.Parsing.Word;

/// <summary>
/// Element and attribute lookups by local name, so transitional and strict WordprocessingML
/// (which use different namespace URIs) read the same.
/// </summary>
internal static class WordXml
{
    public static XElement? Property(this XElement element, string propertiesName, string localName) =>
        element.Child(propertiesName)?.Child(localName);

    public static int IntVal(this XElement? element, int fallback) =>
        element?.Attr("val") is { } v && int.TryParse(v, out var n) ? n : fallback;

    /// <summary>An on/off property (w:vanish, w14:checked …): present without val, or val true/1/on.</summary>
    public static bool IsOn(this XElement? element) =>
        element is not null && element.Attr("val") is not ("0" or "false" or "off");
}
