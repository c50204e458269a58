using System.Security.Cryptography;
using ReportMiner.TestSupport;

namespace ReportMiner.Cli.Tests;

public sealed class ShowCommandTests
{
    private const string Record = """
        {"format": "record", "warnings": ["Page 2 was read by OCR \u001b[31mred", "Neither PdfPig nor pdftotext can map the fonts"],
         "projects": [{"name": "热线项目", "city": "广州市", "year": 2021, "report_kind": "self_evaluation",
           "warnings": ["execution_rate_pct 91% differs from actual/budget = 90%"],
           "indicators": [{"name": "接通率", "category": "answer_rate", "target": {"text": "≥95%"}, "actual": {"text": "96%"}}]}]}
        """;

    [Fact]
    public void Show_prints_a_documents_warnings_and_projects_by_hash_or_path_with_control_characters_made_inert()
    {
        using var dir = new TempDirectory();
        var file = dir.File("in/scanned.json");
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        File.WriteAllText(file, Record);
        var db = dir.File("s.db");
        Assert.Equal(0, CliRunner.Run("import", file, "--db", db).Exit);
        var sha = Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(file)));

        var byHash = CliRunner.Run("show", sha, "--db", db);
        var byPath = CliRunner.Run("show", file, "--db", db);

        Assert.Equal(0, byHash.Exit);
        Assert.Equal(byHash.Out, byPath.Out);
        Assert.Contains("warnings (2):", byHash.Out);
        Assert.Contains("! Page 2 was read by OCR \\u001b[31mred", byHash.Out);
        Assert.Contains("! Neither PdfPig nor pdftotext can map the fonts", byHash.Out);
        Assert.Contains("project 1: 热线项目 (广州市 2021 self_evaluation), 1 indicators", byHash.Out);
        Assert.Contains("! execution_rate_pct 91% differs", byHash.Out);
        Assert.DoesNotContain("\u001b", byHash.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Show_of_a_document_the_store_does_not_hold_is_a_clear_error()
    {
        using var dir = new TempDirectory();
        var file = dir.File("r.json");
        File.WriteAllText(file, Record);
        var db = dir.File("s.db");
        Assert.Equal(0, CliRunner.Run("import", file, "--db", db).Exit);

        var (exit, _, error) = CliRunner.Run("show", new string('a', 64), "--db", db);

        Assert.Equal(2, exit);
        Assert.Contains("No document", error);
    }
}
