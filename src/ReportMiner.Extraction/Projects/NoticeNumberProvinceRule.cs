using System.Text.RegularExpressions;
using ReportMiner.Extraction.Pipeline;

namespace ReportMiner.Extraction.Projects;

/// <summary>
/// A report that names no place may still cite its province's finance notices by number ("按照《关于开展…自评工作的
/// 通知》(粤财绩〔2021〕13号)要求"): the one character a provincial finance department opens its numbers with names
/// the province. Read only where no place was found and every such number cited names the same province.
/// </summary>
public sealed class NoticeNumberProvinceRule : IExtractionRule
{
    private static readonly Dictionary<string, string> Provinces = EmbeddedData.Lines("Projects.Data.province-notice-prefixes.tsv")
        .Select(l => l.Split('\t')).ToDictionary(f => f[0].Trim(), f => f[1].Trim(), StringComparer.Ordinal);

    // The character opens the number (no word runs into it: "江苏财政厅" is no number), 财 follows, then a few words
    // of the series and the year, bracketed or not ("闽财绩函20171号"), or a placeholder year ("﹝xx﹞").
    private static readonly Regex NoticeNumber = new(@"(?<![\u4e00-\u9fa5])(?<p>[" + string.Concat(Provinces.Keys)
        + @"])财[\u4e00-\u9fa5]{0,4}(?:[〔\[［﹝【(（]\s*)?(?:\d{4}|[xX]{2,4})");

    public void Apply(ExtractionContext context)
    {
        foreach (var project in context.Projects.Where(p => p.Province is null && p.City is null && p.District is null))
        {
            var cited = context.ItemsOf(project)
                .SelectMany(i => NoticeNumber.Matches(i.Text).Select(m => (Item: i, Match: m)))
                .ToList();
            var provinces = cited.Select(c => Provinces[c.Match.Groups["p"].Value]).Distinct().ToList();
            if (provinces.Count != 1) continue;
            var (item, match) = cited[0];
            if (project.Claim("province", item.Source(item.SentenceAt(match.Index)))) project.Province = provinces[0];
        }
    }
}
