using System.Globalization;
using System.Text.RegularExpressions;
using ReportMiner.Extraction.Pipeline;

namespace ReportMiner.Extraction.Projects;

/// <summary>
/// A unit's report on all its projects lists them in one sentence, each with its money: "预算项目9个……具体包括：
/// A经费25.11万元、B经费80万元、……". Each listed name is then a project of its own with that budget, and the draft
/// that stood for the unit becomes the first of them. Only a report about a unit says so: its draft is named by the
/// unit ("某局2022年度项目支出绩效自评报告"), or it is unnamed and the sentence counts exactly the projects it lists.
/// A report about one named project that lists its parts ("计划实施8个项目……其中：A项目200万元、……", "资金规模共计
/// 2535.4万元，其中：A项目资金500万元……") stays one project. The run of name+amount items written one after another is
/// the list; without a count, every item must be a named 项目 (a whole-department report's "委员活动经费36.3万元，
/// 信息网络运行经费5万元" are spending lines).
/// </summary>
public sealed partial class ProseListedProjectsRule : IExtractionRule
{
    private const int MinItems = 2;
    private const int MaxGap = 2;
    private const string FundingSplit = "其中";

    private static readonly string[] FundingWords = EmbeddedData.Lines("Projects.Data.funding-sources.tsv")
        .Select(l => l.Trim()).Where(l => l.Length > 0).ToArray();

    private static readonly char[] FundingLevels = EmbeddedData.Lines("Projects.Data.funding-levels.tsv").SelectMany(l => l.Trim()).ToArray();

    // "其中中央资金", "其中省财政资金", "其中县级配套资金": a split by where the money comes from, not "其中A项目".
    private static bool IsFundingSplit(string name)
    {
        if (!name.StartsWith(FundingSplit, StringComparison.Ordinal)) return false;
        var rest = name[FundingSplit.Length..];
        return OpensWithFundingWord(rest) || (rest.Length > 1 && FundingLevels.Contains(rest[0]) && OpensWithFundingWord(rest[1..]));
    }

    private static bool OpensWithFundingWord(string text) => FundingWords.Any(w => text.StartsWith(w, StringComparison.Ordinal));

    public void Apply(ExtractionContext context)
    {
        if (context.DocumentKind != Genre.GenreVocabulary.PerformanceReport || context.Projects.Count != 1) return;
        var draft = context.Projects[0];
        var unnamed = string.IsNullOrEmpty(draft.Name);
        if (unnamed || ProjectNameRule.IsOrganisation(draft.Name!))
        {
            foreach (var item in context.Items.Where(i => !i.IsRow))
            {
                var listed = Read(item.Key, countRequired: unnamed);
                if (listed.Count < MinItems) continue;
                Apply(context, item, listed);
                return;
            }
            if (NumberedLines(context) is { } numbered)
            {
                Apply(context, numbered.First, numbered.Listed);
                return;
            }
        }
        ApplyStated(context);
    }

    /// <summary>
    /// The same list written one numbered line per project ("1、A专项经费指标为36万元，用于……" / "2、B专项指标为16万元，……"):
    /// consecutive paragraphs numbered 1, 2, 3 …, each opening with a project's name and its money.
    /// </summary>
    private static (DocItem First, List<(string Name, double Wan)> Listed)? NumberedLines(ExtractionContext context)
    {
        var run = new List<(DocItem Item, string Name, double Wan)>();
        foreach (var item in context.Items)
        {
            var m = item.IsRow ? Match.Empty : NumberedItem().Match(item.Key);
            var number = m.Success ? int.Parse(m.Groups["k"].Value, CultureInfo.InvariantCulture) : 0;
            if (m.Success && number == run.Count + 1)
            {
                run.Add((item, m.Groups["name"].Value, Wan(m)));
                continue;
            }
            if (run.Count >= MinItems) break;
            run = m.Success && number == 1 ? [(item, m.Groups["name"].Value, Wan(m))] : [];
        }
        return run.Count >= MinItems ? (run[0].Item, run.Select(r => (r.Name, r.Wan)).ToList()) : null;
    }

    private const double YuanPerWan = 10000;

    private static double Wan(Match m) =>
        double.Parse(m.Groups["wan"].Value, CultureInfo.InvariantCulture) / (m.Groups["yuan"].Success ? YuanPerWan : 1);

    // "1、档案装具专项指标为12万元", "2、某某项目:预算20万元".
    [GeneratedRegex(@"^(?<k>\d{1,2})[、.．]\s*(?<name>[\u4e00-\u9fa5“""(][\u4e00-\u9fa5\d()“”""\-—]{3,40}?(?:项目|经费|资金|工程|专项))(?:指标)?(?:为|[:：])?(?:预算|资金)?(?:为)?(?<wan>\d+(?:\.\d+)?)(?:万元|(?<yuan>元))")]
    private static partial Regex NumberedItem();

