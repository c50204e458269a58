using System.Text.RegularExpressions;
using ReportMiner.Extraction.Pipeline;
using ReportMiner.Extraction.Places;

namespace ReportMiner.Extraction.Projects;

/// <summary>
/// The project name: a quoted name in the report title, the title's words before the report type (without a
/// leading place and year), the "项目名称" cell, or the name quoted most often in the prose.
/// </summary>
public sealed partial class ProjectNameRule : IExtractionRule
{
    public void Apply(ExtractionContext context)
    {
        var single = context.Projects.Count == 1;
        foreach (var project in context.Projects)
        {
            var items = context.ItemsOf(project).ToList();
            // An explicit 项目名称 cell or line says what the project is called; a title only suggests it.
            var labels = LabelValues.Find(items, ProjectSegmentationRule.IsProjectNameLabel).Where(l => IsNameValue(l.Value)).ToList();
            if (labels.Count == 0) labels = LabelValues.FindStacked(items, ProjectSegmentationRule.IsProjectNameLabel).Where(l => IsNameValue(l.Value)).ToList();
            // Beside its budget category, the form's second-level name is the project's own.
            var label = labels.FirstOrDefault(l => LabelValues.LabelKey(l.Label) == SecondLevelNameLabel) ?? labels.FirstOrDefault();
            if (label is not null) project.SetName(Clean(label.Value), label.Item.Source());
            // An attachment the text ends on naming ("附件：…项目绩效目标表") is another document's title, not this one's.
            var named = TrailingAttachments.Of(items);
            FromTitle(project, named.Count == 0 ? items : items.Where(i => !named.Contains(i.Index)).ToList());
            FromQuotes(project, items);
            FromReference(project, items);
            FromOverview(project, items);
            FromInlineOverview(project, items);
            FromBracketedLineAboveSections(project, items);
            // The page's 标题 field holds the notice's own title ("关于X项目绩效目标设定的公示").
            if (single) FromReference(project, context.PageFields.Where(f => f.Label == "标题").Select(f => f.Line with { Text = f.Value }).ToList());
            // A 部门整体 (whole-department) report has no project: the department unit is what it reports on. A column
            // headed 单位名称 beside 单位基本性质 is a list's header, not a label with the unit's name after it. Under a
            // project form's title ("2022年度项目支出绩效自评表" / "单位名称:某局"), the unit filled in the form for a project
            // whose 项目名称 row an excerpt cut off: the unit is no name then.
            if (!project.Has("name") && !IsProjectFormTitled(items) && LabelValues.Find(items, IsUnitNameLabel).FirstOrDefault(u => DepartmentRule.IsOrganisationName(u.Value)) is { } unit)
                project.SetName(Clean(unit.Value), unit.Item.Source());
        }
    }

    internal const string SecondLevelNameLabel = "二级项目名称";

    private static bool IsProjectFormTitled(List<DocItem> items) =>
        ReportTitles.In(items).Any(t => ReportTitles.MatchWord(t.Key) is { Success: true } word && word.Groups["project"].Success
            && !t.Key.Contains("整体", StringComparison.Ordinal));

    private static bool IsUnitNameLabel(string key) => Bracketed().Replace(key, string.Empty) is "部门名称" or "单位名称";

    /// <summary>A 项目名称 value that is a name: not empty, not a placeholder, not a sentence.</summary>
    /// <remarks>
    /// A blank template puts the next field's label where the name would be ("项目名称 | 项目属性"), and a listing's header
    /// its next column's heading ("资金名称 | 省级业务主管部门", wrapped after 部 in its cell).
    /// </remarks>
    /// <remarks>
    /// A page's text export writes a row's cells between bars: a value that still holds a bar inside is the rest of a
    /// header row ("项目名称 | 资金量(万元) | 评价等级"), and what is left of a label cut in two ("项目名|称|") is no name.
    /// </remarks>
    internal static bool IsNameValue(string value)
    {
        var key = TextKey.Of(value).Trim(CellBars);
        return key.Length is >= 2 and <= 80 && !key.Contains('。') && key.IndexOfAny(CellBars) < 0 && key.Any(char.IsLetter)
            && !TemplateLabels.Contains(LabelValues.LabelKey(key)) && !DepartmentRule.IsLabelHeading(key) && !Placeholder().IsMatch(key);
    }

    /// <summary>Whether a name read from a 项目名称 label is the heading of a listing's next column.</summary>
    internal static bool IsListingHeading(string name) => ListingHeading().IsMatch(TextKey.Of(name));

    // A listing's header row puts the next column's heading after 项目名称 ("项目名称 | 债券性质 | 债券规模", "项目名称 |
    // 发行金额(亿元)", "项目名称 | 资金量 (万元)"): a heading with a money unit or a 性质 (kind) is no project's name. It is
    // read as one all the same, so that the listing rule knows the draft that read it; the rule drops the name after.
    // A listing whose unit stands above it ("单位：万元") heads its money column bare ("项目名称 | 金额", "| 下达金额").
    [GeneratedRegex(@"(?:[(（]\s*(?:亿元|万元|元)\s*[)）]|性质)$|^[\u4e00-\u9fa5]{0,4}金额$")]
    private static partial Regex ListingHeading();

