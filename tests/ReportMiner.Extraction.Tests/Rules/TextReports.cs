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

    public static IReadOnlyList<ProjectRecord> Extract(params string[] lines) => ExtractTitled("项目支出绩效自评表", lines);

    /// <summary>The single project of a form printed under <paramref name="title"/> ("项目支出绩效目标表").</summary>
    public static ProjectRecord SingleTitled(string title, params string[] lines) => Assert.Single(ExtractTitled(title, lines));

    private static IReadOnlyList<ProjectRecord> ExtractTitled(string title, string[] lines)
    {
        using var dir = new TempDirectory();
        var path = dir.File("report.txt");
        File.WriteAllText(path, title + "\n" + string.Join('\n', lines) + "\n", new UTF8Encoding(false));
        var document = new TextDocumentParser().Parse(new ParseRequest(path, FileFormat.Txt, ParseLimits.Default));
        return RuleBasedExtractor.Default.Extract(document, "sha").Projects;
    }
}
