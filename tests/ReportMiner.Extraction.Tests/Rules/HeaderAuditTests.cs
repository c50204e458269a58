using ReportMiner.Extraction.Indicators;
using ReportMiner.TestSupport;
using Xunit.Abstractions;

namespace ReportMiner.Extraction.Tests.Rules;

/// <summary>
/// Headers of indicator tables on real pages nobody wrote rules from (Data/header-audit.tsv, hand-labelled), read
/// through the extractor's own header reading: the share of columns it gives the labelled role is unseen-data evidence.
/// </summary>
public sealed class HeaderAuditTests(ITestOutputHelper output)
{
    // Measured on the audit when this floor was set (columns whose label is not "other"); a change that loses an
    // audited column fails here.
    private const double MinMeaningfulAccuracy = 0.84;

    private sealed record Audited(string Address, List<List<string>> Header, string[] Labels, List<List<string>> Body);

    private static readonly string[] KnownLabels = [.. Enum.GetValues<ColumnRole>().Select(Label).Distinct()];

    private static List<Audited> Load() =>
        Parse(File.ReadLines(Path.Combine(RepoPaths.Root, "tests", "ReportMiner.Extraction.Tests", "Rules", "Data", "header-audit.tsv")));

    // A misspelt label would only count as a miss and a short line would fail far from its cause, so both are refused here.
    private static List<Audited> Parse(IEnumerable<string> lines)
    {
        static List<List<string>> Rows(string text) => text.Length == 0 ? []
            : text.Split(" // ").Select(r => r.Split(" | ").Select(c => c.Trim()).ToList()).ToList();
        var audited = new List<Audited>();
        foreach (var line in lines.Where(l => l.Length > 0 && !l.StartsWith('#')))
        {
            var f = line.Split('\t');
            var labels = f.Length >= 3 ? f[2].Split(' ', StringSplitOptions.RemoveEmptyEntries) : [];
            if (f.Length < 3 || f[1].Length == 0 || labels.Length == 0 || labels.Any(l => !KnownLabels.Contains(l)))
                throw new InvalidDataException("header-audit.tsv needs address, header, known labels (body optional): " + line);
            audited.Add(new Audited(f[0], Rows(f[1]), labels, Rows(f.Length > 3 ? f[3] : string.Empty)));
        }
        return audited;
    }

    private static string Label(ColumnRole role) => role switch
    {
        ColumnRole.Level1 => "level1",
        ColumnRole.Level2 => "level2",
        ColumnRole.Name => "name",
        ColumnRole.Target => "target",
        ColumnRole.TargetOp => "target_op",
        ColumnRole.Unit => "unit",
        ColumnRole.Actual => "actual",
        ColumnRole.Weight => "weight",
        ColumnRole.Score => "score",
        ColumnRole.Reason => "reason",
        ColumnRole.Standard => "standard",
        _ => "other",
    };

    private static string[] Read(Audited audited)
    {
        var header = HeaderReading.Read(audited.Header, audited.Body);
        return Enumerable.Range(0, audited.Labels.Length)
            .Select(c => header is null || header.Width != audited.Labels.Length ? "other" : Label(HeaderReading.RoleAt(header, c)))
            .ToArray();
    }

    [Fact]
    public void Every_audited_header_labels_each_of_its_columns()
    {
        foreach (var audited in Load())
            Assert.True(audited.Header.All(r => r.Count == audited.Labels.Length), audited.Address + ": cells and labels differ in number");
    }

    [Theory]
    [InlineData("https://example.gov.cn/a\t一级指标 | 二级指标\tlevel1 levle2")]
    [InlineData("https://example.gov.cn/a\t一级指标 | 二级指标")]
    [InlineData("https://example.gov.cn/a\t\tlevel1 level2")]
    public void An_audit_line_with_a_misspelt_label_or_a_missing_field_is_refused(string line) =>
        Assert.Throws<InvalidDataException>(() => Parse([line]));

    [Fact]
    public void The_extractor_reads_the_audited_headers_of_unseen_pages_as_labelled()
    {
        int meaningful = 0, meaningfulRight = 0, all = 0, allRight = 0;
        foreach (var audited in Load())
        {
            var read = Read(audited);
            for (var c = 0; c < read.Length; c++)
            {
                var right = read[c] == audited.Labels[c];
                all++;
                if (right) allRight++;
                if (audited.Labels[c] != "other")
                {
                    meaningful++;
                    if (right) meaningfulRight++;
                }
                if (!right) output.WriteLine($"{audited.Address} column {c} '{audited.Header[^1][c]}': labelled {audited.Labels[c]}, read {read[c]}");
            }
        }
        var accuracy = (double)meaningfulRight / meaningful;
        output.WriteLine($"AUDIT headers={Load().Count} columns={all} right={allRight} meaningful={meaningful} right={meaningfulRight} accuracy={accuracy:F3}");
        Assert.True(accuracy >= MinMeaningfulAccuracy, $"audit accuracy {accuracy:F3} below {MinMeaningfulAccuracy}");
    }
}
