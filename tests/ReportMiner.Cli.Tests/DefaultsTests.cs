using ReportMiner.TestSupport;

namespace ReportMiner.Cli.Tests;

public sealed class DefaultsTests
{
    private static readonly Dictionary<string, string> NoStoreVariable = new() { ["REPORTMINER_DB"] = "" };

    [Fact]
    public void Import_and_search_without_db_use_the_same_store()
    {
        using var dir = new TempDirectory();
        var gold = Path.Combine(dir.Path, "gold");
        Directory.CreateDirectory(gold);
        foreach (var file in Directory.GetFiles(RepoPaths.Gold, "*.json")) File.Copy(file, Path.Combine(gold, Path.GetFileName(file)));
        Assert.Equal(0, CliRunner.RunIn(dir.Path, NoStoreVariable, "import", "gold").Exit);
        var (exit, output, error) = CliRunner.RunIn(dir.Path, NoStoreVariable, "search", "回访");
        Assert.True(exit == 0, error);
        Assert.Contains("对群众办理结果不满意的回访率", output);
        Assert.True(File.Exists(Path.Combine(dir.Path, "reportminer.db")));
    }

    [Fact]
    public void A_re_import_that_changes_nothing_reports_the_same_positive_rate_as_its_progress()
    {
        using var dir = new TempDirectory();
        var db = dir.File("s.db");
        var input = Corpus.Records(dir, 5);
        Assert.Equal(0, CliRunner.Run("import", input, "--db", db).Exit);
        var (exit, output, _) = CliRunner.Run("import", input, "--db", db);
        Assert.Equal(0, exit);
        Assert.Contains("0 imported, 5 unchanged, 0 failed", output);
        Assert.DoesNotContain("(0.0 files/s)", output);
        Assert.Contains("files/s", output.Split('\n').Last(l => l.Contains("done (", StringComparison.Ordinal)));
    }

    [Fact]
    public void Help_documents_the_exit_codes_and_version_prints_one()
    {
        var help = CliRunner.Run("--help");
        Assert.Contains("Exit codes: 0", help.Out);
        var version = CliRunner.Run("--version");
        Assert.Equal(0, version.Exit);
        Assert.Matches(@"^\d+\.\d+\.\d+", version.Out);
    }

    [Fact]
    public void The_bash_completion_script_knows_every_command_and_their_options()
    {
        var (exit, output, _) = CliRunner.Run("completion", "bash");
        Assert.Equal(0, exit);
        Assert.Contains("complete -o filenames -F _reportminer reportminer", output);
        Assert.Contains("compare) words=\"", output);
        Assert.Contains("--category", output);
        Assert.Contains("categories", output);
    }

    [Fact]
    public void Every_error_line_starts_with_the_same_lowercase_prefix()
    {
        var unknownOption = CliRunner.Run("compare", "--nope");
        var noStore = CliRunner.Run("stats", "--db", "/nonexistent/x.db");
        Assert.Equal(2, unknownOption.Exit);
        Assert.Equal(2, noStore.Exit);
        Assert.StartsWith("error: ", unknownOption.Err);
        Assert.StartsWith("error: ", noStore.Err);
    }
}
