using System.Text;
using ReportMiner.Documents.Model;
using ReportMiner.Extraction.Records;
using ReportMiner.Parsing.Abstractions;
using ReportMiner.Parsing.Text;
using ReportMiner.TestSupport;

namespace ReportMiner.Extraction.Tests.Rules;

/// <summary>A 自评表 written as a text export writes it: one line per row, cells joined by tabs, read by the text parser.</summary>
internal static class TextReports
{
    public static ProjectRecord Single(params string[] lines) => Assert.Single(Extract(lines));

    public static IReadOnlyList<ProjectRecord> Extract(params string[] lines)
    {
        using var dir = new TempDirectory();
        var path = dir.File("report.txt");
        File.WriteAllText(path, "项目支出绩效自评表\n" + string.Join('\n', lines) + "\n", new UTF8Encoding(false));
        var document = new TextDocumentParser().Parse(new ParseRequest(path, FileFormat.Txt, ParseLimits.Default));
        return RuleBasedExtractor.Default.Extract(document, "sha").Projects;
    }
}
