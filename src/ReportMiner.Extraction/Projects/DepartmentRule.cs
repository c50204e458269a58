using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using ReportMiner.Extraction.Pipeline;
using ReportMiner.Extraction.Places;

namespace ReportMiner.Extraction.Projects;

/// <summary>
/// The responsible department: a labelled cell or line (主管部门, 预算单位, 申报单位 … before 实施单位, which is often
/// a contractor), else an organisation standing alone above the title, else the first place-named office in prose,
/// else an office the prose names by its level alone.
/// </summary>
public sealed partial class DepartmentRule : IExtractionRule
{
    private static readonly (string Label, string Kind)[] LabelData = EmbeddedData.Lines("Projects.Data.department-labels.tsv")
        .Select(l => l.Split('\t')).Select(f => (f[0].Trim(), f[1].Trim())).ToArray();

    private static readonly string[] Labels = LabelData.Where(l => l.Kind == "form").Select(l => l.Label).ToArray();

    /// <summary>Page metadata naming who published the report: it stands in for a blank 主管部门.</summary>
    internal static readonly string[] PublisherLabels = LabelData.Where(l => l.Kind is "publisher" or "issuer").Select(l => l.Label).ToArray();

    /// <summary>The publisher fields that name the issuing office itself (发布机构, 发文单位), not a source.</summary>
    private static readonly string[] IssuerLabels = LabelData.Where(l => l.Kind == "issuer").Select(l => l.Label).ToArray();

    private static readonly (string Ending, string Where, bool Whole)[] OfficeEndingData = EmbeddedData.Lines("Projects.Data.office-endings.tsv")
        .Select(l => l.Split('\t')).Select(f => (f[0].Trim(), f[1].Trim(), f.Length > 2 && f[2].Trim() == "whole")).ToArray();

    private static string OfficeEndings(string where) =>
        string.Join('|', OfficeEndingData.Where(e => e.Where == where || e.Where == "both").Select(e => Regex.Escape(e.Ending)));

    /// <summary>
    /// What follows the place in a title's office: words and an office ending ("某县" + "交通运输" + "局"), or a body
    /// whose whole name is its ending ("某市" + "红十字会").
    /// </summary>
    private static string TitleOfficeAfterPlace()
    {
        var whole = OfficeEndingData.Where(e => e.Whole && e.Where is "title" or "both").Select(e => Regex.Escape(e.Ending)).ToList();
        var named = @"[\u4e00-\u9fa5]{1,16}?(?:" + OfficeEndings("title") + ")";
        return whole.Count == 0 ? named : "(?:" + named + "|" + string.Join('|', whole) + ")";
    }

    public void Apply(ExtractionContext context)
    {
        foreach (var project in context.Projects)
        {
            var items = context.ItemsOf(project).ToList();
            FromLabels(project, items);
            // The office a title opens with beats a lone organisation line: a stored page's first line is often the
            // portal's own name ("某县人民政府" above "某县某乡人民政府…绩效自评报告").
            FromTitleOrganisation(project, items);
            FromBreadcrumb(project, context.Chrome);
            FromStandaloneOrganisation(project, items, context.PageFields);
            FromPublisher(project, context.PageFields, items);
            FromSignature(project, items);
            FromEvaluatingOffice(project, items);
            FromSpeaker(project, items);
            FromIntroducedOffice(project, items);
            FromStatedRole(project, items);
            FromRoleStatement(project, items);
            FromProse(project, items);
            FromLevelNamedOffice(project, items);
            FromTownshipTitle(project, items);
            FromZonePublisher(project, context.PageFields);
            FromSpeakerInCitedTitle(project, items);
            FromLevelNamedActor(project, items);
            FromUnplacedPublisher(project, context.PageFields, items);
            FromAboutTitleIssuer(project, items);
        }
    }

    private static void FromLabels(ProjectDraft project, List<DocItem> items)
    {
        // Both passes below read the same labelled values: they are found once.
        var labelled = LabelValues.Find(items, key => LabelIndex(key) >= 0).Concat(LabelValues.FindStacked(items, key => LabelIndex(key) >= 0))
            .Select(lv => (Field: lv, Name: BeforeNextField(WithoutSeal(WithoutCode(TextKey.Of(lv.Value))))))
            .ToList();
        var found = labelled
            .Where(f => UnitEndings.EndsUnitName(f.Name))
            .OrderBy(f => LabelIndex(LabelValues.LabelKey(f.Field.Label)))
            .ThenBy(f => GovernmentLevel(LabelValues.LabelKey(f.Field.Label)))
            .FirstOrDefault();
        // "主管部门 | 新洲区楚剧团", "主管部门及代码 | 经济建设科": a form's cell may hold a unit whose name ends in no
        // known way; where no labelled value ends like a unit, one that opens with a known place is still the unit.
        if (found.Field is null)
            found = labelled
                .Where(f => IsPlaceNamedUnit(f.Name))
                .OrderBy(f => LabelIndex(LabelValues.LabelKey(f.Field.Label)))
                .ThenBy(f => GovernmentLevel(LabelValues.LabelKey(f.Field.Label)))
                .FirstOrDefault();
        if (found.Field is not null && project.Claim("department", found.Field.Item.Source()))
            project.Department = found.Name;
    }

