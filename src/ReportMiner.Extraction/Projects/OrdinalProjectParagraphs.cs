using System.Globalization;
using System.Text.RegularExpressions;
using ReportMiner.Extraction.Grammar;
using ReportMiner.Extraction.Pipeline;

namespace ReportMiner.Extraction.Projects;

/// <summary>
/// A unit's summary of its self-evaluations gives each project a paragraph that says which project it is:
/// "项目一：某嘎查集体经济项目，项目全年预算数…" / "项目二：某补助资金，…". The ordinal label leaves no doubt that a new
/// project begins, so each such paragraph, counted 一, 二, 三 … (or 1, 2, 3 …) in order, opens a project named by what
/// follows the label up to the first comma; the first also holds the report's title lines and opening.
/// </summary>
public static partial class OrdinalProjectParagraphs
{
    private const int MinProjects = 2;

    public static bool Split(ExtractionContext context)
    {
        var run = new List<(DocItem Item, string Name)>();
        foreach (var item in context.Items.Where(i => !i.IsRow))
        {
            var m = OrdinalName().Match(item.Key);
            if (!m.Success || Ordinal(m.Groups["k"].Value) != run.Count + 1) continue;
            var name = WithoutFileNumber(m.Groups["name"].Value);
            if (name.Length < MinNameLength) continue;
            run.Add((item, name));
        }
        if (run.Count == 1 && CountedBefore(context, run[0].Item)) { ProjectParagraphs.Open(context, run); return true; }
        if (run.Count < MinProjects || run.Select(r => r.Name).Distinct().Count() < run.Count) return false;
        ProjectParagraphs.Open(context, run);
        return true;
    }

    /// <summary>
    /// An excerpt of such a summary may stop inside its first project ("评价项目4个，…" / "项目一：X资金" / …): the count of
    /// several projects stated above the one label says the label opens the first of them, so X is the project the
    /// excerpt holds, and what its section lists (the works or shares X pays for) are X's parts, not projects beside it.
    /// </summary>
    private static bool CountedBefore(ExtractionContext context, DocItem label) =>
        context.Items.Take(label.Index).Any(i => !i.IsRow && ProjectCount().Matches(i.Key)
            .Any(m => int.Parse(m.Groups["n"].Value, CultureInfo.InvariantCulture) >= MinProjects));

    // "评价项目4个", "涉及项目3个", "共有5个项目".
    [GeneratedRegex(@"项目(?:共计|共有|共)?(?<n>\d{1,2})个|(?:共计|共有|共)(?<n>\d{1,2})个(?:预算|专项)?项目")]
    private static partial Regex ProjectCount();

    private const int MinNameLength = 4;

    private static int Ordinal(string k) =>
        char.IsAsciiDigit(k[0]) ? int.Parse(k, CultureInfo.InvariantCulture)
        : ChineseNumerals.TryParse(k, out var value) ? (int)value : 0;

    /// <summary>The funding file cited before the name ("阿财农〔2023〕387号X项目") says where the money came from, not what it is.</summary>
    private static string WithoutFileNumber(string name) => FileNumber().Replace(name, string.Empty).Trim();

    // "项目一：X，", "项目2:X。", or "项目一：X" as a heading on its own line.
    [GeneratedRegex(@"^项目(?<k>[一二三四五六七八九十]{1,3}|\d{1,2})\s*[:：]\s*(?<name>[^,，。;；:：]{4,80}?)\s*(?:[,，。;；]|$)")]
    private static partial Regex OrdinalName();

    [GeneratedRegex(@"^[\u4e00-\u9fa5]{1,8}[〔\[［(（]\d{4}[〕\]］)）]\s*\d{1,5}\s*号")]
    private static partial Regex FileNumber();
}