    private static readonly char[] CellBars = ['|', '｜'];

    private static readonly HashSet<string> TemplateLabels = [.. EmbeddedData.Lines("Projects.Data.template-labels.tsv").Select(l => l.Trim())];

    // "XX项目", "××××", "（项目名称）": a template's placeholder, not a name.
    [GeneratedRegex(@"^[XxＸ×*＊…_]+|^[(（][^)）]*名称[)）]$")]
    private static partial Regex Placeholder();

    private static void FromTitle(ProjectDraft project, List<DocItem> items)
    {
        var titleLines = ReportTitles.Head(items).Count();
        for (var i = 0; i < titleLines; i++)
        {
            var item = items[i];
            // A document site runs the title into the first heading ("1、X工程绩效自评报告一、项目概况(一)…"): the title
            // ends where the heading begins. A page's metadata row gives the title as a field's value.
            var text = item.IsRow ? TitleFieldValue(item) : ReportTitles.RunTogether(item.Key) ?? item.Key;
            if (text is null) continue;
            var key = TitleCell(text);
            // A sentence ("根据《关于开展…自评工作的通知》要求，现将…") may hold the words of a title; it is not one.
            if (Sentence().IsMatch(key)) continue;
            var word = ReportTitles.MatchWord(key);
            if (!word.Success) continue;
            // "某局关于2022年度X项目绩效自评的报告": the words after 关于 are the subject; the office before it issued it.
            // "镜湖区某某2023年度绩效自评报告（残疾人事业发展补助资金）": a name in brackets after the report's type is the
            // project's; the words before it name the office or the kind of funds.
            if (TrailingBracketedName(key[(word.Index + word.Length)..]) is { } trailing) { project.SetName(Clean(trailing), item.Source()); return; }
            // "昌宁县第一示范小学2023年度项目支出绩效自评报告" / "（教育专项工作经费）": a name in brackets on the line under the
            // title is the project's, whatever the title's own words (a unit and a year) hold (R172, R180, R408).
            if (!item.IsRow && i + 1 < items.Count && BracketedName(items[i + 1]) is { } under) { project.SetName(Clean(under), items[i + 1].Source()); return; }
            var before = About().Replace(AttachmentPrefix().Replace(AfterSiteName(WithoutTitleFieldLabel(key[..word.Index])), string.Empty), string.Empty);
            // "枞阳县2023年度国家基本公共卫生" / "服务项目绩效评价自评报告": a title wrapped after its place and year goes on
            // from the line above.
            if (!item.IsRow && i > 0 && WrappedTitleHead(items[i - 1], before, key.Length) is { } head) before = About().Replace(head + before, string.Empty);
            // "…部门整体和项目支出绩效自评报告": a report on a unit's whole spending and its projects together is a
            // whole-department report (R676, R687), not one on a project named "…部门整体和项目".
            if (word.Groups["project"].Success && word.Groups["spending"].Success && WholeAndProjects().IsMatch(before)) before = before[..^1] + "支出";
            else if (word.Groups["project"].Success && !before.EndsWith("项目")) before += "项目";
            // "…部门整体支出绩效自评报告": 整体支出 is what a whole-department report is about.
            else if (word.Groups["spending"].Success && before.EndsWith("整体")) before += "支出";
            if (OrganisationBeforeYear(before) is { } organisation)
            {
                // "红河州数据发展中心2024年度项目支出…": a unit's report on all its spending is named by the unit.
                project.SetName(Clean(organisation), item.Source());
                return;
            }
            var quoted = Quoted().Match(before);
            var candidate = FundsPaidByTransfer().Replace(
                TrailingYear().Replace(quoted.Success ? quoted.Groups[1].Value : StripOfficeAndYear(StripPlaceAndYear(before)), string.Empty),
                string.Empty);
            // A form's title on a unit's projects ("…中心2023年度预算项目支出绩效目标表") lists them: it names none.
            if (IsUnitsForm(candidate, word)) return;
            // A title's subject names a project only when it ends as one does (…项目, …资金, …经费, …工程): "…管理考核",
            // "…工作" or "…情况" is what the report is about, not a budget line. Held-out aggregates: title names ending
            // otherwise were right 4 times and wrong 5 (2 and 5 on the least-seen batches), those ending so 9 and 0.
            if (!IsGeneric(candidate) && (quoted.Success || EndsAsFunds(Clean(candidate)))) { project.SetName(Clean(candidate), item.Source()); return; }
            if (!IsGeneric(candidate)) return;
            // A generic title in a metadata field leaves the name to the title lines below it.
            if (item.IsRow) continue;
            // "益阳市…服务外包费" on one line, "项目支出绩效评价报告" on the next.
            if (i > 0 && !items[i - 1].IsRow && items[i - 1].Key.Length <= 50 && !ReportTitles.IsTitle(items[i - 1]) && IsNameLine(items[i - 1].Key))
            {
                var above = StripPlaceAndYear(AttachmentPrefix().Replace(items[i - 1].Key, string.Empty));
                if (!IsGeneric(above) && !IsOrganisation(above)) { project.SetName(Clean(above), items[i - 1].Source()); return; }
            }
        }
    }