    /// <summary>A name of Chinese characters only that opens with a place and goes on with words of its own.</summary>
    private static bool IsPlaceNamedUnit(string name) =>
        PlainName().IsMatch(name) && LabelIndex(name) < 0 && !ProjectSegmentationRule.IsProjectNameLabel(name)
        && Gazetteer.Default.Resolve(name) is { } && Gazetteer.Default.WithoutPlaces(name).Trim().Length >= MinUnitWords
        && !PlaceLevelsOnly().IsMatch(name);

    private const int MinUnitWords = 2;

    [GeneratedRegex(@"^[\u4e00-\u9fa5]{4,30}$")]
    private static partial Regex PlainName();

    // "某某县人民" or a bare place with its level ("新洲区"): no unit yet.
    [GeneratedRegex(@"(?:省|市|州|盟|县|区|旗|镇|乡)$")]
    private static partial Regex PlaceLevelsOnly();

    /// <summary>
    /// "某县执法队评价实施部门:某县执法队评价机构名称:…": a PDF's text lost the gaps between a cover's fields, and the
    /// unit's name ends where the next "label:" begins.
    /// </summary>
    private static string BeforeNextField(string value) =>
        RunIntoNextField.Match(value) is { Success: true } m ? m.Groups["unit"].Value : value;

    private static readonly Regex RunIntoNextField = new(@"^(?<unit>.{2,40}?(?:" + UnitEndings.Alternation + @"))(?=[\u4e00-\u9fa5]{2,8}[:：])");

    /// <summary>"隆回县人居环境指挥部乡村振兴项目资金绩效评价报告": the title opens with the office whose project it is.</summary>
    private static void FromTitleOrganisation(ProjectDraft project, List<DocItem> items)
    {
        var lines = ReportTitles.Head(items).Where(i => !i.IsRow).ToList();
        // A title broken over two lines ("隆回县人居环境指挥部乡村振兴项目资金" / "绩效评价报告") opens on the first.
        var titles = lines.Where((line, k) => ReportTitles.IsTitle(line) || (k + 1 < lines.Count && ReportTitles.IsTitle(lines[k + 1])));
        foreach (var title in titles)
        {
            var school = TitleSchoolOffice.Match(title.Key);
            if (school.Success && Gazetteer.Default.Resolve(school.Groups["office"].Value) is not null)
            {
                if (project.Claim("department", title.Source())) project.Department = school.Groups["office"].Value;
                return;
            }
            var m = TitleOffice.Match(title.Key);
            if (!m.Success) m = YearFirstTitleOffice.Match(title.Key);
            if (!m.Success || Gazetteer.Default.Resolve(m.Groups["office"].Value) is null) continue;
            if (project.Claim("department", title.Source())) project.Department = BesideJointFinanceOffice(title.Key, m);
            return;
        }
        // "名称: | 广德市应急局2023年度X资金绩效自评报告 | 文号: | 无": a portal's metadata row gives the title as its 名称
        // field, which opens with the office as a title line does (R098, R250, R375 print it as a line, R431 as a row).
        foreach (var row in ReportTitles.Head(items).Where(i => i.IsRow))
        {
            if (ProjectNameRule.TitleFieldValue(row) is not { } title || !ReportTitles.MatchWord(title).Success) continue;
            var m = TitleOffice.Match(title);
            if (!m.Success || Gazetteer.Default.Resolve(m.Groups["office"].Value) is null) continue;
            if (project.Claim("department", row.Source())) project.Department = m.Groups["office"].Value;
            return;
        }
    }

    /// <summary>
    /// "重庆市财政局 重庆市住房和城乡建设委员会关于…": a finance office issues the title jointly with the office over the line
    /// of work, whose project it is (the 主管部门); the finance office only passes the money on. Where the other office's
    /// name is short ("四川省财政厅四川省教育厅关于2020年…"), the title pattern already stops after the finance office (its
    /// lookahead takes "四川省教育厅关于" for the words before the year), so the other office is read from what follows the
    /// match, as one opens a title; where it is long, the pattern took both offices as one and the finance office's name
    /// is cut off its front.
    /// </summary>
    private static string BesideJointFinanceOffice(string title, Match titleOffice)
    {
        var office = titleOffice.Groups["office"].Value;
        if (IsOverseeingOffice(office))
        {
            var other = TitleOffice.Match(title[(titleOffice.Index + titleOffice.Length)..].TrimStart());
            if (other.Success && Gazetteer.Default.Resolve(other.Groups["office"].Value) is not null
                && !IsOverseeingOffice(other.Groups["office"].Value))
                return other.Groups["office"].Value;
        }
        foreach (var finance in OverseeingOffices)
        {
            var at = office.IndexOf(finance, StringComparison.Ordinal);
            if (at < 0) continue;
            var rest = office[(at + finance.Length)..];
            if (rest.Length >= MinJointOffice && Gazetteer.Default.Resolve(rest) is not null && UnitEndings.EndsUnitName(rest)) return rest;
        }
        return office;
    }

