using System.Text.Json.Nodes;
using ReportMiner.TestSupport;

namespace ReportMiner.Cli.Tests;

/// <summary>Document text is untrusted: escape sequences and formulas in a report reach no terminal or spreadsheet live.</summary>
public sealed class HostileTextTests : IDisposable
{
    private const string Formula = "=HYPERLINK(\"http://example.invalid\",\"点击\")";
    private readonly TempDirectory _dir = new();
    private readonly string _db;

    public HostileTextTests()
    {
        _db = _dir.File("s.db");
        var record = JsonNode.Parse(File.ReadAllText(Directory.GetFiles(RepoPaths.Gold, "002_*.json").Single()))!;
        var project = record["projects"]![0]!;
        project["name"] = Formula;
        project["indicators"]![0]!["name"] = "回访\u001b]0;owned\u0007率\u001b[31m";
        Directory.CreateDirectory(_dir.File("in"));
        File.WriteAllText(_dir.File(Path.Combine("in", "hostile.json")), record.ToJsonString());
        Assert.Equal(0, CliRunner.Run("import", _dir.File("in"), "--db", _db).Exit);
    }

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void Search_output_carries_no_raw_control_characters()
    {
        var (exit, output, _) = CliRunner.Run("search", "回访", "--db", _db);
        Assert.Equal(0, exit);
        Assert.Contains("owned", output);
        Assert.DoesNotContain('\u001b', output);
        Assert.DoesNotContain('\u0007', output);
    }

    [Fact]
    public void Compare_table_shows_control_characters_as_their_codes_and_leaves_markup_unread()
    {
        var (exit, output, error) = CliRunner.Run("compare", "--indicator", "回访", "--wide", "--db", _db);
        Assert.True(exit == 0, error);
        Assert.Contains("回访\\u001b]0;owned\\u0007率\\u001b[31m", output);
        Assert.DoesNotContain('\u001b', output);
        Assert.DoesNotContain('\u0007', output);
    }

    [Fact]
    public void Csv_and_xlsx_exports_write_formulas_as_text()
    {
        var csv = _dir.File("x.csv");
        Assert.Equal(0, CliRunner.Run("export", "--format", "csv", "--out", csv, "--db", _db).Exit);
        var projects = File.ReadAllText(ReportMiner.Cli.Commands.ExportCommand.ProjectsPath(csv));
        Assert.Contains("'=HYPERLINK(", projects);
        Assert.DoesNotContain(",=HYPERLINK(", projects);
        Assert.Equal(0, CliRunner.Run("export", "--format", "xlsx", "--out", _dir.File("x.xlsx"), "--db", _db).Exit);
    }
}
