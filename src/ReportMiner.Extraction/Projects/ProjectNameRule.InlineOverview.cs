using System.Text.RegularExpressions;
using ReportMiner.Extraction.Pipeline;

namespace ReportMiner.Extraction.Projects;

public sealed partial class ProjectNameRule
{
    /// <summary>
    /// "（一）项目概况。就业专项资金是由县级以上人民政府设立…", "（一）项目概况。专项工作经费主要用于…": the overview's heading
    /// and its first sentence on one line, as a report's prose often runs them (R464 and public county reports); the
    /// sentence opens with the project's name as it does under a heading of its own (FromOverview).
    /// </summary>
    private static void FromInlineOverview(ProjectDraft project, List<DocItem> items)
    {
        if (project.Has("name")) return;
        foreach (var item in items.Where(i => !i.IsRow))
        {
            var heading = InlineOverviewHeading().Match(item.Key);
            if (!heading.Success) continue;
            var rest = item.Key[(heading.Index + heading.Length)..];
            var m = OverviewOpening().Match(rest);
            if (m.Success && !IsGeneric(m.Groups["name"].Value))
                project.SetName(Clean(m.Groups["name"].Value), item.Source(item.SentenceAt(heading.Index + heading.Length)));
            return;
        }
    }

    [GeneratedRegex(@"^\s*[(（]\s*[一1]\s*[)）]\s*(?:项目概况|项目基本情况|项目简介)\s*[。.:：]\s*(?=\S)")]
    private static partial Regex InlineOverviewHeading();
}
