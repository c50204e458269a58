using System.Text;
using System.Xml;
using System.Xml.Linq;
using ReportMiner.Parsing.Containers;

namespace ReportMiner.Parsing.Spreadsheet;

/// <summary>Text of rich or plain string items (shared strings and inline strings), without phonetic guides.</summary>
internal static class SharedStrings
{
    /// <summary>The string items in order, read forward only (a table of millions of strings is never held as a tree).</summary>
    public static List<string> Load(XmlReader? table)
    {
        var items = new List<string>();
        if (table is null) return items;
        using (table)
        {
            table.MoveToContent();
            while (!table.EOF)
            {
                if (table is { NodeType: XmlNodeType.Element, Depth: 1, LocalName: "si" }) items.Add(Text((XElement)XNode.ReadFrom(table)));
                else table.Read();
            }
        }
        return items;
    }

    public static string Text(XElement item)
    {
        var sb = new StringBuilder();
        foreach (var part in item.Elements())
        {
            if (part.Name.LocalName == "t") sb.Append(part.Value);
            else if (part.Name.LocalName == "r") sb.Append(part.Child("t")?.Value);
        }
        return sb.ToString();
    }
}
