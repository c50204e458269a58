using System.Globalization;
using System.Text.RegularExpressions;
using ReportMiner.Extraction.Grammar;
using ReportMiner.Extraction.Pipeline;

namespace ReportMiner.Extraction.Projects;

/// <summary>
/// A unit's report on several of its projects names them in one sentence before it reports on each, with or without
/// their money, and the readers of name+amount lists (<see cref="ProseListedProjectsRule"/>) find no list there:
/// "我单位共有4个市直发展项目，分别为A专项资金、B专项资金、C专项资金、D专项资金。" (R871), "专项债项目有两项，分别是A项目、
/// B项目" (R042), "其中“A经费”及“B经费”两项目同时纳入了评价" (R873), or a list of bare names each with its money, "包含A
/// 78,000万元、B60,000万元、……；二是C5,577.84万元和D4,500万元" (R872). The list is believed on one of two pieces of
/// evidence: the count the sentence states agrees with the names it lists, or the first name heads a numbered section
/// of its own further on ("（一）A资金。用于……"), so the sections walk through the list. Only a report about the unit
/// (unnamed, named by the unit, by the counted kind of project, or by one of the listed names) is split; a named
/// project that lists the works it pays for ("分别是A项目、B项目……四个项目", R757) stays one. Each listed project then
/// takes the money, rate, score and grade its own clause states ("“A”项目支出20.67万元，预算执行率82.68%，绩效评价结果
/// 分数为83分，达到良好水平；", <see cref="ProjectOwnClause"/>).
/// </summary>
public sealed partial class UnitProjectListRule : IExtractionRule
{
    private const int MinCounted = 2;
    private const int MinHeaded = 3;

    private static readonly string[] UnitReportWords = EmbeddedData.Lines("Projects.Data.unit-report-words.tsv")
        .Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#')).ToArray();

    public void Apply(ExtractionContext context)
    {
        if (context.DocumentKind != Genre.GenreVocabulary.PerformanceReport || context.Projects.Count != 1) return;
        var draft = context.Projects[0];
        foreach (var item in context.Items.Where(i => !i.IsRow))
        {
            var (listed, noun) = ReadCounted(item.Key);
            if (listed.Count < MinCounted)
            {
                listed = ReadAmounts(item.Key);
                if (listed.Count < MinHeaded || !HeadsLaterSection(context, item, listed[0].Name)) continue;
            }
            if (!IsAboutUnit(draft.Name, listed, noun)) continue;
            Apply(context, item, listed);
            return;
        }
    }

    // The report is the unit's: unnamed, named by the unit, by the kind of project it counts, as the unit's spending,
    // or by one of the projects it lists.
    private static bool IsAboutUnit(string? name, List<(string Name, double? Wan)> listed, string? noun) =>
        string.IsNullOrEmpty(name) || ProjectNameRule.IsOrganisation(name) || name == noun
        || UnitReportWords.Any(w => name.Contains(w, StringComparison.Ordinal))
        || listed.Any(l => SameProject(l.Name, name));

    private static bool SameProject(string a, string b) => ProjectSegmentationRule.Core(a) == ProjectSegmentationRule.Core(b);

    private static void Apply(ExtractionContext context, DocItem item, List<(string Name, double? Wan)> listed)
    {
        var draft = context.Projects[0];
        var source = item.Source();
        var namedByFirst = draft.Name is { Length: > 0 } own && SameProject(listed[0].Name, own);
        if (!namedByFirst)
        {
            // The unit the report was named by is the department of every project it lists.
            if (!string.IsNullOrEmpty(draft.Name) && ProjectNameRule.IsOrganisation(draft.Name)
                && draft.Sources.TryGetValue("name", out var unit) && draft.Claim("department", unit))
                draft.Department = draft.Name;
            // The unit's totals are not its first project's money.
            ProjectOwnClause.ReleaseMoney(draft);
        }
        draft.Rename(listed[0].Name, source);
        if (listed[0].Wan is { } first)
        {
            draft.Reclaim("budget_wan", source);
            draft.BudgetWan = first;
        }
        foreach (var (name, wan) in listed.Skip(1))
        {
            if (context.Projects.Any(p => p.Name == name)) continue;
            var project = new ProjectDraft(item.Index, item.Index);
            project.SetName(name, source);
            if (wan is { } budget && project.Claim("budget_wan", source)) project.BudgetWan = budget;
            context.Projects.Add(project);
        }
        foreach (var project in context.Projects) ProjectOwnClause.Read(context, project);
    }

