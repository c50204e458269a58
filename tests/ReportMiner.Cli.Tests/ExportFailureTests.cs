using System.Text.Json.Nodes;

namespace ReportMiner.Cli.Tests;

public sealed class ExportFailureTests(GoldStore store) : IClassFixture<GoldStore>
{
    [Fact]
    public void Jsonl_export_writes_one_project_per_line()
    {
        var path = Path.Combine(store.Folder, "all.jsonl");
        var (exit, _, error) = CliRunner.Run("export", "--format", "jsonl", "--out", path, "--db", store.Db);
        Assert.True(exit == 0, error);
        var lines = File.ReadAllLines(path);
        Assert.Equal(6, lines.Length);
        Assert.All(lines, l => Assert.NotNull(JsonNode.Parse(l)!["indicators"]));
    }

    [Theory]
    [InlineData("csv")]
    [InlineData("xlsx")]
    [InlineData("jsonl")]
    public void Export_onto_a_folder_gives_one_error_line_and_exit_1(string format)
    {
        var (exit, output, error) = CliRunner.Run("export", "--format", format, "--out", store.Folder, "--db", store.Db);
        Assert.Equal(1, exit);
        Assert.Equal("", output);
        var line = Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("error: ", line);
    }

    [Fact]
    public void Export_under_a_file_gives_one_error_line_and_exit_1()
    {
        var notAFolder = Path.Combine(store.Db, "x.csv");
        var (exit, _, error) = CliRunner.Run("export", "--format", "csv", "--out", notAFolder, "--db", store.Db);
        Assert.Equal(1, exit);
        Assert.StartsWith("error: ", Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries)));
        Assert.DoesNotContain("   at ", error);
    }
}
