using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using ReportMiner.TestSupport;

namespace ReportMiner.Cli.Tests;

/// <summary>
/// The README's examples are real output: each block after an <c>&lt;!-- example: ARGS --&gt;</c> marker must be
/// what <c>reportminer ARGS</c> prints today (a JSON block may leave fields and array items out, not change them;
/// a table block's header must be the command's columns). tools/readme-examples.sh prints fresh blocks.
/// </summary>
public sealed partial class ReadmeExamplesTests
{
    [GeneratedRegex(@"<!-- example: (?<args>[^>]+?) -->\s*```(?<lang>\w*)\n(?<body>.*?)```", RegexOptions.Singleline)]
    private static partial Regex Example();

    public static TheoryData<string> Examples()
    {
        var data = new TheoryData<string>();
        foreach (Match m in Example().Matches(File.ReadAllText(Path.Combine(RepoPaths.Root, "README.md")))) data.Add(m.Groups["args"].Value);
        return data;
    }

    [Fact]
    public void The_readme_has_examples_to_check() => Assert.NotEmpty(Examples());

    [Theory]
    [MemberData(nameof(Examples))]
    public void A_readme_example_is_what_the_command_prints(string args)
    {
        var match = Example().Matches(File.ReadAllText(Path.Combine(RepoPaths.Root, "README.md"))).First(m => m.Groups["args"].Value == args);
        var argv = args.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(a => a.StartsWith("corpus/", StringComparison.Ordinal) ? Path.Combine(RepoPaths.Root, a) : a).ToArray();
        var (exit, output, error) = CliRunner.Run(argv);
        Assert.True(exit == 0, error);
        var body = match.Groups["body"].Value;
        if (match.Groups["lang"].Value == "json")
            AssertSubset(JsonNode.Parse(body), JsonNode.Parse(output), "$");
        else
            Assert.Equal(HeaderOf(body), HeaderOf(output).Where(HeaderOf(body).Contains));
    }

    private static string[] HeaderOf(string table) => table.Split('\n').First(l => l.Trim().Length > 0)
        .Trim().Trim('|').Split(['|', ','], StringSplitOptions.TrimEntries);

    private static void AssertSubset(JsonNode? shown, JsonNode? real, string path)
    {
        switch (shown)
        {
            case JsonObject o:
                var r = Assert.IsType<JsonObject>(real);
                foreach (var (key, value) in o)
                {
                    Assert.True(r.ContainsKey(key), $"{path}.{key} is not in the real output.");
                    AssertSubset(value, r[key], $"{path}.{key}");
                }
                break;
            case JsonArray a:
                var items = Assert.IsType<JsonArray>(real);
                foreach (var item in a)
                    Assert.True(items.Any(candidate => IsSubset(item, candidate)), $"{path}: an item shown is not in the real output: {item?.ToJsonString()}");
                break;
            default:
                Assert.True(JsonNode.DeepEquals(shown, real), $"{path}: shown {shown?.ToJsonString() ?? "null"}, real {real?.ToJsonString() ?? "null"}.");
                break;
        }
    }

    private static bool IsSubset(JsonNode? shown, JsonNode? real)
    {
        try { AssertSubset(shown, real, "$"); return true; }
        catch (Xunit.Sdk.XunitException) { return false; }
    }
}
