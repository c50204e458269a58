using System.Text.Json;
using ReportMiner.Extraction.Places;
using ReportMiner.TestSupport;

namespace ReportMiner.Extraction.Tests.Places;

/// <summary>Each seed report, by its opening (title and unit) and as a whole, names the place its gold annotation records.</summary>
public sealed class SeedPlaceTests
{
    public static TheoryData<string> Seeds => new(Directory.GetFiles(RepoPaths.Gold, "*.json").Select(f => Path.GetFileName(f)[..3]).Order());

    [Theory]
    [MemberData(nameof(Seeds))]
    public void The_report_opening_resolves_to_the_annotated_place(string seed)
    {
        var text = File.ReadAllText(RepoPaths.Seed(seed));
        var opening = text[..Math.Min(200, text.Length)];
        var gold = JsonDocument.Parse(File.ReadAllText(Directory.GetFiles(RepoPaths.Gold, seed + "_*.json").Single()))
            .RootElement.GetProperty("projects")[0];
        string? Field(string name) => gold.TryGetProperty(name, out var v) ? v.GetString() : null;

        var expected = new PlaceMatch(Field("province"), Field("city"), Field("district"));

        Assert.Equal(expected, Gazetteer.Default.Resolve(opening));
        Assert.Equal(expected, Gazetteer.Default.Resolve(text));
    }
}
