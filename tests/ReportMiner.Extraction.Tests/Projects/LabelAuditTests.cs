using ReportMiner.Extraction.Pipeline;
using ReportMiner.Extraction.Records;
using ReportMiner.Extraction.Tests.EndToEnd;
using ReportMiner.TestSupport;
using ReportMiner.TestSupport.Audits;
using Xunit.Abstractions;

namespace ReportMiner.Extraction.Tests.Projects;

/// <summary>
/// The project fields of real pages nobody wrote rules from (Data/label-audit.tsv, labelled by hand), read by the whole
/// extractor from each page's opening lines: the share it gets right is unseen-data evidence for the label vocabulary.
/// </summary>
public sealed class LabelAuditTests(ITestOutputHelper output)
{
    // Audited fields the extractor gets right at this commit; a change that loses one fails here.
    private const int MinAgreeing = 41;

    private static readonly string[] Fields = ["name", "department", "year", "report_kind"];

    private sealed record Audited(string Address, string Text, string[] Labels);

    private const string AuditFile = "label-audit.tsv";

    private static List<Audited> Load() =>
        Parse(File.ReadLines(Path.Combine(RepoPaths.Root, "tests", "ReportMiner.Extraction.Tests", "Projects", "Data", AuditFile)));

    // A short line is refused (AuditTable).
    private static List<Audited> Parse(IEnumerable<string> lines)
    {
        var audited = new List<Audited>();
        foreach (var line in AuditTable.Read(lines, AuditFile))
        {
            var f = line.Cells;
            if (f.Length != 2 + Fields.Length || f[1].Length == 0 || f.Skip(2).Any(l => l.Length == 0))
                throw line.Refused("address, excerpt and a label for each of " + string.Join(", ", Fields));
            audited.Add(new Audited(f[0], f[1].Replace(" // ", "\n").Replace("\\t", "\t") + "\n", f[2..]));
        }
        return audited;
    }

    private static string[] Accepted(string label) => label.Split(" ; ").Select(a => a.Trim()).ToArray();

    private static DocumentRecord Extract(Audited audited)
    {
        var path = Path.Combine(Path.GetTempPath(), "label-audit-" + Guid.NewGuid().ToString("N") + ".txt");
        File.WriteAllText(path, audited.Text);
        try { return SeedExtraction.Extract(path); }
        finally { File.Delete(path); }
    }

    private static string? Value(ProjectRecord? project, string field) => field switch
    {
        "name" => string.IsNullOrWhiteSpace(project?.Name) ? null : project.Name,
        "department" => project?.Department,
        "year" => project?.Year?.ToString(),
        _ => project?.ReportKind,
    };

    /// <summary>"?" is not scored; "-" wants nothing; else the value must be one of the accepted ones.</summary>
    private static bool? Agrees(string label, string? value) => label switch
    {
        "?" => null,
        "-" => value is null,
        _ => value is not null && Accepted(label).Any(a => TextKey.Name(a) == TextKey.Name(value)),
    };

    [Theory]
    [InlineData("https://example.gov.cn/a\t某县2022年度X项目绩效自评表\tX项目\t-\t2022")]
    [InlineData("https://example.gov.cn/a\t\tX项目\t-\t2022\ttarget")]
    public void An_audit_line_without_its_excerpt_or_a_label_is_refused(string line) =>
        Assert.Throws<InvalidDataException>(() => Parse([line]));

    [Fact]
    public void The_extractor_reads_the_audited_project_fields_of_unseen_pages_as_labelled()
    {
        int scored = 0, agreeing = 0;
        foreach (var audited in Load())
        {
            var record = Extract(audited);
            var names = Accepted(audited.Labels[0]);
            var project = record.Projects.FirstOrDefault(p => names.Any(n => TextKey.Name(n) == TextKey.Name(p.Name))) ?? record.Projects.FirstOrDefault();
            for (var f = 0; f < Fields.Length; f++)
            {
                var value = Value(project, Fields[f]);
                if (Agrees(audited.Labels[f], value) is not { } right) continue;
                scored++;
                if (right) agreeing++;
                else output.WriteLine($"{audited.Address} {Fields[f]}: labelled {audited.Labels[f]}, read {value ?? "null"}");
            }
        }
        output.WriteLine($"AUDIT pages={Load().Count} fields={scored} agreeing={agreeing}");
        Assert.True(agreeing >= MinAgreeing, $"label audit {agreeing} of {scored} below {MinAgreeing}");
    }
}
