using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace ReportMiner.Extraction.Pipeline;

/// <summary>
/// Lines a stored web page prints around the report it carries: metadata fields (索引号, 发布机构, 来源, 发布日期),
/// font-size and print buttons, breadcrumbs, site navigation, a document-sharing site's banners. They are never
/// report text, so rules never see them; the metadata values are kept (the publishing office stands in for a
/// blank 主管部门).
/// </summary>
public static partial class PageChrome
{
    private static readonly Lazy<Vocabulary> Data = new(Load);

    /// <summary>Whether a paragraph (its simplified text) is page chrome.</summary>
    public static bool IsChrome(string simplifiedText)
    {
        var key = TextKey.Of(simplifiedText).TrimStart(Bullets);
        if (key.Length == 0) return false;
        var data = Data.Value;
        if (data.Lines.Contains(key.Trim('[', ']', '【', '】', '|'))) return true;
        // A capture that lost its line breaks holds the whole report on one line: a mark or a document-property stamp
        // inside it is chrome glued to the report, not a line to drop.
        if (key.Length <= LongestChromeLine && (data.Marks.Any(key.Contains) || Banner().IsMatch(key))) return true;
        if (PortalTitle().IsMatch(simplifiedText)) return true;
        if (IsBreadcrumb(key) || IsNavigation(simplifiedText, data)) return true;
        // "2024-04-03 09:22:00 来源:某省应急管理厅": a portal prints the date before the source field (R098, R404, R430, R657).
        return StartsWithField(key, data) || (LeadingDate().Match(key) is { Success: true } date && StartsWithField(key[date.Length..], data));
    }

    [GeneratedRegex(@"^\d{4}[-./]\d{1,2}[-./]\d{1,2}(?:\d{1,2}:\d{2}(?::\d{2})?)?")]
    private static partial Regex LeadingDate();

    /// <summary>
    /// The heading of the page's list of other articles ("相关文章", "【推荐阅读】") standing alone: the short lines under
    /// it are other documents' titles.
    /// </summary>
    public static bool IsListHeading(string simplifiedText) =>
        Data.Value.ListHeadings.Contains(TextKey.Of(simplifiedText).Trim('[', ']', '【', '】', '|', ':', '：', '>', '»'));

    /// <summary>"上一篇" standing alone: the next line is the title of the site's previous or next article.</summary>
    public static bool IsNeighbourLink(string simplifiedText) =>
        Data.Value.Neighbours.Contains(TextKey.Of(simplifiedText).Trim('[', ']', '【', '】', '|', ':', '：'));

    /// <summary>A line naming one other article of the site ("上一篇：…", "相关阅读：…"): a list word, a colon and a title.</summary>
    public static bool IsOtherArticle(string simplifiedText)
    {
        var key = TextKey.Of(simplifiedText).TrimStart('[', '【');
        return Data.Value.ListHeadings.Concat(Data.Value.Neighbours).Any(h => key.StartsWith(h, StringComparison.Ordinal) && key.Length > h.Length
            && key[h.Length] is ':' or '：' or ']' or '】');
    }

    /// <summary>A table row of metadata ("索 引 号: | 011217651/2022-01866 | 发文字号: | 无"): two or more labelled fields.</summary>
    public static bool IsChromeRow(IReadOnlyList<string> cells)
    {
        var data = Data.Value;
        var labels = cells.Select(c => TextKey.Of(c).Trim('[', ']', '【', '】', ':', '：')).Count(k => data.LabelSet.Contains(k));
        return labels >= 2 || (labels == 1 && cells.Count(c => c.Trim().Length > 0) <= 2 && StartsWithField(TextKey.Of(cells[0]), data));
    }

    /// <summary>A label standing alone ("- 发文机构"): its value is the next line.</summary>
    public static bool IsBareLabel(string simplifiedText) =>
        Data.Value.LabelSet.Contains(TextKey.Of(simplifiedText).TrimStart(Bullets).Trim('[', ']', '【', '】', ':', '：'));

    /// <summary>The metadata fields of one chrome line: "发布机构: 某局 发布日期: 2025-04-29" gives two.</summary>
    public static IEnumerable<(string Label, string Value)> Fields(string simplifiedText)
    {
        // "欢迎来到某县人民政府门户网站": the portal's banner names the office that owns the site.
        if (WelcomeBanner().Match(TextKey.Of(simplifiedText)) is { Success: true } banner)
            yield return (SiteOwnerLabel, banner.Groups["owner"].Value);
        foreach (Match m in Data.Value.Field.Matches(simplifiedText))
        {
            var value = m.Groups["value"].Value.Trim().Trim('|', '[', ']', '【', '】').Trim();
            if (value.Length > 0) yield return (Label: TextKey.Of(m.Groups["label"].Value), value);
        }
    }

    private static bool StartsWithField(string key, Vocabulary data)
    {
        var k = key.TrimStart('[', '【');
        foreach (var label in data.Labels)
        {
            if (!k.StartsWith(label, StringComparison.Ordinal)) continue;
            if (k.Length == label.Length) return true;
            if (k[label.Length] is ':' or '：' or ']' or '】') return true;
            // "发布机构 某局 责任部门 某局": labels and values without colons, two labels or more.
            if (data.Labels.Count(l => k.Contains(l, StringComparison.Ordinal)) >= 2) return true;
        }
        return false;
    }

