using System.Text.RegularExpressions;

namespace ReportMiner.Extraction.Indicators;

/// <summary>
/// The reporting body that a result sentence opens with ("该项目处治里程8公里", "我校收到…经费16.20万元", "我市共发生
/// 森林火灾3起"): it says who reports, not what is measured, so it is no part of the measure's name.
/// The openings are data: Indicators/Data/report-subjects.tsv.
/// </summary>
public static class ReportSubjects
{
    private static readonly Lazy<Regex> Subject = new(() => new Regex(
        "^(?:" + string.Join("|", EmbeddedData.Lines("Indicators.Data.report-subjects.tsv")
            .OrderByDescending(s => s.Length).Select(Regex.Escape)) + ")",
        RegexOptions.Compiled | RegexOptions.CultureInvariant));

    public static string Strip(string name) => Subject.Value.Replace(name, string.Empty);
}
