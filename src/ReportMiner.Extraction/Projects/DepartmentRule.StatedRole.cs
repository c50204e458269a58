using System.Text.RegularExpressions;
using ReportMiner.Extraction.Pipeline;
using ReportMiner.Extraction.Places;

namespace ReportMiner.Extraction.Projects;

public sealed partial class DepartmentRule
{
    /// <summary>
    /// "县委组织部是县委主管组织工作和干部工作的职能部门", "市卫健委为主管单位", "莱西市园林管理处是莱西市政府住建局的职能部门之一":
    /// a report says which office the work belongs to by opening a clause with it and stating its role (R487, R545,
    /// R599; R035's title names the same office). The office is named by its place or by its level alone; the office
    /// after 是 is the one it answers to, not the department. Finance offices that pass money on are passed over.
    /// </summary>
    private static void FromStatedRole(ProjectDraft project, List<DocItem> items)
    {
        foreach (var item in items.Where(i => !i.IsRow))
        {
            foreach (Match m in StatedRole.Matches(item.Key))
            {
                var office = m.Groups["office"].Value;
                if (!IsActingOffice(office) || (Gazetteer.Default.Resolve(office) is null && !GovernmentLevels.Contains(office[0]))) continue;
                if (project.Claim("department", item.Source(item.SentenceAt(m.Groups["office"].Index)))) project.Department = office;
                return;
            }
        }
    }

    private const string GovernmentLevels = "省市区县";

    private static readonly Regex StatedRole = new(
        @"(?:^|(?<=[，,。；;：:]))(?<office>[\u4e00-\u9fa5]{2,20}?(?:" + UnitEndings.Alternation + @"))(?:是|为)[^，,。；;：:]{0,24}?(?:"
        + string.Join('|', EmbeddedData.Lines("Projects.Data.stated-roles.tsv").Select(l => Regex.Escape(l.Trim())))
        + @")(?:之一)?(?=[，,。；;、]|$)", RegexOptions.Compiled);
}
