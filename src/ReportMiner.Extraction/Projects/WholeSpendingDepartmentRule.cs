using System.Text.RegularExpressions;
using ReportMiner.Extraction.Pipeline;

namespace ReportMiner.Extraction.Projects;

/// <summary>
/// "桃源县路灯管理站2022年度整体支出绩效自评报告", "2019年度第二福利院部门整体支出绩效自评报告": a unit that reports on
/// its whole spending is the department whose spending it is (corpus/real/README.md names such a report by the unit),
/// whatever its name ends with (站, 院, 所, 校 …: R643, R705; R611, R637, R698 print their units so and state them as the
/// department elsewhere as well). Tried last, where neither a label, the title's office nor the prose named one.
/// </summary>
public sealed partial class WholeSpendingDepartmentRule : IExtractionRule
{
    public void Apply(ExtractionContext context)
    {
        foreach (var project in context.Projects)
        {
            if (project.Has("department") || project.Name is not { Length: > 0 } name || !project.Sources.TryGetValue("name", out var source)) continue;
            var m = UnitsWholeSpending().Match(name);
            // "县教育局所属学校整体支出", "乡镇卫生院整体支出": a pooled account of many units has no one unit as its department.
            if (!m.Success || !UnitEndings.EndsUnitName(m.Groups["unit"].Value) || CollectiveUnits.Names(m.Groups["unit"].Value)) continue;
            if (project.Claim("department", source)) project.Department = m.Groups["unit"].Value;
        }
    }

    [GeneratedRegex(@"^(?<unit>[\u4e00-\u9fa5]{3,30}?)(?:\d{4}年度?)?(?:部门整体支出|整体支出)$")]
    private static partial Regex UnitsWholeSpending();
}