    /// <summary>
    /// "名称: | 某县2023年度X项目绩效评价自评报告 | 文号: | 无": a portal's metadata row whose title field (名称, 标题) holds
    /// the report's own title, as a line of its own would (R088, R098, R198, R339 print one).
    /// </summary>
    internal static string? TitleFieldValue(DocItem row)
    {
        for (var c = 0; c + 1 < row.Cells.Count; c++)
        {
            if (!TitleFieldLabels.Contains(LabelValues.LabelKey(row.Cells[c]))) continue;
            var value = row.Cells.Skip(c + 1).FirstOrDefault(v => v.Trim().Length > 0);
            return value is null ? null : TextKey.Of(value);
        }
        return null;
    }

    private static readonly HashSet<string> TitleFieldLabels = ["名称", "标题", "文件名称", "信息名称"];

    /// <summary>
    /// "名称: 某局2023年X项目绩效评价报告 文号:": the portal's title field printed as a line; its label is no part of the
    /// title. A portal's other fields may repeat the title as well ("概述:某盟X补助资金2022年度绩效自评报告" under its 标题):
    /// whatever the field, a short label before a colon names no project.
    /// </summary>
    private static string WithoutTitleFieldLabel(string head) =>
        head.IndexOfAny([':', '：']) is var colon and > 0 && (TitleFieldLabels.Contains(head[..colon]) || FieldLabel().IsMatch(head[..colon]))
            ? head[(colon + 1)..] : head;

    [GeneratedRegex(@"^[\u4e00-\u9fa5]{2,4}$")]
    private static partial Regex FieldLabel();

    /// <summary>
    /// "某某网_某某平台-【某某】2022年度X资金转移支付绩效自评报告": a copied page keeps the site's name before the title, set
    /// off by a bracket or an underscore that no project's name holds; the name is what follows the last of them.
    /// </summary>
    private static string AfterSiteName(string head)
    {
        var cut = head.LastIndexOfAny(SiteNameMarks);
        // A site's name carries no year; a bracket after one is the title's own ("2023年【乡村振兴】衔接资金项目").
        return cut >= 0 && cut + 1 < head.Length && !head.AsSpan(0, cut).ContainsAnyInRange('0', '9') ? head[(cut + 1)..] : head;
    }

    private static readonly char[] SiteNameMarks = ['】', '_'];

