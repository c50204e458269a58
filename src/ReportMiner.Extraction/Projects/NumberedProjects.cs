using System.Text.RegularExpressions;
using ReportMiner.Extraction.Pipeline;

namespace ReportMiner.Extraction.Projects;

/// <summary>
/// A published summary of several evaluations: numbered paragraphs, each naming a project and giving its money
/// and result ("1、某村道路建设项目，…下达资金197万元…总得分为91.8分，评价等级为优秀。"). Each paragraph is a project;
/// the first also holds the document's title lines.
/// </summary>
public static partial class NumberedProjects
{
    private const int MinProjects = 2;

    public static bool Split(ExtractionContext context)
    {
        var anchors = new List<(DocItem Item, string Name)>();
        var reported = 0;
        var lastNumber = 0;
        foreach (var item in context.Items.Where(i => !i.IsRow))
        {
            var m = NumberedName().Match(item.Key);
            if (!m.Success) continue;
            var number = Number(m.Groups["k"].Value);
            var hasResult = Amount().IsMatch(item.Key) && Result().IsMatch(item.Key);
            // A paragraph that goes on the count of reported projects is the next one even where an excerpt stops
            // before its money and result.
            if (!hasResult && (anchors.Count == 0 || number != lastNumber + 1)) continue;
            anchors.Add((item, m.Groups["name"].Value));
            lastNumber = number;
            if (hasResult) reported++;
        }
        if (reported < MinProjects) return false;
        ProjectParagraphs.Open(context, anchors);
        return true;
    }

    private static int Number(string k) =>
        char.IsAsciiDigit(k[0]) ? int.Parse(k, System.Globalization.CultureInfo.InvariantCulture)
        : Grammar.ChineseNumerals.TryParse(k, out var value) ? (int)value : 0;

    // A name may hold a comma between its works ("某村村内干道,巷道路面硬化建设项目"): it ends at the first 项目 a comma follows.
    [GeneratedRegex(@"^(?<k>\d{1,2}|[一二三四五六七八九十]{1,3})[、.．]\s*(?<name>[^,，。;；:：][^。;；:：]{3,39}?项目)[,，]")]
    private static partial Regex NumberedName();

    [GeneratedRegex(@"\d(?:\.\d+)?万元")]
    private static partial Regex Amount();

    [GeneratedRegex("得分|评价等级|执行率|完成率")]
    private static partial Regex Result();
}