    /// <summary>The names a counted sentence lists, when their number is the count it states; and the kind it counts.</summary>
    internal static (List<(string Name, double? Wan)> Listed, string? Noun) ReadCounted(string key)
    {
        foreach (Match lead in CountThenNames().Matches(key))
        {
            var names = NamesFrom(key, lead.Index + lead.Length);
            if (names.Count >= MinCounted && names.Count == Count(lead.Groups["n"].Value))
                return (names.Select(n => (n, (double?)null)).ToList(), lead.Groups["noun"].Success ? lead.Groups["noun"].Value : null);
        }
        foreach (Match m in QuotedNamesThenCount().Matches(key))
        {
            var names = m.Groups["name"].Captures.Select(c => c.Value).ToList();
            if (names.All(IsProjectName) && names.Distinct().Count() == names.Count && names.Count == Count(m.Groups["n"].Value))
                return (names.Select(n => (n, (double?)null)).ToList(), null);
        }
        return ([], null);
    }

    private static int Count(string n) =>
        char.IsAsciiDigit(n[0]) ? int.Parse(n, CultureInfo.InvariantCulture)
        : n == "两" ? 2 : ChineseNumerals.TryParse(n, out var value) ? (int)value : 0;

    // The names after 分别为 up to the sentence's end, one per 、; the last may run on into the next clause without a
    // stop ("……B项目现将项目资金绩效评价报告如下"), and ends at its first project ending then.
    private static List<string> NamesFrom(string key, int from)
    {
        var stop = key.IndexOfAny(['。', '；', ';'], from);
        var parts = key[from..(stop < 0 ? key.Length : stop)].Split('、');
        var names = new List<string>();
        for (var k = 0; k < parts.Length; k++)
        {
            var part = Unquoted(parts[k]);
            if (k == parts.Length - 1)
            {
                var clause = part.IndexOfAny([',', '，', ':', '：', '(', '（']);
                if (clause >= 0) part = part[..clause];
                if (!IsProjectName(part) && FirstProjectEnding().Match(part) is { Success: true } head) part = head.Value;
            }
            if (!IsProjectName(part)) return [];
            names.Add(part);
        }
        return names.Distinct().Count() == names.Count ? names : [];
    }

    private static string Unquoted(string text) => text.Trim().Trim('“', '”', '"', '「', '」');

    private static bool IsProjectName(string name) => ProjectName().IsMatch(name);

    /// <summary>
    /// The bare names each with its money after 包含/包括 ("包含A78,000万元、B60,000万元、……"), the list going on past
    /// "；二是" and "和" ("；二是2018年度C5,577.84万元和D4,500万元"); a year before a name is not part of it.
    /// </summary>
    internal static List<(string Name, double? Wan)> ReadAmounts(string key)
    {
        var best = new List<(string Name, double? Wan)>();
        foreach (Match lead in AmountsLead().Matches(key))
        {
            var items = AmountsFrom(key, lead.Index + lead.Length);
            if (items.Count > best.Count) best = items;
        }
        return best;
    }

