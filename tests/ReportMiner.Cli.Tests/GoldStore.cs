using ReportMiner.TestSupport;

namespace ReportMiner.Cli.Tests;

/// <summary>A store holding the five gold records, imported once and shared by a test class.</summary>
public sealed class GoldStore : IDisposable
{
    private readonly TempDirectory _dir = new();

    public GoldStore()
    {
        Db = _dir.File("s.db");
        var gold = Path.Combine(_dir.Path, "gold");
        Directory.CreateDirectory(gold);
        foreach (var file in Directory.GetFiles(RepoPaths.Gold, "*.json")) File.Copy(file, Path.Combine(gold, Path.GetFileName(file)));
        var (exit, _, error) = CliRunner.Run("import", gold, "--db", Db);
        Assert.True(exit == 0, error);
    }

    public string Db { get; }

    public string Folder => _dir.Path;

    public void Dispose() => _dir.Dispose();
}
