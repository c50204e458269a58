using System.Text.RegularExpressions;

namespace ReportMiner.Extraction.Projects;

/// <summary>
/// "2.财政部《财政支出绩效评价管理暂行办法》(财预〔2011〕285号)": a report's basis list cites the rulebooks every report of
/// the genre follows, one short line each, which read as headings where the excerpt has lost its title (R837, R316).
/// The cited title's words are the rulebook's, not the report's kind (Data/rulebook-endings.tsv).
/// </summary>
internal static partial class CitedRulebooks
{
    private static readonly string[] Endings = EmbeddedData.Lines("Projects.Data.rulebook-endings.tsv").Select(l => l.Trim()).ToArray();

    /// <summary>The text without the titles of the rulebooks it cites.</summary>
    public static string Without(string text) =>
        Citation().Replace(text, m => Endings.Any(e => m.Groups["title"].Value.EndsWith(e, StringComparison.Ordinal)) ? "《》" : m.Value);

    [GeneratedRegex("《(?<title>[^《》]*)》")]
    private static partial Regex Citation();
}
