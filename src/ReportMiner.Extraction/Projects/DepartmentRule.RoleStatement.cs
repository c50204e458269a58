using System.Text.RegularExpressions;
using ReportMiner.Extraction.Pipeline;
using ReportMiner.Extraction.Places;

namespace ReportMiner.Extraction.Projects;

public sealed partial class DepartmentRule
{
    /// <summary>
    /// "该项目实施单位为区应急局", "项目主管部门为海口国家高新区管委会", "本项目实施单位为桃源县公安局": a report states the
    /// form's 主管部门 or 实施单位 in a sentence, role first (R778, R298, R790), where a form would print them as label and
    /// value; the 主管部门 is read before the 实施单位, as the labels are. The unit is named by its place or by its level.
    /// </summary>
    private static void FromRoleStatement(ProjectDraft project, List<DocItem> items)
    {
        var found = items.Where(i => !i.IsRow)
            .SelectMany(i => RoleStatement.Matches(i.Key).Select(m => (Item: i, Match: m)))
            .Where(f => IsOneNamedUnit(f.Match.Groups["unit"].Value))
            .OrderBy(f => f.Match.Groups["role"].Value.StartsWith("主管", StringComparison.Ordinal) ? 0 : 1)
            .FirstOrDefault();
        if (found.Item is null) return;
        if (project.Claim("department", found.Item.Source(found.Item.SentenceAt(found.Match.Index)))) project.Department = found.Match.Groups["unit"].Value;
    }

    // "该项目实施单位为县域内各乡镇卫生院", "项目实施单位为市直各学校、各区教育局": the units that carry a pooled grant out
    // are a group, and none of them is the department.
    private static bool IsOneNamedUnit(string unit) =>
        !CollectiveUnits.Names(unit) && IsActingOffice(unit) && (Gazetteer.Default.Resolve(unit) is not null || GovernmentLevels.Contains(unit[0]));

    private static readonly Regex RoleStatement = new(
        @"(?<role>主管部门|主管单位|实施单位|项目单位)(?:为|是)(?<unit>[\u4e00-\u9fa5]{2,24}?(?:" + UnitEndings.Alternation + @"))(?=[，,。；;、(（]|$)",
        RegexOptions.Compiled);
}
