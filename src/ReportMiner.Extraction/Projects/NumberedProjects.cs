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
        foreach (var item in context.Items.Where(i => !i.IsRow))
        {
            var m = NumberedName().Match(item.Key);
            if (m.Success && Amount().IsMatch(item.Key) && Result().IsMatch(item.Key))
                anchors.Add((item, m.Groups["name"].Value));
        }
        if (anchors.Count < MinProjects) return false;
        ProjectParagraphs.Open(context, anchors);
        return true;
    }

    [GeneratedRegex(@"^(?:\d{1,2}|[一二三四五六七八九十]{1,3})[、.．]\s*(?<name>[^,，。;；:：]{4,40}?项目)[,，]")]
    private static partial Regex NumberedName();

    [GeneratedRegex(@"\d(?:\.\d+)?万元")]
    private static partial Regex Amount();

    [GeneratedRegex("得分|评价等级|执行率|完成率")]
    private static partial Regex Result();
}
