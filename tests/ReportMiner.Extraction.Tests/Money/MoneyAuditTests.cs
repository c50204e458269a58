using System.Globalization;
using System.Text;
using ReportMiner.Documents.Model;
using ReportMiner.Extraction.Records;
using ReportMiner.Parsing.Abstractions;
using ReportMiner.Parsing.Text;
using ReportMiner.TestSupport;
using ReportMiner.TestSupport.Audits;
using Xunit.Abstractions;

namespace ReportMiner.Extraction.Tests.Money;

/// <summary>
/// Money wordings of real pages nobody wrote rules from (Data/money-audit.tsv, labelled by hand), read by the whole
/// extractor from a text file of the excerpt: the share of money fields it gets right is unseen-data evidence.
/// </summary>
public sealed class MoneyAuditTests(ITestOutputHelper output)
{
    // Measured on the audit when this floor was set; a change that loses an audited field fails here.
    private const double MinAgreement = 1.0;

    private static readonly string[] Fields = ["budget", "initial", "adjusted", "actual", "rate"];

    private sealed record Audited(string Address, string[] Lines, Dictionary<string, double> Labels);

    private const string AuditFile = "money-audit.tsv";

    private static List<Audited> Load() =>
        Parse(File.ReadLines(Path.Combine(RepoPaths.Root, "tests", "ReportMiner.Extraction.Tests", "Money", "Data", AuditFile)));

    // A misspelt field or an unreadable amount is refused (AuditTable).
    private static List<Audited> Parse(IEnumerable<string> lines)
    {
        var audited = new List<Audited>();
        foreach (var line in AuditTable.Read(lines, AuditFile))
        {
            var f = line.Cells;
            if (f.Length != 4 || f[2].Length == 0) throw line.Refused("address, kind, excerpt, labels");
            var labels = new Dictionary<string, double>();
            foreach (var pair in f[3].Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var kv = pair.Split('=');
                if (kv.Length != 2 || !Fields.Contains(kv[0]) || !double.TryParse(kv[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var v))
                    throw line.Refused("labels field=number of " + string.Join(", ", Fields) + ", not '" + pair + "'");
                labels[kv[0]] = v;
            }
            audited.Add(new Audited(f[0], f[2].Split(" // "), labels));
        }
        return audited;
    }

    private static ProjectRecord? Extract(string[] lines)
    {
        using var dir = new TempDirectory();
        var path = dir.File("excerpt.txt");
        File.WriteAllText(path, string.Join('\n', lines) + "\n", new UTF8Encoding(false));
        var document = new TextDocumentParser().Parse(new ParseRequest(path, FileFormat.Txt, ParseLimits.Default));
        return RuleBasedExtractor.Default.Extract(document, "sha").Projects.FirstOrDefault();
    }

    private static double? Read(ProjectRecord? project, string field) => field switch
    {
        "budget" => project?.BudgetWan,
        "initial" => project?.BudgetInitialWan,
        "adjusted" => project?.BudgetAdjustedWan,
        "actual" => project?.ActualWan,
        _ => project?.ExecutionRatePct,
    };

    [Theory]
    [InlineData("https://example.gov.cn/a\t自评表\t预算数 100万元\tbugdet=100")]
    [InlineData("https://example.gov.cn/a\t自评表\t预算数 100万元\tbudget=一百")]
    [InlineData("https://example.gov.cn/a\t自评表\t预算数 100万元")]
    public void An_audit_line_with_a_misspelt_field_or_a_missing_column_is_refused(string line) =>
        Assert.Throws<InvalidDataException>(() => Parse([line]));

    [Fact]
    public void The_extractor_reads_the_audited_money_of_unseen_pages_as_labelled()
    {
        int right = 0, wrong = 0, missed = 0;
        foreach (var audited in Load())
        {
            var project = Extract(audited.Lines);
            foreach (var field in Fields)
            {
                var read = Read(project, field);
                var labelled = audited.Labels.TryGetValue(field, out var v) ? v : (double?)null;
                if (read is null && labelled is null) continue;
                if (read is { } r && labelled is { } l && Math.Abs(r - l) < 0.005) { right++; continue; }
                if (read is null) missed++; else wrong++;
                output.WriteLine($"{audited.Address} {field}: labelled {labelled?.ToString(CultureInfo.InvariantCulture) ?? "none"}, read {read?.ToString(CultureInfo.InvariantCulture) ?? "none"}");
            }
        }
        var agreement = (double)right / (right + wrong + missed);
        output.WriteLine($"AUDIT pages={Load().Count} right={right} wrong={wrong} missed={missed} agreement={agreement:F3}");
        Assert.True(agreement >= MinAgreement, $"money audit agreement {agreement:F3} below {MinAgreement}");
    }
}
