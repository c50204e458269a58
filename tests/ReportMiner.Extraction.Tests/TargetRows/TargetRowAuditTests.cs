using System.Text.Json;
using System.Text.Json.Nodes;
using ReportMiner.Extraction.Evaluation;
using ReportMiner.Extraction.Records;
using ReportMiner.Documents.Model;
using ReportMiner.Parsing.Abstractions;
using ReportMiner.Parsing.Text;
using ReportMiner.TestSupport;
using Xunit.Abstractions;

namespace ReportMiner.Extraction.Tests.TargetRows;

/// <summary>
/// Indicator rows of target and monitoring forms on real pages nobody wrote rules from (Data/target-row-audit.tsv, labelled
/// by hand; the excerpts verbatim in Data/target-rows), read by the whole extractor and scored cell by cell with the
/// evaluator's own comparison: the share of labelled cells it gets right is unseen-data evidence.
/// </summary>
public sealed class TargetRowAuditTests(ITestOutputHelper output)
{
    // Reached on the audit when this floor was set (8 of 12; session start 4 of 12); a change that loses an audited cell fails here.
    private const int MinRightCells = 8;

    private static readonly string[] Fields = ["name", "level1", "level2", "target", "actual", "weight"];

    private static string DataDir => Path.Combine(RepoPaths.Root, "tests", "ReportMiner.Extraction.Tests", "TargetRows", "Data");

    private sealed record Page(string File, string Address, string Kind, List<JsonObject> Rows);

    private static List<Page> Load() => Parse(File.ReadLines(Path.Combine(DataDir, "target-row-audit.tsv")));

    // A short line or an unknown page would only count as a miss far from its cause, so both are refused here.
    private static List<Page> Parse(IEnumerable<string> lines)
    {
        var pages = new List<Page>();
        foreach (var line in lines.Where(l => l.Length > 0 && !l.StartsWith('#')))
        {
            var f = line.Split('\t');
            if (f is ["page", var file, var address, var kind] && kind is "target" or "monitoring")
                pages.Add(new Page(file, address, kind, []));
            else if (f.Length == 15 && f[0] == "row" && f[4].Length > 0 && pages.FirstOrDefault(p => p.File == f[1]) is { } page)
                page.Rows.Add(Gold(f));
            else
                throw new InvalidDataException("target-row-audit.tsv: a page line (page, file, address, target|monitoring) or a row line of 15 cells after its page: " + line);
        }
        return pages;
    }

    private static JsonObject Gold(string[] f)
    {
        static JsonNode? Text(string cell) => cell.Length == 0 ? null : JsonValue.Create(cell);
        static JsonNode? Number(string cell) => cell.Length == 0 ? null : JsonValue.Create(double.Parse(cell, System.Globalization.CultureInfo.InvariantCulture));
        static JsonNode? Quantity(string[] q) => q[0].Length == 0 ? null
            : new JsonObject { ["text"] = q[0], ["op"] = Text(q[1]), ["value"] = Number(q[2]), ["unit"] = Text(q[3]) };
        var gold = new JsonObject
        {
            ["level1"] = Text(f[2]), ["level2"] = Text(f[3]), ["name"] = f[4],
            ["target"] = Quantity(f[5..9]), ["actual"] = Quantity(f[9..13]), ["weight"] = Number(f[13]),
        };
        if (f[14] == "optional") gold["optional"] = true;
        return gold;
    }

    private static DocumentRecord Extract(string file)
    {
        var document = new TextDocumentParser().Parse(new ParseRequest(Path.Combine(DataDir, "target-rows", file), FileFormat.Txt, ParseLimits.Default));
        return RuleBasedExtractor.Default.Extract(document, "sha");
    }

    /// <summary>The extractor's indicators of a page scored against its labelled rows; the project fields are not audited.</summary>
    private static EvaluationResult Score(Page page)
    {
        var record = Extract(page.File);
        var indicators = new JsonArray([.. page.Rows.Select(r => (JsonNode)r.DeepClone())]);
        var gold = JsonDocument.Parse(new JsonObject { ["projects"] = new JsonArray(new JsonObject { ["indicators"] = indicators }) }.ToJsonString());
        // Every indicator the page gave, whichever project it was put in, is weighed against the page's rows.
        var merged = record with { Projects = record.Projects.Count == 0 ? [] : [record.Projects[0] with { Indicators = [.. record.Projects.SelectMany(p => p.Indicators)] }] };
        var result = new EvaluationResult();
        RecordEvaluator.Evaluate(gold.RootElement, merged, result);
        return result;
    }

    [Fact]
    public void Every_audited_page_has_its_excerpt_and_labelled_rows()
    {
        foreach (var page in Load())
        {
            Assert.True(File.Exists(Path.Combine(DataDir, "target-rows", page.File)), page.File);
            Assert.NotEmpty(page.Rows);
        }
    }

    [Theory]
    [InlineData("row\tnowhere.txt\t产出指标\t数量指标\t名称\t\t\t\t\t\t\t\t\t\t")]
    [InlineData("page\ta.txt\thttps://example.gov.cn/a\tselfeval")]
    [InlineData("page\ta.txt\thttps://example.gov.cn/a\ttarget\nrow\ta.txt\t产出指标\t数量指标\t名称")]
    public void An_audit_line_without_its_page_or_its_cells_is_refused(string lines) =>
        Assert.Throws<InvalidDataException>(() => Parse(lines.Split('\n')));

    [Fact]
    public void The_extractor_reads_the_audited_indicator_rows_of_unseen_target_forms_as_labelled()
    {
        int right = 0, labelled = 0;
        foreach (var page in Load())
        {
            var result = Score(page);
            foreach (var field in Fields)
            {
                var counts = result.Field("indicator." + field);
                right += counts.TruePositives;
                labelled += counts.TruePositives + counts.FalseNegatives;
                if (counts.FalseNegatives + counts.FalsePositives > 0)
                    output.WriteLine($"{page.File} indicator.{field}: tp={counts.TruePositives} fp={counts.FalsePositives} fn={counts.FalseNegatives}");
            }
        }
        output.WriteLine($"AUDIT pages={Load().Count} labelled cells={labelled} right={right}");
        Assert.True(right >= MinRightCells, $"audit: {right} of {labelled} labelled cells right, below {MinRightCells}");
    }
}