    private const int MinJointOffice = 4;

    /// <summary>
    /// "施甸县人民政府" above "索引号 … 发布机构 施甸县农业农村局": a government portal prints its own name at the top of
    /// every page, and its metadata names the unit that published this one. A government line is the portal's, not the
    /// reporting unit, when the page's publisher field names a placed office of its own (not a government, which may be
    /// the county publishing a township's report, nor a finance office passing money on).
    /// </summary>
    private static bool IsPortalOwner(string name, IReadOnlyList<PageField> fields) =>
        name.EndsWith("人民政府", StringComparison.Ordinal) && fields
            .Where(f => PublisherLabels.Contains(f.Label))
            .Select(f => WithoutCode(TextKey.Of(f.Value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() ?? "")))
            .Any(p => p.Length <= 30 && !p.EndsWith("政府", StringComparison.Ordinal) && UnitEndings.EndsUnitName(p) && !IsOverseeingOffice(p)
                && Gazetteer.Default.Resolve(p) is not null);

    private static void FromPublisher(ProjectDraft project, IReadOnlyList<PageField> fields, List<DocItem> items)
    {
        var named = fields
            .Where(f => PublisherLabels.Contains(f.Label))
            // "来源:某县农业农村水利局 浏览:": the value may end where the next field of the line begins.
            .SelectMany(f => new[] { f.Value, f.Value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() ?? "" }
                .Select(v => (Field: f, Name: WithoutOtherName(WithoutCode(TextKey.Of(v))))))
            .Where(f => f.Name.Length <= 30)
            .OrderBy(f => Array.IndexOf(PublisherLabels, f.Field.Label))
            .ToList();
        var publisher = named.FirstOrDefault(f => UnitEndings.EndsUnitName(f.Name) && Gazetteer.Default.Resolve(f.Name) is not null);
        // A district's own portal names its offices without the place ("信息来源:区卫生健康局", "来源: 扶贫办"): the
        // publisher is the reporting unit when the report speaks as a unit ("我局", "我单位"), not when a government
        // office or the finance office publishes other units' reports.
        if (publisher.Field is null && items.Any(i => !i.IsRow && SpeaksAsUnit().IsMatch(i.Key)))
            publisher = named.FirstOrDefault(f => IsUnplacedUnit(f.Name));
        if (publisher.Field is not null && project.Claim("department", publisher.Field.Line.Source()))
            project.Department = publisher.Name;
    }

    /// <summary>
    /// "信息来源: 芜湖经济技术开发区": a placed development zone that publishes a report is the unit reporting, where
    /// neither form, title nor prose named an office (its 管委会, which the prose names where it speaks, comes first).
    /// </summary>
    private static void FromZonePublisher(ProjectDraft project, IReadOnlyList<PageField> fields)
    {
        var zone = fields
            .Where(f => PublisherLabels.Contains(f.Label))
            .Select(f => (Field: f, Name: WithoutCode(TextKey.Of(f.Value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() ?? ""))))
            .FirstOrDefault(f => IsZone(f.Name) && Gazetteer.Default.Resolve(f.Name) is not null);
        if (zone.Field is not null && project.Claim("department", zone.Field.Line.Source()))
            project.Department = zone.Name;
    }

    /// <summary>
    /// "发布单位:林业局", "发文机构:人力资源和社会保障局": a county's or prefecture's portal names the publishing office
    /// without its place. Where neither form, title nor prose named an office, the publisher stands in for the blank
    /// 主管部门 as a placed one does (R189, R301), unless it is an office that oversees other units' money. Only a field
    /// naming the issuer (发布机构, 发文单位) counts: a 来源 without a place may name the site a page was copied from
    /// ("来源:高新院 achie.org", R099).
    /// </summary>
    private static void FromUnplacedPublisher(ProjectDraft project, IReadOnlyList<PageField> fields, List<DocItem> items)
    {
        var named = fields
            .Where(f => PublisherLabels.Contains(f.Label))
            .Select(f => (Field: f, Name: WithoutOtherName(WithoutCode(TextKey.Of(f.Value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() ?? "")))))
            .ToList();
        var ownTransferReport = items.Any(i => !i.IsRow && TransferSelfEvaluationHeading().IsMatch(i.Key));
        var publisher = named.FirstOrDefault(f => IssuerLabels.Contains(f.Field.Label) && IsUnplacedUnit(f.Name));
        // "来源: 市司法局": a source named by its level of government is the portal's own office, not a site the page
        // was copied from (R764, R560, R406 and R270 print their gold unit so).
        if (publisher.Field is null)
            publisher = named.FirstOrDefault(f => IsLevelNamedOffice(f.Name));
        // "来源:县财政局" over a report in the transfer-payment self-evaluation template (一、绩效目标分解下达情况): the
        // finance office reports on the transfer it spread over the county itself (R579, R776, R633).
        if (publisher.Field is null && ownTransferReport)
            publisher = named.FirstOrDefault(f => IsOverseeingOffice(f.Name) && GovernmentLevels.Contains(f.Name[0]) && UnitEndings.EndsUnitName(f.Name));
        if (publisher.Field is not null && project.Claim("department", publisher.Field.Line.Source()))
            project.Department = publisher.Name;
    }

