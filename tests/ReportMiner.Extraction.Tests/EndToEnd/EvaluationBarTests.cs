using System.Text.Json;
using ReportMiner.Extraction.Evaluation;
using ReportMiner.TestSupport;

namespace ReportMiner.Extraction.Tests.EndToEnd;

public sealed class EvaluationBarTests
{
    private const double Bar = 0.95;

    private static EvaluationResult Evaluate(Func<string, string> input)
    {
        var result = new EvaluationResult();
        foreach (var goldFile in GoldSet.GoldFiles(RepoPaths.Gold))
        {
            using var gold = JsonDocument.Parse(File.ReadAllText(goldFile));
            var stem = GoldSet.Stem(goldFile);
            RecordEvaluator.Evaluate(gold.RootElement, SeedExtraction.Extract(input(stem[..3])), result);
        }
        return result;
    }

    [Fact]
    public void Fact_f1_on_the_utf8_text_seeds_meets_the_bar()
    {
        var result = Evaluate(RepoPaths.Seed);
        Assert.True(result.Overall.F1 >= Bar, result.ToTable());
    }

    [Fact]
    public void Fact_f1_on_the_gb18030_text_fixtures_meets_the_bar()
    {
        var result = Evaluate(seed => RepoPaths.Fixture(seed, ".gb18030.txt"));
        Assert.True(result.Overall.F1 >= Bar, result.ToTable());
    }
}
