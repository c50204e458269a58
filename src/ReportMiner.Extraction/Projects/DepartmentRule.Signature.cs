using System.Text.RegularExpressions;
using ReportMiner.Extraction.Pipeline;
using ReportMiner.Extraction.Places;

namespace ReportMiner.Extraction.Projects;

public sealed partial class DepartmentRule
{
    /// <summary>
    /// "四川省环境保护厅" over "2018年7月23日": a report or its cover letter closes with the unit that signs it, its name
    /// alone on a line above the date (R729, R720, R346, R088, R566). The signer is the department where no form, title
    /// or page field named one; a finance office signs the notices it issues for others' money (alone or jointly), and a
    /// firm signs the evaluations it was hired for, so neither is taken.
    /// </summary>
    private static void FromSignature(ProjectDraft project, List<DocItem> items)
    {
        for (var i = 0; i + 1 < items.Count; i++)
        {
            if (items[i].IsRow || items[i + 1].IsRow || !SignatureDate().IsMatch(items[i + 1].Key)) continue;
            var name = WithoutSeal(items[i].Key.Trim());
            if (name.Length > MaxUnitLength || !PlainSigner().IsMatch(name) || !UnitEndings.EndsUnitName(name)) continue;
            // "莆田市财政局莆田市文化和旅游局": a notice the finance office signs jointly passes money on; it is not the unit's report.
            if (OverseeingOffices.Any(o => name.Contains(o, StringComparison.Ordinal)) || Contractor.IsMatch(name) || Gazetteer.Default.Resolve(name) is null) continue;
            if (project.Claim("department", items[i].Source())) project.Department = name;
            return;
        }
    }

    [GeneratedRegex(@"^(?:\d{4}|[〇○零一二三四五六七八九]{4})\s*年\s*[\d一二三四五六七八九十]{1,3}\s*月\s*[\d一二三四五六七八九十]{1,3}\s*日$")]
    private static partial Regex SignatureDate();

    [GeneratedRegex(@"^[\u4e00-\u9fa5]{4,30}$")]
    private static partial Regex PlainSigner();
}
