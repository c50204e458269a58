using System.Text.RegularExpressions;
using ReportMiner.Extraction.Pipeline;

namespace ReportMiner.Extraction.Projects;

/// <summary>
/// A department's note on its self-evaluations ends by listing the reports it encloses, one per subject evaluated: "附件：
/// 1.某厅2020年度部门整体支出绩效自评报告 / 2.2020年度“X专项资金”绩效自评报告 / 3.…" (R736). Each enclosed report is a project
/// of the note: the first also holds the note's text, every other one its line, named by its quoted name where it has one.
/// The list must name self-evaluations (绩效自评报告, 绩效自评表) of different subjects: one project's target and score
/// sheets (R542: "1.X项目绩效目标自评表 / 2.X项目支出绩效评价得分表") and a fund notice's 分配表 and 目标表 (R018, R214, R240,
/// R352) list parts of one subject. Only a note is read so: a document holding tables prints the reports themselves,
/// which the form rules read.
/// </summary>
internal static partial class AttachedReports
{
    private const int MinReports = 2;

    // The signature and date a note may end with below its list.
    private const int MaxTail = 3;

    public static bool Split(ExtractionContext context)
    {
        var items = context.Items;
        if (items.Any(i => i.IsRow)) return false;
        var list = List(items);
        if (list.Count < MinReports || items.Count - 1 - list[^1].Item.Index > MaxTail) return false;
        var subjects = list.Select(a => a.Quoted ?? Own(a.Title)).ToList();
        // At most one report without a subject of its own: the unit's report on its whole spending.
        if (subjects.Count(s => s is null) > 1) return false;
        // Names of one fund family share words ("X战略专项资金——A", "X战略专项资金——B"): one subject is one name, or one
        // within the other.
        var named = subjects.OfType<string>().Select(ProjectSegmentationRule.Core).ToList();
        for (var a = 0; a < named.Count; a++)
            for (var b = a + 1; b < named.Count; b++)
                if (named[a].Contains(named[b], StringComparison.Ordinal) || named[b].Contains(named[a], StringComparison.Ordinal)) return false;
        for (var k = 0; k < list.Count; k++)
        {
            var start = k == 0 ? 0 : list[k].Item.Index;
            var project = new ProjectDraft(start, k + 1 < list.Count ? list[k + 1].Item.Index : items.Count) { OwnTextStart = list[k].Item.Index };
            if (k == 0) project.OwnTextStart = 0;
            if ((list[k].Quoted ?? TitleName(list[k].Title)) is { Length: > 0 } name) project.SetName(name, list[k].Item.Source());
            context.Projects.Add(project);
        }
        return true;
    }

    /// <summary>
    /// An unquoted report's subject as its title words it, without the year and the report type: "某厅2020年度部门整体支出绩效
    /// 自评报告" → "某厅部门整体支出". 支出 after 整体 or a fund names the subject; after 项目 it belongs to the report type.
    /// </summary>
    private static string? TitleName(string title)
    {
        var word = ReportTitles.MatchWord(title);
        if (!word.Success) return null;
        var head = title[..word.Index] + word.Groups["project"].Value + (word.Groups["project"].Success ? string.Empty : word.Groups["spending"].Value);
        return Year().Replace(head, string.Empty);
    }

    [GeneratedRegex(@"\d{4}\s*年度?")]
    private static partial Regex Year();

    private static string? Own(string title) =>
        ReportTitles.Subject(title) is { } subject ? TitledForms.Own(subject) : null;

    /// <summary>The numbered run of enclosed reports that opens with "附件：1.", one a line.</summary>
    private static List<(DocItem Item, string Title, string? Quoted)> List(IReadOnlyList<DocItem> items)
    {
        var list = new List<(DocItem Item, string Title, string? Quoted)>();
        foreach (var item in items)
        {
            var m = list.Count == 0 ? First().Match(item.Key) : Next().Match(item.Key);
            if (list.Count > 0 && (!m.Success || int.Parse(m.Groups["k"].Value, System.Globalization.CultureInfo.InvariantCulture) != list.Count + 1))
            {
                if (list.Count >= MinReports) break;
                list.Clear();
                m = First().Match(item.Key);
            }
            if (!m.Success) continue;
            var title = Wrapping().Replace(m.Groups["t"].Value, string.Empty).Trim();
            if (!Report().IsMatch(title))
            {
                if (list.Count >= MinReports) break;
                list.Clear();
                continue;
            }
            var quoted = Quoted().Match(title);
            list.Add((item, title, quoted.Success ? quoted.Groups["q"].Value : null));
        }
        return list;
    }

    // "附件：1.X", "附 件:1.X", "附件1:《X》.docx".
    [GeneratedRegex(@"^附\s*件\s*(?:[:：]\s*1\s*[.、．:：]|1\s*[.、．:：])\s*(?<t>.+)$")]
    private static partial Regex First();

    [GeneratedRegex(@"^(?:附\s*件\s*)?(?<k>\d{1,2})\s*[.、．:：]\s*(?<t>.+)$")]
    private static partial Regex Next();

    // The book-title marks and file extension a site prints around an enclosure's title.
    [GeneratedRegex(@"[《》]|\.(?:docx?|pdf|xlsx?|wps)$")]
    private static partial Regex Wrapping();

    // Self-evaluations only: a finance office's page enclosing the evaluations it publishes (绩效评价报告 of other units'
    // projects) is no report of its own (docs/extraction.md, AttachmentLists).
    [GeneratedRegex(@"(?:自评报告|绩效自评表)$")]
    private static partial Regex Report();

    [GeneratedRegex(@"[“""](?<q>[^”""]{4,60})[”""]")]
    private static partial Regex Quoted();
}
