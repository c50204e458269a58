using System.Globalization;
using System.Text.RegularExpressions;
using ReportMiner.Extraction.Pipeline;

namespace ReportMiner.Extraction.Projects;

/// <summary>
/// The lists a unit's report states its projects in when the first reading finds none: a counted list after 即/其中
/// ("安排项目11个，预算资金为2827.23万元，即：A82.8万元、B项目经费30.61万元、……"), whose names need no funding ending and
/// may hold 、 ("城乡低保、特困供养、临时救助项目2.75万元"), or an uncounted list of 项目/经费 items closed by its total
/// ("A项目40万元；B项目2.75万元；……。共计下达3580.69万元。"). A counted list is believed when its count agrees with its
/// items, two or more (a unit with two projects counts them as one with eleven does); a totalled list needs three items
/// and its total; a document can hold several (one per budget source).
/// </summary>
public sealed partial class ProseListedProjectsRule
{
    private const int MinStated = 3;
    private const int MinCounted = 2;
    private const int MaxNameLength = 40;

    private static readonly string[] LeadWords = EmbeddedData.Lines("Projects.Data.list-lead-words.tsv").Select(l => l.Trim()).ToArray();
    private static readonly string[] UnitReportWords = EmbeddedData.Lines("Projects.Data.unit-report-words.tsv").Select(l => l.Trim()).ToArray();

    private static bool ApplyStated(ExtractionContext context)
    {
        var draft = context.Projects[0];
        DocItem? first = null;
        var listed = new List<(string Name, double Wan)>();
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in context.Items.Where(i => !i.IsRow))
        {
            var found = ReadStated(item.Key);
            if (found.Count == 0) continue;
            first ??= item;
            listed.AddRange(found.Where(f => names.Add(f.Name)));
        }
        if (first is null || !IsAboutUnit(draft.Name, listed)) return false;
        Apply(context, first, listed);
        return true;
    }

    // A unit's report: unnamed, named by the unit or as the unit's spending, or named by one of the projects it lists.
    private static bool IsAboutUnit(string? name, List<(string Name, double Wan)> listed) =>
        string.IsNullOrEmpty(name) || ProjectNameRule.IsOrganisation(name)
        || UnitReportWords.Any(w => name.Contains(w, StringComparison.Ordinal))
        || listed.Any(l => l.Name == name || l.Name.EndsWith(name, StringComparison.Ordinal) || name.EndsWith(l.Name, StringComparison.Ordinal));

    /// <summary>Every counted or totalled list of projects in one paragraph.</summary>
    internal static List<(string Name, double Wan)> ReadStated(string key)
    {
        var found = new List<(string, double)>();
        foreach (Match lead in CountedLead().Matches(key))
        {
            var items = ItemsFrom(key, lead.Index + lead.Length, firstIsLead: false, out _);
            if (items.Count >= MinCounted && items.Count == int.Parse(lead.Groups["n"].Value, CultureInfo.InvariantCulture)) found.AddRange(items);
        }
        if (found.Count > 0) return found;
        var start = 0;
        while (start < key.Length)
        {
            var stop = key.IndexOf('。', start);
            var sentenceEnd = stop < 0 ? key.Length : stop;
            var items = ItemsFrom(key, start, firstIsLead: true, out var end);
            if (items.Count >= MinStated && IsTotalled(key, end, items) && items.All(i => IsProjectLike(i.Name))) found.AddRange(items);
            start = sentenceEnd + 1;
        }
        return found;
    }

    // Items written one after another from `from`: each is the text before an amount; the list ends at the first text
    // that is not a name (a total "共219万元", a clause, a sentence end).
    private static List<(string Name, double Wan)> ItemsFrom(string key, int from, bool firstIsLead, out int end)
    {
        var items = new List<(string, double)>();
        end = from;
        var sentenceEnd = key.IndexOf('。', from);
        if (sentenceEnd < 0) sentenceEnd = key.Length;
        // Match(input, start, length) scans the sentence in place: a substring per sentence would copy the paragraph's
        // head once per sentence on a long run-together paragraph.
        for (var m = Amount().Match(key, from, sentenceEnd - from); m.Success; m = m.NextMatch())
        {
            var text = key[end..m.Index];
            if (items.Count > 0)
            {
                var sep = ItemSeparator().Match(text);
                if (!sep.Success) break;
                text = text[sep.Length..];
            }
            else if (firstIsLead)
            {
                text = text[(text.LastIndexOfAny([',', '，', ':', '：']) + 1)..];
                var cut = LeadWords.Select(w => (w, i: text.LastIndexOf(w, StringComparison.Ordinal))).Where(x => x.i >= 0)
                    .Select(x => x.i + x.w.Length).DefaultIfEmpty(0).Max();
                text = text[cut..];
            }
            var name = YearPrefix().Replace(text, "");
            if (!StatedName().IsMatch(name) || TotalOpening().IsMatch(name)) break;
            items.Add((name, double.Parse(m.Groups["wan"].Value.Replace(",", ""), CultureInfo.InvariantCulture)));
            end = m.Index + m.Length;
        }
        return items;
    }

    // "……3万元。共计下达中央、市级转移支付资金3580.69万元": the sentence after the list totals exactly its items.
    private static bool IsTotalled(string key, int end, List<(string Name, double Wan)> items)
    {
        var m = TotalAfter().Match(key, end);
        if (!m.Success) return false;
        var total = double.Parse(m.Groups["wan"].Value.Replace(",", ""), CultureInfo.InvariantCulture);
        return Math.Abs(total - items.Sum(i => i.Wan)) <= 0.005 * items.Count + 1e-6;
    }

    private static bool IsProjectLike(string name) =>
        ProjectEndingLoose().IsMatch(name) && !IsFundingSplit(FundingSplit + name) && !OpensWithFundingWord(name)
        && !SpendingCategories.Names.Any(w => name.EndsWith(w, StringComparison.Ordinal) && name.Length <= w.Length + 2);

    // "安排项目11个，预算资金为2827.23万元，即：", "支出项目4个，即", "涉及项目4个，其中：".
    [GeneratedRegex(@"(?:项目(?:共计|共有|共)?(?<n>\d{1,2})个|(?<n>\d{1,2})个(?:预算|专项|支出)?项目)[^。；;即其]{0,30}?(?:即|其中|具体包括|分别是|分别为|具体为)[:：]?")]
    private static partial Regex CountedLead();

    [GeneratedRegex(@"(?<wan>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)万元")]
    private static partial Regex Amount();

    [GeneratedRegex(@"^[、，,；;]")]
    private static partial Regex ItemSeparator();

    [GeneratedRegex(@"^\d{4}年(?:度)?(?:至\d{4}年(?:度)?)?")]
    private static partial Regex YearPrefix();

    [GeneratedRegex(@"^[\u4e00-\u9fa5“""(（][\u4e00-\u9fa5\d()（）“”""、\-—·]{1,39}$")]
    private static partial Regex StatedName();

    // A total or a group heading, not an item: "共219万元", "合计…", "一是…".
    [GeneratedRegex(@"^(?:共|合计|总计|累计|其中|[一二三四五六七八九十]是)")]
    private static partial Regex TotalOpening();

    [GeneratedRegex(@"\G[。，,；;]?(?:共计|合计|总计|共)[\u4e00-\u9fa5、]{0,20}?(?<wan>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)万元")]
    private static partial Regex TotalAfter();

    [GeneratedRegex("(?:项目|经费|资金|工程|专项|补助|补贴|费)$")]
    private static partial Regex ProjectEndingLoose();
}
