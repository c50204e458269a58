using System.Text.RegularExpressions;
using ReportMiner.Extraction.Pipeline;

namespace ReportMiner.Extraction.Projects;

/// <summary>
/// A whole-department report whose excerpt lost its title still introduces its unit where its 部门概况 / 单位基本情况
/// section opens: "某中心是某局下属二级事业单位", "某馆为副科级建制事业单位", "某会(以下简称“省某会”)成立于…" (R695,
/// R711, R723, R732, R754, R758). That unit is what it reports on, "X部门整体支出", and, when nothing else named one,
/// its department. A unit's name on the line above a title "2021年度部门整体支出绩效自评报告" names it likewise.
/// </summary>
/// <remarks>
/// Only a report sectioned as a unit's (a heading "一、部门概况", "二、单位基本情况") is read so: a project's report
/// opens "一、项目概况" or "一、基本情况" and may introduce its implementing unit the same way. Where a department was
/// already found, the introduced unit must be that department: a unit below it (a school under its education bureau)
/// or a superior named first is not taken on this evidence alone. It runs after every other naming rule.
/// </remarks>
public sealed partial class IntroducedUnitNameRule : IExtractionRule
{
    private static readonly string[] IntroducingWords = EmbeddedData.Lines("Projects.Data.unit-introductions.tsv")
        .Select(l => l.Trim()).Where(l => l.Length > 0).ToArray();

    private static readonly Regex Introduction = new(
        @"^(?<unit>[\u4e00-\u9fa5()]{" + MinUnitLength + "," + MaxUnitLength + @"}?)(?:\(以下简称[^()]{1,20}\))?(?:"
        + string.Join("|", IntroducingWords.Select(Regex.Escape)) + ")",
        RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(200));

    private const int MinUnitLength = 5;

    private const int MaxUnitLength = 30;

    public void Apply(ExtractionContext context)
    {
        if (context.Projects.Count != 1 || context.Projects[0] is not { } project || !string.IsNullOrEmpty(project.Name)) return;
        var prose = context.ItemsOf(project).Where(i => !i.IsRow).ToList();
        var known = project.Department is { Length: > 0 } department ? TextKey.Of(department) : null;
        if ((TitledUnit(prose) ?? IntroducedUnit(prose)) is not { } found) return;
        if (known is not null && known != found.Unit) return;
        project.SetName(found.Unit + "部门整体支出", found.Item.Source(found.Item.SentenceAt(0)));
        if (known is null && project.Claim("department", found.Item.Source(found.Item.SentenceAt(0)))) project.Department = found.Unit;
    }

    /// <summary>
    /// A title set on two lines, the unit's name above "2021年度部门整体支出绩效自评报告" (R646, R718; R681 and R727 print
    /// theirs so too), wherever it stands: a page may print a table of contents above it.
    /// </summary>
    private static (string Unit, DocItem Item)? TitledUnit(List<DocItem> prose)
    {
        for (var i = 1; i < prose.Count; i++)
        {
            if (!YearedWholeSpendingTitle().IsMatch(prose[i].Key)) continue;
            var unit = TrailingBracket().Replace(prose[i - 1].Key, string.Empty);
            if (unit.Length is >= MinUnitLength and <= MaxUnitLength && UnitLine().IsMatch(unit) && IsUnitName(unit))
                return (unit, prose[i - 1]);
        }
        return null;
    }

    private static (string Unit, DocItem Item)? IntroducedUnit(List<DocItem> prose)
    {
        var section = prose.FindIndex(i => UnitOverviewHeading().IsMatch(i.Key));
        if (section < 0) return null;
        foreach (var item in prose.Skip(section + 1).Take(SectionOpening).TakeWhile(i => !NextSection().IsMatch(i.Key)))
            if (Unit(item.Key) is { } unit) return (unit, item);
        return null;
    }

    [GeneratedRegex(@"^\d{4}年度?(?:部门)?整体支出绩效(?:自评|评价)?报告$")]
    private static partial Regex YearedWholeSpendingTitle();

    // "中共某省委党校(某省行政学院)": the second name a unit carries is no part of the one it reports under.
    [GeneratedRegex(@"\([\u4e00-\u9fa5]{2,20}\)$")]
    private static partial Regex TrailingBracket();

    [GeneratedRegex(@"^[\u4e00-\u9fa5]+$")]
    private static partial Regex UnitLine();

    // The section's paragraphs up to the next numbered section: its duties may come first, listed, and the unit's
    // introduction under a later sub-heading ("(二)机构情况", R754).
    private const int SectionOpening = 16;

    [GeneratedRegex(@"^[一二三四五六七八九十]{1,3}、")]
    private static partial Regex NextSection();

    private static string? Unit(string key)
    {
        Match m;
        try { m = Introduction.Match(key); }
        catch (RegexMatchTimeoutException) { return null; }
        if (!m.Success) return null;
        var unit = m.Groups["unit"].Value;
        // "本局是…", "我单位为…": the report's own voice, no name.
        if (unit[0] is '本' or '我' or '该') return null;
        return IsUnitName(unit) ? unit : null;
    }

    [GeneratedRegex(@"^(?:[一二三四五六七八九十]{1,3}[、.]|\([一二三四五六七八九十]{1,2}\))(?:部门|单位)(?:\(单位\))?(?:基本情况|基本概况|概况|整体支出)")]
    private static partial Regex UnitOverviewHeading();

    // A federation or a red-cross society (联合会, 红十字会: R695) ends as an office's name, not as a unit's.
    private static bool IsUnitName(string name) => DepartmentRule.IsOrganisationName(name) || DepartmentRule.EndsOfficeName(name);
}
