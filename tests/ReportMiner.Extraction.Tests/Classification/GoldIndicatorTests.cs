using System.Text.Json;
using ReportMiner.Extraction.Classification;
using ReportMiner.Extraction.Places;
using ReportMiner.TestSupport;
using Xunit.Abstractions;

namespace ReportMiner.Extraction.Tests.Classification;

/// <summary>The human annotations of the five seed reports, as an outside check of the categorizer.</summary>
public sealed class GoldIndicatorTests(ITestOutputHelper output)
{
    [Fact]
    public void Annotated_indicator_names_of_the_seed_reports_mostly_get_their_annotated_category()
    {
        var annotated = Directory.GetFiles(RepoPaths.Gold, "*.json").Order(StringComparer.Ordinal)
            .SelectMany(file => JsonDocument.Parse(File.ReadAllText(file)).RootElement.GetProperty("projects").EnumerateArray())
            .SelectMany(project => project.GetProperty("indicators").EnumerateArray())
            .Select(i => (Name: i.GetProperty("name").GetString()!, Category: i.TryGetProperty("category", out var c) ? c.GetString() : null))
            .ToArray();
        var agree = 0;
        foreach (var (name, category) in annotated)
        {
            var predicted = IndicatorCategorizer.Default.Categorize(name);
            if (predicted.Category == category) agree++;
            else output.WriteLine($"{name}\tgold {category ?? "null"}\tgot {predicted}");
        }
        var accuracy = (double)agree / annotated.Length;
        output.WriteLine($"agreement {accuracy:F3} on {annotated.Length}");
        Assert.True(annotated.Length >= 40);
        Assert.True(accuracy >= 0.8, $"agreement {accuracy:F3}");
    }
}