    /// <summary>
    /// A page's text export writes a row's cells between bars ("名称: | X项目绩效自评报告 | 文号: | 无 |"): the title
    /// is the cell that holds the report's type, not the labels beside it.
    /// </summary>
    private static string TitleCell(string key)
    {
        if (key.IndexOfAny(CellBars) < 0) return key;
        var cells = key.Split(CellBars, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        return cells.FirstOrDefault(c => ReportTitles.MatchWord(c).Success) ?? key;
    }

    /// <summary>
    /// The line above a title that holds the title's first part: a place and a year opening words that go on in the
    /// title line ("枞阳县2023年度国家基本公共卫生"), while the title line itself opens with neither.
    /// </summary>
    private static string? WrappedTitleHead(DocItem above, string titleHead, int titleLength)
    {
        // A line that held only a pinyin reading ("(gōng)") has no key left (review59 M1).
        if (above.IsRow || above.Key.Length == 0 || above.Key.Length > WrappedHeadLength || ReportTitles.IsTitle(above) || Sentence().IsMatch(above.Key)) return null;
        if (above.Key.Contains(':') || above.Key.Contains('：') || above.Key.IndexOfAny(CellBars) >= 0) return null;
        if (LeadingYear().IsMatch(titleHead) || StripPlaceAndYear(titleHead) != titleHead) return null;
        var rest = StripPlaceAndYear(above.Key);
        // "2023年5月27日", "二〇二三年十二月": a date, not a title's head (review58 N6).
        if (rest != above.Key) return rest.Length >= 2 && !char.IsDigit(rest[0]) && !MonthOfDate().IsMatch(rest) && !IsGeneric(rest) ? above.Key : null;
        // Under a generic title line ("项目支出绩效评价报告") the line above is the name itself, read below.
        if (IsGeneric(titleHead)) return null;
        // "永兴县水利局2019年度九山河耒水治理工程青" / "苗费监理费专项资金绩效评价报告", "某局关于中央支持地方公共文化服务体" /
        // "系建设补助资金…的自评报告", "某市某区某乡某家园垃圾转运" / "站提升改造项目绩效自评报告": a long title wraps
        // wherever the line ends, also after the office and the year (R460, R763, R790), after 关于 (R370, R434) or
        // inside the name that a place opens (R046, R178, R210). A line that is an office's name alone is the
        // page's or the signer's, not a title's head.
        if (StripOfficeAndYear(above.Key) != above.Key || (About().IsMatch(above.Key) && !CitedNotice().IsMatch(above.Key))) return above.Key;
        // A name a place opens wraps where its line is full, so the head runs at least as long as the title line it
        // goes on in (18/10, 15/10, 16/8 characters in R046, R178, R210), or stops inside a number (a year cut in two,
        // "某市某区林业局202" / "4年度…"); a shorter line, or one ending as a unit does ("某县第一中学", "某县人民医院",
        // "某某有限公司", "某县财政局文件"), is the page's or the issuer's (review58 N1).
        return (above.Key.Length >= titleLength || char.IsAsciiDigit(above.Key[^1])) && !UnitEndings.EndsUnitName(above.Key)
            && LeadingPlace().IsMatch(above.Key) && Gazetteer.Default.Resolve(above.Key) is not null && !IsOrganisation(above.Key)
            && !PageChrome.IsChrome(above.Key) && !SiteLineWords.Any(w => above.Key.Contains(w, StringComparison.Ordinal))
            && !OfficeAndYear().IsMatch(above.Key) && !IsGeneric(above.Key) ? above.Key : null;
    }

    private const int WrappedHeadLength = 40;

    private static readonly string[] SiteLineWords = EmbeddedData.Lines("Projects.Data.site-line-words.tsv").Select(l => l.Trim()).ToArray();

    [GeneratedRegex("^[0-9〇零一二三四五六七八九十]{1,3}月")]
    private static partial Regex MonthOfDate();

    /// <summary>A line that is nothing but a bracketed name ("（退役军人事务工作领导小组会议经费项目）"), not a year.</summary>
    private static string? BracketedName(DocItem line)
    {
        if (line.IsRow) return null;
        var m = BracketedLine().Match(line.Key);
        if (!m.Success) return null;
        var name = StripPlaceAndYear(m.Groups["name"].Value);
        return EndsAsName(name) && !IsGeneric(name) && !IsOrganisation(name) ? name : null;
    }

    [GeneratedRegex(@"^[(（](?<name>[^()（）]{4,40})[)）]$")]
    private static partial Regex BracketedLine();

    /// <summary>What follows a title's report type when it is nothing but a bracketed name ("（X项目）"), not a year or a count.</summary>
    private static string? TrailingBracketedName(string afterWord)
    {
        var m = BracketedLine().Match(afterWord.Trim());
        if (!m.Success) return null;
        var name = StripPlaceAndYear(m.Groups["name"].Value);
        return EndsAsName(name) && !IsGeneric(name) && !IsOrganisation(name) ? name : null;
    }

    private static void FromQuotes(ProjectDraft project, List<DocItem> items)
    {
        var best = items.Where(i => !i.IsRow)
            .SelectMany(i => Quoted().Matches(i.Key).Select(m => (Name: m.Groups[1].Value, Item: i)))
            .Where(q => q.Name.Length is >= 4 and <= 40 && NameEnding().IsMatch(q.Name))
            .GroupBy(q => q.Name).OrderByDescending(g => g.Count()).FirstOrDefault();
        if (best is not null && best.Count() >= 2) project.SetName(Clean(best.Key), best.First().Item.Source());
    }

    /// <summary>
    /// An excerpt without title or form names its project where the report speaks of itself: "该X项目于2020年初…",
    /// "现将X项目绩效自评情况报告如下", "对X项目的支出情况进行了绩效评价", "我局承担X项目实施任务". The reporting
    /// office ("我局", "我市") and a year before the name belong to the sentence, not to the name. A notice titled
    /// "关于X项目绩效目标设定的公示" names it the same way. An evaluator of a province's funds writes the province after
    /// the year ("对2023年度某省X专项资金管理使用情况开展了绩效评价", R518; "对2016至2018年我省就业补助资金管理使用情况…",
    /// R254): the province is the sentence's, not the funds'. A county or an office there ("现将2022年某县某局X资金项目…")
    /// is left to the name, as the gold keeps it more often than not.
    /// </summary>
    private static void FromReference(ProjectDraft project, List<DocItem> items)
    {
        if (project.Has("name")) return;
        var best = items
            .SelectMany(i => ThisProject().Matches(i.Key).Select(m => (Name: WithoutLeadingProvince(m.Groups["name"].Value), Item: i, At: m.Index)))
            .Where(r => !IsGeneric(r.Name) && !ScopeOfProjects().IsMatch(r.Name))
            .GroupBy(r => r.Name).OrderByDescending(g => g.Count()).FirstOrDefault();
        if (best is not null) project.SetName(Clean(best.Key), best.First().Item.Source(best.First().Item.SentenceAt(best.First().At)));
    }

    private static string WithoutLeadingProvince(string name) =>
        LeadingProvince().Match(name) is { Success: true } m && Gazetteer.Default.WithoutPlaces(m.Value).Length == 0
            && name.Length - m.Length >= MinNameAfterPlace ? name[m.Length..] : name;

    [GeneratedRegex(@"^[\u4e00-\u9fa5]{2,3}省")]
    private static partial Regex LeadingProvince();

    // "对本部门及所属单位的所有一级项目、二级项目开展绩效自评": a notice's scope over many projects names none of them.
    [GeneratedRegex("所有|全部|各类|各项|各个|一级项目、")]
    private static partial Regex ScopeOfProjects();

    /// <summary>The overview section opens with the project's name: "（一）项目概况" / "X工程（二期）是为进一步……".</summary>
    private static void FromOverview(ProjectDraft project, List<DocItem> items)
    {
        if (project.Has("name")) return;
        for (var i = 0; i + 1 < items.Count; i++)
        {
            if (items[i].IsRow || items[i].Key.Length > OverviewHeadingLength || !OverviewHeading().IsMatch(items[i].Key)) continue;
            var next = items.Skip(i + 1).FirstOrDefault(n => !n.IsRow && n.Key.Length > 0);
            if (next is null) return;
            var m = OverviewOpening().Match(next.Key);
            if (m.Success && !IsGeneric(m.Groups["name"].Value)) project.SetName(Clean(m.Groups["name"].Value), next.Source(next.SentenceAt(0)));
            return;
        }
    }

    /// <summary>
    /// "（中和木材检查站租金项目）" on a line of its own, right above the report's first section ("一、项目基本情况"): the
    /// name a report puts under its title, kept where the excerpt lost the title above it (R172, R180 under a generic
    /// title; R283 without one).
    /// </summary>
    private static void FromBracketedLineAboveSections(ProjectDraft project, List<DocItem> items)
    {
        if (project.Has("name")) return;
        // A page's metadata rows (索引号 | 发布机构 …) may stand above it, so the window is the title's, rows or not.
        var head = items.Take(ReportTitles.TitleWindow + 1).Where(i => !i.IsRow && i.Key.Length > 0).ToList();
        for (var k = 0; k + 1 < head.Count; k++)
        {
            if (!FirstSection().IsMatch(head[k + 1].Key) || BracketedName(head[k]) is not { } name) continue;
            project.SetName(Clean(name), head[k].Source());
            return;
        }
    }

    [GeneratedRegex(@"^\s*[一1]\s*[、.．]")]
    private static partial Regex FirstSection();

    private const int OverviewHeadingLength = 16;

    [GeneratedRegex(@"(?:项目概况|项目基本情况|项目简介)[。.:：]?$")]
    private static partial Regex OverviewHeading();

    // The subject ends at its copula: "城镇老旧小区改造是党中央…重视的重大民生工程" says what a kind of work is, it names
    // no project, though a 工程 closes the sentence (R338; overviews opening on the policy, not the project: R172, R283).
    [GeneratedRegex(@"^(?<name>" + NameStart + OpeningNameText + "{3,39}?" + NameEnd + @")(?=是|为|位于|于\d|由|总投资|主要|,|，)")]
    private static partial Regex OverviewOpening();

    private const string OpeningNameText = @"(?:(?!是)" + NameText + ")";

    private const string Self = @"(?:我(?:局|办|委|厅|中心|单位|部门|院|馆|所|站|队|省|市|州|县|区|旗|镇|乡)|本(?:局|单位|部门|中心))?(?:(?:\d{4}(?:[-—~至]\d{4})?|20xx|xx)年度?)?";

    // A third-party evaluator names the place as well: "对临澧县20xx年度农村危房改造专项资金支出情况进行了绩效评价",
    // "对祁东县2020-2022年度高标准农田建设专项资金开展绩效评价": a place before the year belongs to the sentence too,
    // as in an office's "承担某县2022年度…项目实施任务" (the name is what follows the year, corpus/real/README.md).
    private const string EvaluatedPlace = @"(?:[\u4e00-\u9fa5]{1,10}?(?:省|市|州|盟|县|区|旗)(?=(?:\d{4}|20xx)))?";

    // What a report says it evaluated of the funds, between their name and 自评/评价: "…补助资金使用和管理自评报告",
    // "…项目实施情况自评", "…补助资金支出绩效自评" (R616, R374, R434, R502), after 现将 as after 对.
    private const string FundsUse = "(?:支出|资金使用|使用|实施|管理使用|管理和使用|使用和管理)?(?:情况)?";

    // A 民生工程 is named by the works it pays for, and its report says it evaluated them as such: "对我县20xx年城市老旧
    // 小区整治改造绩效评价进行了自评" (R671), "对全县社会化养老服务体系建设实事求是的开展了自查自评" (R886), "对2021年度
    // “四好农村路”建设实施情况进行了绩效自查自评" (R378); stored pages of 民生工程 self-evaluations name a 美丽乡村建设 so.
    private const string WorksEnd = "(?:建设|改造)";

    // Between the works and the verb: the evaluation they were given and how it was done.
    private const string EvaluatedAs = "(?:绩效评价)?(?:实事求是[地的]|认真)?";

    private const string NameText = @"[\u4e00-\u9fa5\d()“”""\-—、.]";
    private const string NameStart = @"[\u4e00-\u9fa5“""(]";
    private const string NameEnd = @"(?:项目|资金|经费|工程|专项)(?:\([^)]{1,10}\))?";

    // "该项目属延续性民生项目，": 该项目 is "this project", and what follows says what it is; no name opens with 项目.
    [GeneratedRegex(
        @"该(?!项目)(?<name>[\u4e00-\u9fa5]{4,30}?项目)(?=于|已|的|是|在|由|共|总|资金|预算|实施|主要|，|,)" +
        "|现将" + Self + "(?<name>" + NameStart + NameText + "{3,39}?" + NameEnd + ")(?:的)?" + FundsUse + "(?:的)?(?:绩效)?(?:自评|评价)" +
        "|对" + EvaluatedPlace + Self + "(?<name>" + NameStart + NameText + "{3,39}?(?:" + NameEnd + "|" + WorksEnd + "))(?:的)?" + FundsUse + EvaluatedAs + "(?:开展|进行)了?(?:财政)?(?:重点)?(?:绩效)?(?:自查)?(?:自评|评价)" +
        "|承担的?" + EvaluatedPlace + Self + "(?<name>" + NameStart + NameText + "{3,39}?" + NameEnd + ")的?(?:实施|建设)?任务" +
        "|关于(?!开展|做好|报送|上报|印发|下达|组织|进一步)" + Self + "(?<name>" + NameStart + NameText + "{3,39}?" + NameEnd + ")的?绩效(?:目标|自评|评价|运行监控|监控)",
        RegexOptions.IgnoreCase)]
    private static partial Regex ThisProject();

    [GeneratedRegex("[，。；,;]|《")]
    private static partial Regex Sentence();

    public static string StripPlaceAndYear(string key)
    {
        var m = LeadingYear().Match(key);
        if (m.Success && (m.Groups["pre"].Length == 0 || IsPlaceOnly(m.Groups["pre"].Value)))
            return key[m.Length..];
        return key;
    }

    /// <summary>Place names only ("延边州", "湖南省益阳市"), or one place the gazetteer cannot know ("某某县", "**河县").</summary>
    private static bool IsPlaceOnly(string text)
    {
        // "宝延区" for 宝坻区: a short name ending in a place's level is a place OCR misspelt, as IsGeneric reads it.
        if (Gazetteer.Default.Resolve(text) is null) return UnknownPlace().IsMatch(text) || MisspeltPlace().IsMatch(text);
        return Gazetteer.Default.WithoutPlaces(text).Trim().Length <= 1;
    }

    internal static bool IsGeneric(string candidate)
    {
        var rest = Gazetteer.Default.WithoutPlaces(candidate);
        // A leading place the gazetteer does not know (or that OCR misspelt) still is not a project name.
        rest = LeadingPlace().Replace(rest, string.Empty);
        rest = GenericWords().Replace(rest, string.Empty);
        // "二、项目绩效自评情况" is a section heading: its enumeration mark names nothing.
        rest = SectionMark().Replace(rest, string.Empty);
        return rest.Length < 2;
    }

    internal static bool IsOrganisation(string key) => UnitEndings.EndsOfficeName(key);

    /// <summary>"某局2024年度项目支出", "某委员会2020年度部门整体支出": an office, a year, and only generic words.</summary>
    private static string? OrganisationBeforeYear(string key)
    {
        var m = LeadingYear().Match(key);
        if (!m.Success || m.Groups["pre"].Length < 4) return null;
        var organisation = m.Groups["pre"].Value;
        return IsOrganisation(organisation) && IsGeneric(key[m.Length..]) ? organisation : null;
    }

    /// <summary>
    /// "永兴县水利局2019年度X专项资金", "黑龙江省林业厅2016年林业补助资金": the office that reports and the year stand before
    /// the project's own name, which is what the report is on (R226, R338, R356, R375 title themselves so).
    /// </summary>
    private static string StripOfficeAndYear(string key)
    {
        var m = OfficeAndYear().Match(key);
        // Any unit, not only a government office: a federation, a township or a station titles its projects so as well
        // ("中方县残联2022年度残疾人康复项目…", "鸡飞镇2022年农村危房改造项目…", "泸西县妇女联合会2018年妇女儿童维权专项资金…":
        // R112, R208, R591), and what precedes the year is no part of the name (corpus/real/README.md).
        if (!m.Success || !UnitEndings.EndsUnitName(m.Groups["office"].Value)) return key;
        var rest = key[m.Length..];
        return IsGeneric(rest) ? key : rest;
    }

    // An office's full name may run past the fifteen characters a place before a year is given.
    [GeneratedRegex(@"^(?<office>[\u4e00-\u9fa5()（）]{4,30}?)(?:\d{4}|[〇零一二][〇零一二三四五六七八九]{3})\s*年度?")]
    private static partial Regex OfficeAndYear();

    /// <summary>
    /// A line above the title that may hold the name: no sentence, no "label: value" field, and the words of a
    /// project or a budget line (a page heading such as "预算绩效管理" or "最新资讯" above the title is not one).
    /// </summary>
    private static bool IsNameLine(string key) =>
        !key.Contains('。') && !FieldLine().IsMatch(key) && (EndsAsFunds(key) || key.Contains("项目"));

    // "附件2：", "表3", and a list number before a title ("1、X项目绩效自评表", "2.X资金绩效目标表") name no project. An
    // attachment is numbered in digits or in Chinese numerals, not both: "附件3四川省…" keeps the province's 四.
    [GeneratedRegex(@"^(?:(?:附件|附表)\s*(?:[0-9]+|[一二三四五六七八九十]+)?|表\s*[0-9一二三四五六七八九十]+|\d{1,2}(?=\s*[、.．]))\s*[:：.．、]?")]
    private static partial Regex AttachmentPrefix();

    [GeneratedRegex(@"^[\u4e00-\u9fa5]{2,8}[:：]")]
    private static partial Regex FieldLine();

    [GeneratedRegex("^.{0,30}?关于(?:开展|做好|报送|上报|印发)?")]
    private static partial Regex About();

    // "关于开展2022年度绩效自评工作的通知": a notice the report answers, not its own title's head.
    [GeneratedRegex("通知|《|的")]
    private static partial Regex CitedNotice();

    /// <summary>
    /// The name without the marks around it; a quote that opens or closes a quoted part of the name stays
    /// ("“四好农村路”、“三个一号旅游路”工作经费", "某州“12345”政务热线运行维护经费").
    /// </summary>
    internal static string Clean(string name)
    {
        var key = BudgetCode().Replace(TextKey.Of(name).Trim('《', '》', '|', '｜'), string.Empty);
        while (key.Length >= 2 && IsWhollyQuoted(key)) key = key[1..^1].Trim('《', '》', '|', '｜');
        if (key.Length > 0 && key[0] is '“' or '"' && !HasClosingQuote(key, 1)) key = key[1..];
        if (key.Length > 0 && key[^1] is '”' or '"' && !HasOpeningQuote(key, key.Length - 1)) key = key[..^1];
        return key;
    }

    /// <summary>"“X项目”": one pair of quotes around the whole name, none inside.</summary>
    private static bool IsWhollyQuoted(string key) =>
        key[0] is '“' or '"' && key[^1] is '”' or '"' && key.AsSpan(1, key.Length - 2).IndexOfAny(QuoteMarks) < 0;

    private static bool HasClosingQuote(string key, int from) => key.AsSpan(from).IndexOfAny('”', '"') >= 0;

    private static bool HasOpeningQuote(string key, int before) => key.AsSpan(0, before).IndexOfAny('“', '"') >= 0;

    private static readonly char[] QuoteMarks = ['“', '”', '"'];

    // A quoted part without a Chinese word is a code inside a name ("“11.03”金沙江…救灾资金", "“12345”政务热线…经费",
    // "“0-6”岁残疾儿童康复救助": R784, R078, R112), never the name itself. The look for a Chinese word stays inside the
    // part's own 60 characters: unbounded, it ran to the line's end from every opening quote (review58 M7).
    [GeneratedRegex("[“\"](?=[^”\"]{0,59}[\u4e00-\u9fa5])([^”\"]{2,60})[”\"]")]
    internal static partial Regex Quoted();

    // "51000021R000000019951-工资性支出": the budget system's project code before the name (Sichuan's 部门预算项目支出绩效自评表:
    // R004, and the 2023 forms of 青神县 and 大英县 pages) is no part of it; the annotated name leaves it out.
    [GeneratedRegex(@"^[0-9A-Z]{12,}[-_—]+(?=[\u4e00-\u9fa5])")]
    private static partial Regex BudgetCode();

    [GeneratedRegex("(项目|经费|费用|费|资金|工程|服务)$")]
    private static partial Regex NameEnding();

    private static bool EndsAsName(string name) =>
        NameEnding().IsMatch(name) || FundNameEndings.Any(e => name.EndsWith(e, StringComparison.Ordinal));

    private static readonly string[] FundNameEndings =
        EmbeddedData.Lines("Projects.Data.fund-name-endings.tsv").Select(l => l.Trim()).ToArray();

    /// <summary>A project's or a fund's name: a transfer payment ("某市雪亮工程转移支付") is a budget line of its own.</summary>
    /// <remarks>
    /// A subsidy is a budget line too: "农机购置补贴", "困难群众救助补助", "一线边民补助" (R068, R136, R292, R297, R320 name
    /// their projects so). So is a line of spending named for what it pays: "村管费支出", "部门整体支出", "工资性支出" (R354,
    /// R138, R004); a title on spending in general ("财政支出", "项目支出") is generic and still names none.
    /// </remarks>
    /// <remarks>
    /// A note in brackets after the funds' name says which part or batch of them the report covers ("中央自然灾害救灾资金
    /// （洪涝灾害抢险救援）", "残疾人事业发展补助资金（省对下转移支付）", "市级财政乡村振兴专项资金（第一批…）": R155, R346,
    /// R423, R431 are named so): the name still ends as funds do.
    /// </remarks>
    internal static bool EndsAsFunds(string name) =>
        name.Length > 0 && name[^1] is ')' or '）' && TrailingNote().Replace(name, string.Empty) is { Length: > 0 } bare && bare != name
            ? EndsAsFunds(bare)
            : EndsAsName(name) || (FundsEndings.Any(e => name.EndsWith(e, StringComparison.Ordinal))
                                   && !PlanEndings.Any(e => name.EndsWith(e, StringComparison.Ordinal)));

    private static readonly string[] FundsEndings = EmbeddedData.Lines("Projects.Data.funds-endings.tsv").Select(l => l.Trim()).ToArray();

    private static readonly string[] PlanEndings = EmbeddedData.Lines("Projects.Data.plan-endings.tsv").Select(l => l.Trim()).ToArray();

    [GeneratedRegex(@"[(（][^()（）]{1,40}[)）]$")]
    private static partial Regex TrailingNote();

    // "X补助资金转移支付2022年度绩效自评报告", "X防治经费 2017年度 专项转移支付绩效评价报告": after the funds' name, 转移支付
    // says how the funds reached the reporting level, not what they are (R247, R456; R301, R350 accept the funds' name
    // without it as well). A name ending in 专项转移支付 itself ("中央食品监管专项转移支付") keeps it: no 资金 or 经费 before.
    [GeneratedRegex(@"(?<=资金|经费)(?:\d{4}\s*年度?)?(?:专项)?转移支付$")]
    private static partial Regex FundsPaidByTransfer();

    // "…服务项目2022年度绩效评价报告": the year sits between the name and the report type.
    [GeneratedRegex(@"(?<!\d)\d{4}\s*(年度?)?$")]
    private static partial Regex TrailingYear();

    [GeneratedRegex(@"[(（][^)）]*[)）]")]
    private static partial Regex Bracketed();

    [GeneratedRegex("部门整体[和及与]$")]
    private static partial Regex WholeAndProjects();

    [GeneratedRegex(@"^(?<pre>.{0,15}?)(?:\d{4}|[〇零一二][〇零一二三四五六七八九]{3})\s*年度?")]
    private static partial Regex LeadingYear();

    [GeneratedRegex(@"^[(（]?[一二三四五六七八九十\d]{1,3}[)）、.．]|[、，,.。:：;；]")]
    private static partial Regex SectionMark();

    // A prefecture short of its full name ("湘西自治州财政支出项目", R766; 红河州, 黄南州 open the names of R078, R616, R741)
    // is a place as a city is. Leagues and banners are left to the gazetteer, which knows them all: 盟 and 旗 end common
    // words ("产业联盟", "党建红旗") that would strip a name's own words.
    [GeneratedRegex("^[\u4e00-\u9fa5]{1,4}?[省市区县州]")]
    private static partial Regex LeadingPlace();

    [GeneratedRegex("^[\u4e00-\u9fa5]{1,3}[省市区县]$")]
    private static partial Regex MisspeltPlace();

    // An anonymised or masked place: "某某县", "XX市", "**河县".
    [GeneratedRegex(@"^(?:某+|[XxＸ×*＊]+)[\u4e00-\u9fa5]{0,2}[省市州区县旗]$")]
    private static partial Regex UnknownPlace();

    // "建设项目绩效自评报告", "工程项目绩效评价报告": an essay site's generic title names no project. A form template's
    // title names the level and kind of budget it is for, not a project: "X市本级部门项目支出绩效自评表", "X市市级预算部门
    // (单位)项目支出绩效目标申报表", "县级专项资金绩效目标自评表", "中央对地方转移支付区域绩效目标表". 市直, 县直 (省直 …) name
    // a level's departments together as 市级 does ("鄂州市2020年市直部门预算项目支出绩效目标表", R548; 市直部门, 省直部门 and
    // 县直机关 in R698's, R815's, R414's and R362's prose).
    [GeneratedRegex("财政|支出|项目|部门|整体|专项|资金|预算|年度|绩效|目标|申报|评价|自评|报告|情况|建设|工程|运行|监控|本级|[省市州县区]级|[省市州县区]直|中央对地方|转移支付|区域|单位|及|和|[0-9()（）]")]
    private static partial Regex GenericWords();
}