    /// <summary>"市司法局", "县农业农村局": an office named by its level alone, not a government, its office or a finance office.</summary>
    private static bool IsLevelNamedOffice(string name) =>
        name.Length >= 4 && GovernmentLevels.Contains(name[0]) && IsUnplacedUnit(name) && !name.Contains("政府", StringComparison.Ordinal);

    [GeneratedRegex(@"^[一1][、.．]?\s*(?:\d{4}年度?)?绩效目标分解下达情况")]
    private static partial Regex TransferSelfEvaluationHeading();

    private static readonly string[] ZoneEndings = EmbeddedData.Lines("Projects.Data.zone-endings.tsv").Select(l => l.Trim()).ToArray();

    /// <summary>A development zone's name: words of its own before the zone's ending ("芜湖经济技术开发区").</summary>
    public static bool IsZone(string name) =>
        name.Length <= 20 && ZoneEndings.Any(e => name.EndsWith(e, StringComparison.Ordinal) && name.Length >= e.Length + MinUnitWords);

    /// <summary>A unit named without its place: a unit's ending ("局", "管委会", "扶贫办") after words of its own.</summary>
    private static bool IsUnplacedUnit(string name) =>
        name.Length <= 30 && !IsOverseeingOffice(name) && UnplacedUnit().Match(name) is { Success: true } m && m.Groups["words"].Length >= MinUnitWords;

    [GeneratedRegex("我(?:局|单位|委|办|中心|院|站|所|馆)|本(?:单位|部门)")]
    private static partial Regex SpeaksAsUnit();

    [GeneratedRegex(@"^(?<words>[\u4e00-\u9fa5]+?)(?:局|委员会|管委会|委|办公室|办|中心|政府|院|站|所|队|馆|政协|联合会|联|学校)$")]
    private static partial Regex UnplacedUnit();

    /// <summary>
    /// "宣城市文化和旅游局(宣城市广播电视新闻出版局)", "绩溪县自然资源和规划局(原国土局、城乡规划局)": a portal names the
    /// publishing office with its second name (one office, two nameplates) or its former ones in brackets (R375, R445);
    /// the office is the name before them.
    /// </summary>
    private static string WithoutOtherName(string name) =>
        OtherName().Match(name) is { Success: true } m && UnitEndings.EndsUnitName(m.Groups["unit"].Value)
            && (m.Groups["other"].Value.StartsWith('原') || UnitEndings.EndsUnitName(m.Groups["other"].Value))
            ? m.Groups["unit"].Value : name;

    [GeneratedRegex(@"^(?<unit>[\u4e00-\u9fa5]{4,24})[(（](?<other>[\u4e00-\u9fa5、]{2,24})[)）]$")]
    private static partial Regex OtherName();

    /// <summary>"219-池州市贵池区棠溪镇人民政府": the budget system's unit code is not part of the name.</summary>
    private static string WithoutCode(string name) => UnitCode().Replace(name, string.Empty);

    [GeneratedRegex(@"^\[?\d{2,}\]?[-_.、\s]*(?=[\u4e00-\u9fa5])")]
    private static partial Regex UnitCode();

    /// <summary>
    /// "部门（单位）全称：某市人民检察院 （公章）": a cover marks where the seal goes after the unit's name as often as after
    /// its label (单位（盖章）：, R008, R108, R256, R316); the mark is no part of the name.
    /// </summary>
    private static string WithoutSeal(string name) => SealMark().Replace(name, string.Empty);

    [GeneratedRegex(@"[(（](?:公章|盖章|签章|印章)[)）]$")]
    private static partial Regex SealMark();

    // "县级主管部门", "市级主管部门": the level of government does not change the label. The transfer-payment form
    // (中央对地方转移支付) prints one 主管部门 per level: "中央主管部门|地方主管部门", "自治区主管部门 … 市县主管部门".
    [GeneratedRegex("^(?:(?:省|市|州|县|区|乡|镇)级|(?:中央|地方|省|自治区|市县|市州|县区|县市区)(?=主管))")]
    private static partial Regex LevelPrefix();

    /// <summary>
    /// Where a form names the 主管部门 of several levels, the project is the lowest level's: the office that spends the
    /// money and reports on it, not the ministry or provincial department that passed it down.
    /// </summary>
    private static int GovernmentLevel(string label) => LevelPrefix().Match(label).Value switch
    {
        "中央" => 3,
        "省" or "省级" or "自治区" => 2,
        "" => 0,
        _ => 1,
    };