    private static void Apply(ExtractionContext context, DocItem item, List<(string Name, double Wan)> listed)
    {
        var draft = context.Projects[0];
        var source = item.Source();
        // The unit the report was named by is the department of every project it lists.
        if (!string.IsNullOrEmpty(draft.Name) && draft.Sources.TryGetValue("name", out var unit) && draft.Claim("department", unit))
            draft.Department = draft.Name;
        draft.Rename(listed[0].Name, source);
        // The unit's totals are not its first project's money.
        foreach (var field in new[] { "actual_wan", "execution_rate_pct", "budget_initial_wan", "budget_adjusted_wan" }) draft.Release(field);
        draft.ActualWan = draft.ExecutionRatePct = draft.BudgetInitialWan = draft.BudgetAdjustedWan = null;
        draft.Reclaim("budget_wan", source);
        draft.BudgetWan = listed[0].Wan;
        foreach (var (name, wan) in listed.Skip(1))
        {
            if (context.Projects.Any(p => p.Name == name)) continue;
            var project = new ProjectDraft(item.Index, item.Index);
            project.SetName(name, source);
            if (project.Claim("budget_wan", source)) project.BudgetWan = wan;
            context.Projects.Add(project);
        }
    }

    /// <summary>The longest run of consecutive name+amount items in a paragraph that the paragraph's evidence supports.</summary>
    internal static List<(string Name, double Wan)> Read(string key, bool countRequired)
    {
        var count = CountOf(key);
        var best = new List<(string, double)>();
        var run = new List<(string Name, double Wan)>();
        var end = -1;
        var introduced = false;
        var splitting = false;
        foreach (Match m in Item().Matches(key))
        {
            var name = m.Groups["name"].Value;
            // "安排资金134.3万元，其中中央资金73万元、省级资金43万元": the amounts after 其中 split the item before them by
            // funding source; neither the total nor its parts are a list of projects.
            var joined = end >= 0 && Separator().IsMatch(key[end..m.Index]);
            if (IsFundingSplit(name) || (splitting && joined))
            {
                if (!splitting && joined && run.Count > 0) run.RemoveAt(run.Count - 1);
                if (!splitting) Keep();
                run = [];
                introduced = false;
                splitting = true;
                end = m.Index + m.Length;
                continue;
            }
            splitting = false;
            var opening = EnumerationWord().Match(name);
            if (opening.Success || (end >= 0 && !Separator().IsMatch(key[end..m.Index])))
            {
                Keep();
                run = [];
                introduced = false;
            }
            if (run.Count == 0)
            {
                // "部门预算项目支出87.5万元，分别是A经费5万元，B费18万元，……": the items the project total is split into
                // are the projects, counted or not.
                introduced = ProjectTotalBefore().IsMatch(key[..m.Index] + name[..opening.Length]);
                name = name[opening.Length..];
            }
            run.Add((name, double.Parse(m.Groups["wan"].Value, CultureInfo.InvariantCulture)));
            end = m.Index + m.Length;
        }
        Keep();
        return best;

        void Keep()
        {
            if (run.Count < MinItems || run.Count <= best.Count) return;
            if (run.Count == count || introduced || (!countRequired && run.All(r => ProjectEnding().IsMatch(r.Name)))) best = run;
        }
    }

    // "分别是", "分别为", "具体包括": the word that opens an enumeration, read into the first item's name by Item().
    [GeneratedRegex("^(?:分别是|分别为|具体包括|包括)[:：]?")]
    private static partial Regex EnumerationWord();

    // A total of project spending right before the enumeration: "项目支出87.5万元，分别是", "项目经费共计403.56万元，具体包括：".
    // A total split "其中" into funding sources (中央资金…，县级配套…) is not one.
    [GeneratedRegex(@"项目(?:支出|经费|资金)(?:共计|合计|总计|为)?\d+(?:\.\d+)?万元[,，]?(?:分别是|分别为|具体包括)[:：]?$")]
    private static partial Regex ProjectTotalBefore();

    private static int? CountOf(string key)
    {
        var m = Count().Match(key);
        return m.Success ? int.Parse(m.Groups["n"].Value, CultureInfo.InvariantCulture) : null;
    }

    // "布达拉宫消防提升工程项目1613万元", "红河州“12345”政务热线运行维护经费182.56万元".
    [GeneratedRegex(@"(?<name>[\u4e00-\u9fa5“""(][\u4e00-\u9fa5\d()“”""\-—.]{3,40}?(?:项目|经费|资金|工程|专项|补助|费))[:：]?(?:预算|资金)?(?<wan>\d+(?:\.\d+)?)万元")]
    private static partial Regex Item();

    [GeneratedRegex(@"^[、，,；;和及]{1,2}$")]
    private static partial Regex Separator();

    // "预算项目9个", "共有5个项目", "项目共计3个".
    [GeneratedRegex(@"项目(?:共计|共有|共)?(?<n>\d{1,2})个|(?:共计|共有|共)?(?<n>\d{1,2})个(?:预算|专项)?项目")]
    private static partial Regex Count();

    [GeneratedRegex("(?:项目|工程)$")]
    private static partial Regex ProjectEnding();
}
