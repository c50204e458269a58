using System.Text.RegularExpressions;

namespace ReportMiner.Extraction.Projects;

/// <summary>
/// "二、评价对象", "一、绩效评价依据": a section of the outline self-evaluations and evaluations share (Data/evaluation-section-heads.tsv)
/// says 评价 of either kind; where the excerpt has lost its title (R837), such a heading does not decide the kind.
/// </summary>
internal static partial class EvaluationSectionHeads
{
    private static readonly HashSet<string> Subjects = [.. EmbeddedData.Lines("Projects.Data.evaluation-section-heads.tsv").Select(l => l.Trim())];

    /// <summary>The heading, or nothing where it is a shared section of the evaluation outline.</summary>
    public static string Without(string heading) =>
        SectionHead().Match(heading) is { Success: true } m && Subjects.Contains(m.Groups["subject"].Value) ? string.Empty : heading;

    [GeneratedRegex(@"^\s*(?:[一二三四五六七八九十]+[、.．]|[(（][一二三四五六七八九十\d]+[)）]|\d+[、.．])\s*(?:绩效)?评价(?<subject>[\u4e00-\u9fa5]{2})")]
    private static partial Regex SectionHead();
}
