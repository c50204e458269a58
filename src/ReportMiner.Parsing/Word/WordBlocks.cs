using System.Xml.Linq;

namespace ReportMiner.Parsing.Word;

/// <summary>Block-level children of a body, cell or content control, with wrappers (sdt, customXml, ins) unwrapped.</summary>
internal static class WordBlocks
{
    public static IEnumerable<XElement> Of(XElement container, params string[] wanted)
    {
        foreach (var child in container.Elements())
        {
            var name = child.Name.LocalName;
            if (wanted.Contains(name)) yield return child;
            else if (name is "sdt" or "sdtContent" or "customXml" or "ins" or "moveTo" or "smartTag")
                foreach (var inner in Of(child, wanted)) yield return inner;
            else if (name == "AlternateContent" && FirstChoice(child) is { } choice)
                foreach (var inner in Of(choice, wanted)) yield return inner;
        }
    }

    private static XElement? FirstChoice(XElement alternate) =>
        alternate.Elements().FirstOrDefault(e => e.Name.LocalName == "Choice")
        ?? alternate.Elements().FirstOrDefault(e => e.Name.LocalName == "Fallback");
}
