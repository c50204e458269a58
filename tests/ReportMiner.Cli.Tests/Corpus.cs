using System.Text.Json.Nodes;
using ReportMiner.TestSupport;

namespace ReportMiner.Cli.Tests;

/// <summary>Record files derived from the gold annotations, each a distinct report (its own year and project name).</summary>
internal static class Corpus
{
    public static string Records(TempDirectory dir, int count, string folder = "in")
    {
        var target = Path.Combine(dir.Path, folder);
        Directory.CreateDirectory(target);
        var gold = Directory.GetFiles(RepoPaths.Gold, "*.json").Order().Select(f => JsonNode.Parse(File.ReadAllText(f))!).ToArray();
        for (var i = 0; i < count; i++)
        {
            var record = gold[i % gold.Length].DeepClone();
            foreach (var project in record["projects"]!.AsArray())
            {
                project!["name"] = $"{(string?)project["name"]}（第{i}号）";
                project["year"] = 2000 + i % 25;
            }
            File.WriteAllText(Path.Combine(target, $"r{i:D5}.json"), record.ToJsonString());
        }
        return target;
    }

    public static int IndicatorsPerCycle() =>
        Directory.GetFiles(RepoPaths.Gold, "*.json").Sum(f => JsonNode.Parse(File.ReadAllText(f))!["projects"]!.AsArray()
            .Sum(p => p!["indicators"]!.AsArray().Count));
}