    // A place-named office at the start of a title line, followed by the year (at once or after the kind of funds,
    // "…乡人民政府转移支付2022年度…") or by the words of a 项目: an office
    // whose name runs into other words ("…受理中心服务外包费") may be the project's own name.
    private static readonly Regex TitleOffice = new(@"^(?<office>[\u4e00-\u9fa5]{1,8}?(?:省|市|州|盟|县|区|旗|地区)"
        + TitleOfficeAfterPlace() + @")(?=关于|\d|[\u4e00-\u9fa5]{2,}项目|[\u4e00-\u9fa5]{2,8}\d{4}年)");

    // "2020年度新宁县马头桥镇人民政府部门绩效自评报告", "2023年度江永县科技和工业信息化局 / 整体支出绩效自评报告",
    // "2021年茂名市发展和改革局部门整体支出绩效自评报告": a whole-department report's title may open with its year, then
    // the unit whose spending it reports on, then 部门 / 整体支出 (or the line ends there and the title goes on below).
    private static readonly Regex YearFirstTitleOffice = new(@"^\d{4}\s*年度?(?<office>[\u4e00-\u9fa5]{1,8}?(?:省|市|州|盟|县|区|旗|地区)"
        + TitleOfficeAfterPlace() + @")(?=部门|整体支出|本级|$)");

    /// <summary>
    /// "省级业务主管部门", "县级主管部门": a department label as a listing's header prints it, with a level and 业务
    /// (the office over the line of work) before it, or cut by one character where its cell wrapped ("省级业务主管部").
    /// </summary>
    internal static bool IsLabelHeading(string key)
    {
        var bare = LineOfWork().Replace(LevelPrefix().Replace(key, string.Empty), string.Empty);
        return bare.Length >= MinHeadingLength - 1
            && Labels.Any(l => l.Length >= MinHeadingLength && (l == bare || (bare.Length == l.Length - 1 && l.StartsWith(bare, StringComparison.Ordinal))));
    }

    private const int MinHeadingLength = 4;

    [GeneratedRegex("[、/／]单位(?=名称|全称|$)")]
    private static partial Regex OtherUnitWord();

    [GeneratedRegex("^业务(?=主管)")]
    private static partial Regex LineOfWork();

    private static int LabelIndex(string key)
    {
        var bare = LevelPrefix().Replace(key.AsSpan().IndexOfAny('(', '（') < 0 ? key : Parenthesis().Replace(key, string.Empty), string.Empty);
        // "业务主管部门": Chongqing's target form names the office over the line of work so (R216, R552; the role in prose,
        // R568), the 主管部门 the gold reads from it.
        if (bare.StartsWith("业务", StringComparison.Ordinal)) bare = LineOfWork().Replace(bare, string.Empty);
        // "预算部门、单位名称", "部门/单位名称": the unit written beside the department as another word for it, as the
        // bracket does in "部门（单位）名称".
        if (bare.AsSpan().IndexOfAny('、', '/', '／') >= 0) bare = OtherUnitWord().Replace(bare, string.Empty);
        return LabelSpellings.TryGetValue(bare, out var index) ? index : -1;
    }

    // "主管部门及代码" (the national form since 2020), "预算单位名称", "实施单位全称": each spelling of a label with its
    // index, the earlier label's where two labels share a spelling. Built once: the label finder asks for every key.
    private static readonly Dictionary<string, int> LabelSpellings = SpellingsOf(Labels);