    // "首页 > 政务公开 > 财政信息": two or more arrows between short segments.
    private static bool IsBreadcrumb(string key) =>
        key.Length <= 120 && key.Count(c => c is '>' or '＞' or '»' or '›') >= 2;

    /// <summary>"首页 政务公开 渝快办 互动交流", "| 无障碍 | 登录 | 注册": short items, one a navigation word.</summary>
    private static bool IsNavigation(string text, Vocabulary data)
    {
        var items = text.Split([' ', '\t', '|', '\u3000', '｜'], StringSplitOptions.RemoveEmptyEntries);
        return items.Length >= 3 && items.All(i => i.Length <= 10) && !text.Contains('。') && !text.Contains('，')
            && items.Any(i => data.Navigation.Contains(i));
    }

    /// <summary>The label of the field a portal's welcome banner gives: the office that owns the site.</summary>
    public const string SiteOwnerLabel = "网站";

    [GeneratedRegex(@"^欢迎(?:来到|访问|光临)(?<owner>[\u4e00-\u9fa5]{2,30}?)(?:门户网站|门户网|官方网站|网站|官网)")]
    private static partial Regex WelcomeBanner();

    private const int GluedLabelLength = 4;

    private const int LongestChromeLine = 400;

    private static readonly char[] Bullets = ['-', '•', '·', '*', '●', '■', '◆', '▪'];

    private sealed record Vocabulary(string[] Labels, FrozenSet<string> LabelSet, string[] Marks, FrozenSet<string> Lines, FrozenSet<string> Navigation, FrozenSet<string> ListHeadings, FrozenSet<string> Neighbours, Regex Field);

    private static Vocabulary Load()
    {
        var rows = EmbeddedData.Lines("Pipeline.Data.page-chrome.tsv").Select(l => l.Split('\t')).Where(f => f.Length == 2).ToArray();
        string[] Of(string kind) => rows.Where(r => r[0] == kind).Select(r => TextKey.Of(r[1])).ToArray();
        var labels = Of("label").OrderByDescending(l => l.Length).ToArray();
        // Labels may be spaced out ("索 引 号") in the text the fields are read from.
        var spaced = labels.Select(l => string.Join(@"\s*", l.Select(c => Regex.Escape(c.ToString())))).ToArray();
        var alternation = string.Join('|', spaced);
        // A PDF of the page loses the gaps between fields ("来源:某局浏览:"): the next label and its colon end a value.
        // A page's text export writes the metadata table's cells between bars ("发布机构 | 某局 | 文号 | 无 |"): the
        // bar after a label opens its value's cell, and the next bar closes it. A PDF of a metadata table without colons
        // loses even the gap ("索引号…-0308001发布机构某镇", "发布机构某局责任部门某局"): a label of four characters or more
        // glued to the value ends it too (shorter ones, 来源 or 时间, are words a value may hold).
        var glued = string.Join('|', labels.Where(l => l.Length >= GluedLabelLength).Select(Regex.Escape));
        var field = new Regex(
            $@"(?<label>{alternation})\s*[\]】]?\s*[:：]?\s*(?:\|\s*)?(?<value>.*?)(?=\s{{2,}}|\s*[\[【]|\s+(?:{alternation})(?=[\s\]】:：])|(?:{alternation})\s*[:：]|(?<=\S)(?:{glued})|\||$)",
            RegexOptions.Compiled | RegexOptions.CultureInvariant);
        return new Vocabulary(labels, labels.ToFrozenSet(), Of("mark"), Of("line").ToFrozenSet(), Of("nav").ToFrozenSet(), Of("list").ToFrozenSet(), Of("next").ToFrozenSet(), field);
    }

    // Document properties ("2019-05-22T04:56:35Z"), page stubs ("…目标表_第1页"), date banners ("2024年03月19日星期二"),
    // an essay site's collection heading ("…自评报告(通用9篇)", "(通用)…监控报告15篇", "…评价报告[热门]"), a document
    // viewer's page counter ("第1页 / 共10页").
    [GeneratedRegex(@"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}|_第\d+页$|^第\d+页/共\d+页$|^\d{4}年\d{1,2}月\d{1,2}日星期[一二三四五六日天]|[(（](?:通用|精选|优质|热门|推荐)?\d*篇?[)）]\S*\d+篇$|[(（](?:通用|精选|优质|热门|推荐)?\d+篇[)）]$|[\[【]热门[\]】]$")]
    private static partial Regex Banner();

    // A portal's metadata table starts "标      题 …": the label, a gap, and the report's title repeated as its value.
    // A PDF of the page loses the gap ("标题某局2020年度…自评报告"): the label then runs into a whole title.
    [GeneratedRegex(@"^\s*标\s*题\s*[:：]?\s+\S|^标题[\u4e00-\u9fa5\d()（）]{8,}(?:报告|表)$")]
    private static partial Regex PortalTitle();
}
