using ReportMiner.Extraction.Records;
using ReportMiner.TestSupport;

namespace ReportMiner.Extraction.Tests.EndToEnd;

/// <summary>
/// The whole record of each seed, compared with a reviewed snapshot (checked against corpus/gold by hand).
/// To update after an intended change: set REPORTMINER_UPDATE_SNAPSHOTS=1, run, and review the diff before committing.
/// </summary>
public sealed class SnapshotTests
{
    private static string SnapshotPath(string seed) =>
        Path.Combine(RepoPaths.Root, "tests", "ReportMiner.Extraction.Tests", "Snapshots", Path.GetFileName(RepoPaths.Seed(seed)) + ".json");

    [Theory]
    [InlineData("000")]
    [InlineData("001")]
    [InlineData("002")]
    [InlineData("003")]
    [InlineData("004")]
    public void The_record_of_the_text_seed_matches_its_reviewed_snapshot(string seed)
    {
        var actual = RecordJson.Serialize(SeedExtraction.Extract(RepoPaths.Seed(seed))) + "\n";
        var path = SnapshotPath(seed);
        if (Environment.GetEnvironmentVariable("REPORTMINER_UPDATE_SNAPSHOTS") == "1") File.WriteAllText(path, actual);
        Assert.True(File.Exists(path), $"No snapshot at {path}.");
        Assert.Equal(File.ReadAllText(path), actual);
    }
}
