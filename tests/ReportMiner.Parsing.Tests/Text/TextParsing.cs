using System.Text;
using ReportMiner.Documents.Model;
using ReportMiner.Parsing.Abstractions;
using ReportMiner.Parsing.Text;
using ReportMiner.TestSupport;

namespace ReportMiner.Parsing.Tests.Text;

/// <summary>Parses a text given as a string, written to a temporary UTF-8 .txt file the way a report arrives.</summary>
internal static class TextParsing
{
    public static Document Parse(string text)
    {
        using var dir = new TempDirectory();
        var path = dir.File("t.txt");
        File.WriteAllText(path, text, new UTF8Encoding(false));
        return new TextDocumentParser().Parse(new ParseRequest(path, FileFormat.Txt, ParseLimits.Default));
    }
}