    private static Dictionary<string, int> SpellingsOf(string[] labels)
    {
        var spellings = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < labels.Length; i++)
            foreach (var suffix in (string[])["", "名称", "全称", "及代码", "代码"])
                spellings.TryAdd(labels[i] + suffix, i);
        return spellings;
    }

    private static void FromStandaloneOrganisation(ProjectDraft project, List<DocItem> items, IReadOnlyList<PageField> fields)
    {
        foreach (var item in items.Take(3).Where(i => !i.IsRow && i.Key.Length <= 30))
        {
            // A stored portal page lists its unit's name as an item of its menu ("• 某县教育体育局", "- 某县教育体育局").
            var name = LeadingLabel().Replace(ListMark().Replace(item.Key, string.Empty), string.Empty);
            // "2024-04-03 09:22:00 来源:某省应急管理厅": a field left after the label is a portal's metadata line, whose
            // source the publisher rule reads; the line as a whole names nothing (R098, R404, R430, R657 print one).
            if (name.Contains(':')) continue;
            if (!UnitEndings.EndsUnitName(name) || Gazetteer.Default.Resolve(name) is null) continue;
            // A third party's report names the firm that wrote it on its cover ("河南分所" under the title).
            if (IsPortalOwner(name, fields) || Contractor.IsMatch(name)) continue;
            if (project.Claim("department", item.Source())) project.Department = name;
            return;
        }
    }

    /// <summary>
    /// "…,新田镇人民政府对2022年度实施的衔接资金项目进行绩效运行监控": the office a clause opens with, which itself
    /// carries out the report's self-evaluation or monitoring, is the project's department. A township's government
    /// (镇, 乡, 苏木, 街道) is named so in prose, where the general rule below takes no 人民政府; an office that
    /// oversees others' money or a firm hired to evaluate is not the reporting unit.
    /// </summary>
    private static void FromEvaluatingOffice(ProjectDraft project, List<DocItem> items)
    {
        foreach (var item in items.Where(i => !i.IsRow))
        {
            foreach (Match m in EvaluatingOffice().Matches(item.Key))
            {
                var office = m.Groups["office"].Value;
                if (IsOverseeingOffice(office) || Contractor.IsMatch(office) || !OpensWithPlace(office)) continue;
                if (Gazetteer.Default.Resolve(office) is null && !Township().IsMatch(office)) continue;
                if (project.Claim("department", item.Source(item.SentenceAt(m.Groups["office"].Index)))) project.Department = office;
                return;
            }
        }
    }

    [GeneratedRegex(@"(?:^|(?<=[，,。；;：:)）]))(?<office>[\u4e00-\u9fa5]{2,24}?(?:人民政府|办事处|局|委员会|办公室|中心|联合会))(?:对|开展|组织)[^。；;]{0,60}?(?:自评|评价|监控)")]
    private static partial Regex EvaluatingOffice();

    /// <summary>"为配合宁乡市水利局开展…": words of the sentence before the place are no part of an office's name.</summary>
    private static bool OpensWithPlace(string office)
    {
        var level = office.IndexOfAny(PlaceLevels);
        return level > 0 && office.AsSpan(0, level).IndexOfAny(SentenceWords) < 0;
    }

    private static readonly char[] PlaceLevels = ['省', '市', '州', '盟', '区', '县', '旗', '镇', '乡'];

    private static readonly char[] SentenceWords = EmbeddedData.Lines("Projects.Data.sentence-characters.tsv").SelectMany(l => l.Trim()).ToArray();

    [GeneratedRegex("(?:镇|乡|苏木|街道)(?:人民政府|办事处)$")]
    private static partial Regex Township();

    private static readonly Regex Contractor = new(string.Join('|',
        EmbeddedData.Lines("Projects.Data.contractor-words.tsv").Select(l => Regex.Escape(l.Trim()))));

    /// <summary>
    /// "我站积极响应…", "我委高度重视…": a report its unit writes calls the unit by the ending of its name. The first
    /// place-named unit of the prose that ends so is the reporting unit, whatever the ending (站, 所, 院, 委 …; R022,
    /// R172, R324 speak so), where the general rule below knows only offices' endings and takes the first of any kind.
    /// </summary>
    private static void FromSpeaker(ProjectDraft project, List<DocItem> items)
    {
        var speaker = items.Where(i => !i.IsRow).Select(i => Speaker().Match(i.Key)).FirstOrDefault(m => m.Success);
        if (speaker is null || !SpeakerEndings.TryGetValue(speaker.Groups["unit"].Value, out var unit)) return;
        FirstProseOffice(project, items, unit);
    }

    /// <summary>
    /// "我局商同达州市财政局后…以《达州市财政局达州市委宣传部达州市文化体育和旅游局关于下达…的通知》下达", "按照《海南省商务厅
    /// 财务统一管理试行办法》": where a unit that speaks of itself (我局, 我厅) is named nowhere but in the titles of the
    /// notices it issued, jointly with the finance office, or of its own rules (R061, R163), the issuer that ends as the
    /// speaker's name does is the unit. Tried last: a title's issuer is more often a superior office.
    /// </summary>
    private static void FromSpeakerInCitedTitle(ProjectDraft project, List<DocItem> items)
    {
        var speaker = items.Where(i => !i.IsRow).Select(i => Speaker().Match(i.Key)).FirstOrDefault(m => m.Success);
        if (speaker is null || !SpeakerEndings.TryGetValue(speaker.Groups["unit"].Value, out var unit)) return;
        foreach (var item in items.Where(i => !i.IsRow))
        {
            foreach (Match title in CitedTitle().Matches(item.Key))
            {
                foreach (Match m in unit.Matches(title.Groups["title"].Value))
                {
                    var office = LastIssuer(m.Value);
                    if (Gazetteer.Default.Resolve(office) is null || IsOverseeingOffice(office) || Contractor.IsMatch(office)) continue;
                    if (project.Claim("department", item.Source(item.SentenceAt(title.Index)))) project.Department = office;
                    return;
                }
            }
        }
    }

    // The issuers of a cited notice run up to 关于; a unit's own rules (办法, 规定) open with its name.
    [GeneratedRegex("《(?<title>[^《》]{4,60}?)(?:关于|》)")]
    private static partial Regex CitedTitle();

    /// <summary>
    /// "达州市委宣传部达州市文化体育和旅游局": joint issuers each open with the same place, and a match from the first
    /// of them runs over the others; the last issuer starts where the place is named again.
    /// </summary>
    private static string LastIssuer(string name)
    {
        var level = name.IndexOfAny(PlaceLevels);
        if (level < 1) return name;
        var again = name.LastIndexOf(name[..(level + 1)], StringComparison.Ordinal);
        return again > 0 ? name[again..] : name;
    }

    /// <summary>
    /// "三堂街镇2021年度村管费支出 / 绩效评价报告", "田心乡部门整体支出绩效自评报告": a title that opens with a township's
    /// name, then the year or the whole-department words, is the township's report on its own spending (R208, R332,
    /// R354, R380); the township, which the gazetteer need not know, is the department.
    /// </summary>
    private static void FromTownshipTitle(ProjectDraft project, List<DocItem> items)
    {
        var lines = ReportTitles.Head(items).Where(i => !i.IsRow).ToList();
        foreach (var title in lines.Where((line, k) => ReportTitles.IsTitle(line) || (k + 1 < lines.Count && ReportTitles.IsTitle(lines[k + 1]))))
        {
            var m = TitleTownship().Match(title.Key);
            if (!m.Success) continue;
            if (project.Claim("department", title.Source())) project.Department = m.Groups["township"].Value;
            return;
        }
    }

    // Two characters of a name at least before the township's level: "城乡", "美丽乡村" are no township.
    // The township may be named by its government ("下桥镇人民政府2024年度绩效自评报告", "某县某乡人民政府2021年度…",
    // "…街道办事处2023年度…"), which is then the department's whole name.
    [GeneratedRegex(@"^(?<township>[\u4e00-\u9fa5]{2,10}?(?:镇|乡|街道|苏木)(?:人民政府|办事处)?)(?=\d{4}年|部门整体|本级)")]
    private static partial Regex TitleTownship();

    // "我所在的…" is no institute speaking, "我委员会" is written 我委.
    [GeneratedRegex("我(?<unit>局|委|站|中心|院|所|办|馆|队|厅)(?!员|在|属|有)")]
    private static partial Regex Speaker();

    // Two characters at least between the place and the ending: "某市委", "某县局" are no unit's full name (a party
    // committee, an abbreviation).
    private static Regex SpokenUnit(string endings) =>
        new("[\u4e00-\u9fa5]{1,6}?(?:[省市区县州盟旗]|地区)[\u4e00-\u9fa5]{2,14}?(?:" + endings + ")", RegexOptions.Compiled);

    private static readonly Dictionary<string, Regex> SpeakerEndings = new()
    {
        ["局"] = SpokenUnit("局"), ["委"] = SpokenUnit("委员会|委"), ["站"] = SpokenUnit("站"), ["中心"] = SpokenUnit("中心"),
        ["院"] = SpokenUnit("院"), ["所"] = SpokenUnit("所"), ["办"] = SpokenUnit("办公室|办"), ["馆"] = SpokenUnit("馆"),
        ["队"] = SpokenUnit("队"), ["厅"] = SpokenUnit("厅"),
    };

    /// <summary>
    /// "湖北残疾人联合会（以下简称“省残联”）成立绩效自评工作专班": a report gives its own unit's full name once, with the short
    /// name it goes on to use; a unit's full name need not carry its place's level (湖北, not 湖北省), which the general
    /// rule below asks for. In the train reports that introduce an office so, it is the department every time (R001,
    /// R104, R142, R155, R226, R264, R365, R382) once a finance office that commissioned the work is passed over.
    /// </summary>
    private static void FromIntroducedOffice(ProjectDraft project, List<DocItem> items)
    {
        foreach (var item in items.Where(i => !i.IsRow))
        {
            foreach (Match m in IntroducedOffice().Matches(item.Key))
            {
                var office = ProseOffice.Tidy(item.Key, m);
                if (IsOverseeingOffice(office) || Contractor.IsMatch(office) || Gazetteer.Default.Resolve(office) is null) continue;
                if (project.Claim("department", item.Source(item.SentenceAt(m.Index)))) project.Department = office;
                return;
            }
        }
    }

    [GeneratedRegex(@"[\u4e00-\u9fa5]{2,30}?(?:局|委员会|中心|办公室|联合会|人民政府|厅|院|馆|站|队|办事处)(?=[(（]以下简称)")]
    private static partial Regex IntroducedOffice();

    private static void FromProse(ProjectDraft project, List<DocItem> items) => FirstProseOffice(project, items, PlacedOffice);

    /// <summary>
    /// The first place-named office <paramref name="offices"/> finds in the prose, other than one that commissions,
    /// issues or oversees the work, is the department; the search ends there whether or not the field was free.
    /// </summary>
    private static void FirstProseOffice(ProjectDraft project, List<DocItem> items, Regex offices, [CallerMemberName] string member = "")
    {
        foreach (var item in items.Where(i => !i.IsRow))
        {
            foreach (Match m in offices.Matches(item.Key))
            {
                if (Gazetteer.Default.Resolve(m.Value) is null || IsCommissioner(item.Key, m) || IsIssuer(item.Key, m) || IsOverseeingOffice(m.Value)
                    || EndsWithNonOfficeWord(m.Value)) continue;
                // A facility or school read as the first office: the prose opens with no department, and the next
                // office named would be a guess (a contractor, a neighbour unit).
                if (IsContinuedName(item.Key, m)) return;
                if (project.Claim("department", item.Source(item.SentenceAt(m.Index)), member: member)) project.Department = ProseOffice.Tidy(item.Key, m);
                return;
            }
        }
    }

    private static void FromLevelNamedOffice(ProjectDraft project, List<DocItem> items)
    {
        if (LevelNamedOffice.Find(items, LevelOffice,
            (text, m) => IsOverseeingOffice(m.Value) || EndsWithNonOfficeWord(m.Value) || IsCommissioner(text, m) || IsIssuer(text, m)) is not { } found) return;
        if (project.Claim("department", found.Item.Source(found.Item.SentenceAt(found.Index)))) project.Department = found.Name;
    }

    // The endings the level-named units of train reports have (R006 县政协, R146 县交通运输局, R242 区农业农村局); a
    // level-named 中心 or 办公室 is as often a superior's office that passed the work down (市政府办公室).
    private static readonly Regex LevelOffice = new("[省市区县][\u4e00-\u9fa5]{0,14}?(?:局|政协)");

    /// <summary>
    /// A finance bureau named in a report's prose issued the notice, commissioned the evaluation or passed the money
    /// on ("会同县财政局", "我局商同市财政局后下达"); a finance bureau's own project names it in a label or as publisher.
    /// </summary>
    internal static bool IsOverseeingOffice(string office) => OverseeingOffices.Any(e => office.EndsWith(e, StringComparison.Ordinal));

    private static readonly string[] OverseeingOffices = EmbeddedData.Lines("Projects.Data.overseeing-offices.tsv").Select(l => l.Trim()).ToArray();

    /// <summary>"受X委托": X commissioned the evaluation (often the finance bureau); it is not the project's department.</summary>
    private static bool IsCommissioner(string text, Match m) =>
        text.AsSpan(m.Index + m.Length).StartsWith("委托");

    /// <summary>
    /// "按照X财政局《关于…的通知》要求", "根据X财政局要求": X issued the instruction the report answers; the office that
    /// reports is another. "聘请X院" hires a contractor.
    /// </summary>
    private static readonly string[] Issuing = EmbeddedData.Lines("Projects.Data.issuing-words.tsv").Select(l => l.Trim()).ToArray();

    private static bool EndsWithAny(ReadOnlySpan<char> text, string[] words)
    {
        foreach (var word in words)
            if (text.EndsWith(word, StringComparison.Ordinal)) return true;
        return false;
    }

    private static bool IsIssuer(string text, Match m)
    {
        var before = text.AsSpan(0, m.Index);
        var after = text.AsSpan(m.Index + m.Length);
        // "…政府办" continued by "公厅": the office's name ends two characters later.
        if (m.Value.EndsWith("政府办", StringComparison.Ordinal) && (after.StartsWith("公厅") || after.StartsWith("公室"))) after = after[2..];
        // "严格按照《中共某市委办公室 某市人民政府办公室关于…》": an office inside a cited document's title issued it.
        if (before.LastIndexOf('《') > before.LastIndexOf('》')) return true;
        return EndsWithAny(before, Issuing)
            || Issuing.Any(w => m.Value.StartsWith(w, StringComparison.Ordinal))
            || after.StartsWith("《") || after.StartsWith("关于") || after.StartsWith("要求") || after.StartsWith("的要求")
            || JointIssuers().IsMatch(after);
    }

    // "据陕西省委办公厅、陕西省人民政府办公厅关于印发《…》", "中共某省委办公厅、某省人民政府关于…": an office listed with
    // others before 关于 issued the document jointly with them.
    [GeneratedRegex(@"^、[\u4e00-\u9fa5、]{2,60}?关于")]
    private static partial Regex JointIssuers();

    // "填报单位：", "单位（盖章）：": the label, with a note on it, is no part of the unit's name.
    [GeneratedRegex(@"^[\u4e00-\u9fa5]{2,8}(?:[(（][\u4e00-\u9fa5]{1,6}[)）])?[:：]")]
    private static partial Regex LeadingLabel();

    [GeneratedRegex(@"^[•·●▪\-－]\s*")]
    private static partial Regex ListMark();

    /// <summary>Whether the text ends the way a unit's name does (局, 中心, 政府, 学校 …).</summary>
    internal static bool IsOrganisationName(string text) => UnitEndings.EndsUnitName(TextKey.Of(text));

    /// <summary>Whether the text ends the way an office's name does in titles or prose (联合会, 红十字会, 局 …).</summary>
    internal static bool EndsOfficeName(string text) => OfficeEndingData.Any(e => text.EndsWith(e.Ending, StringComparison.Ordinal));

    [GeneratedRegex(@"[(（][^)）]*[)）]")]
    private static partial Regex Parenthesis();

    private static readonly Regex PlacedOffice = new("[\u4e00-\u9fa5]{1,6}?(?:[省市区县州盟旗]|地区)[\u4e00-\u9fa5]{0,14}?(?:" + OfficeEndings("prose") + ")");
}