    private static List<(string Name, double? Wan)> AmountsFrom(string key, int at)
    {
        var items = new List<(string Name, double? Wan)>();
        while (AmountItem().Match(key, at) is { Success: true } m)
        {
            var name = YearPrefix().Replace(Unquoted(m.Groups["name"].Value), "");
            if (!IsBareName(name) || items.Any(i => i.Name == name)) break;
            items.Add((name, double.Parse(m.Groups["wan"].Value.Replace(",", ""), CultureInfo.InvariantCulture)));
            at = m.Index + m.Length;
            var sep = AmountSeparator().Match(key, at);
            if (!sep.Success) break;
            at += sep.Length;
        }
        return items;
    }

    // Neither a total, a share nor a funding source: "合计…", "其中…", "中央资金…", "某县…", "某局…".
    private static bool IsBareName(string name) =>
        BareName().IsMatch(name) && !NotAName().IsMatch(name) && !UnitOrPlace().IsMatch(name);

    // "（一）A资金。用于……", "一、A项目": a later numbered heading that opens with the list's first name.
    private static bool HeadsLaterSection(ExtractionContext context, DocItem list, string firstName) =>
        context.Items.Skip(list.Index + 1).Any(i => !i.IsRow && OrdinalHeading().Match(i.Key) is { Success: true } h
            && i.Key.AsSpan(h.Length).TrimStart().StartsWith(firstName, StringComparison.Ordinal));

    // "共有4个市直发展项目，分别为", "项目有两项，分别是", "项目共3个，即：".
    [GeneratedRegex(@"(?:(?<n>\d{1,2}|[两二三四五六七八九十]{1,2})(?:个|项)(?<noun>[\u4e00-\u9fa5]{0,12}?项目)?|项目(?:共有|共计|有|共)(?<n>\d{1,2}|[两二三四五六七八九十]{1,2})(?:个|项))[,，]?(?:分别为|分别是|具体为|即)[:：]?")]
    private static partial Regex CountThenNames();

    // "“A经费”及“B经费”两项目", "“A”、“B”、“C”3个项目".
    [GeneratedRegex(@"(?:“(?<name>[^“”]{3,40})”(?:[、及和与]|以及)?){2,}(?<n>\d{1,2}|[两二三四五六七八九十]{1,2})(?:个)?(?:项目|项)")]
    private static partial Regex QuotedNamesThenCount();

    [GeneratedRegex(@"^[\u4e00-\u9fa5“”""（）()\-—]{2,40}(?:项目|资金|经费|工程|专项|补助|补贴|费)$")]
    private static partial Regex ProjectName();

    [GeneratedRegex(@"^.{2,40}?(?:项目|资金|经费)")]
    private static partial Regex FirstProjectEnding();

    [GeneratedRegex(@"(?:包含|包括)[:：]?")]
    private static partial Regex AmountsLead();

    [GeneratedRegex(@"\G(?<name>[\u4e00-\u9fa5“”\d]{2,40}?)(?<wan>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)万元")]
    private static partial Regex AmountItem();

    [GeneratedRegex(@"\G(?:、|和|及|[；;][二三四五六七八九十]是)")]
    private static partial Regex AmountSeparator();

    [GeneratedRegex(@"^\d{4}年(?:度)?")]
    private static partial Regex YearPrefix();

    [GeneratedRegex(@"^[\u4e00-\u9fa5“”]{2,30}$")]
    private static partial Regex BareName();

    [GeneratedRegex(@"^(?:共|合计|总计|累计|其中|[一二三四五六七八九十]是)|(?:中央|省级|市级|县级|本级|地方)(?:财政)?(?:资金|补助)?$")]
    private static partial Regex NotAName();

    [GeneratedRegex(@"(?:省|市|县|区|州|镇|乡|村|局|厅|委|办|院|校|所|站|中心|公司|单位)$")]
    private static partial Regex UnitOrPlace();

    [GeneratedRegex(@"^(?:[(（][一二三四五六七八九十]{1,2}[)）]|[一二三四五六七八九十]{1,2}[、.．])")]
    private static partial Regex OrdinalHeading();
}
