using System.Text;
using System.Xml.Linq;
using ReportMiner.Parsing.Containers;

namespace ReportMiner.Parsing.Spreadsheet;

/// <summary>Text of rich or plain string items (shared strings and inline strings), without phonetic guides.</summary>
internal static class SharedStrings
{
    public static List<string> Load(XElement? table) =>
        table?.Children("si").Select(Text).ToList() ?? [];

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
