using System.Text.RegularExpressions;
using ReportMiner.Extraction.Pipeline;

namespace ReportMiner.Extraction.Projects;

public sealed partial class DepartmentRule
{
    /// <summary>
    /// A report of a prefecture's or province's own office calls it by the level alone (市交通运输局, 省教育厅,
    /// 市人民政府办公室), which the gold keeps as printed. Where nothing else named the department, a level-named
    /// office is taken when the prose says it is the actor: it carries out the work ("由省教育厅直接负责实施",
    /// "由市人民政府办公室牵头"), evaluates its own project ("市交通运输局对2021年度…进行自评"), or is the antecedent of
    /// the unit that speaks ("我委" with "向市经信委…", "我中心" with "省发展研究中心是…"; R022, R069, R249, R355,
    /// R378). A third party's report names the unit whose project it evaluated ("对区城管局2022年…项目实施了绩效评价",
    /// R359). Finance offices that issue notices or pass money on are passed over.
    /// </summary>
    private static void FromLevelNamedActor(ProjectDraft project, List<DocItem> items)
    {
        var prose = items.Where(i => !i.IsRow).ToList();
        foreach (var regex in (Regex[])[ResponsibleOffice, SelfEvaluatingOffice, EvaluatedOfficeProject])
        {
            foreach (var item in prose)
            {
                foreach (Match m in regex.Matches(item.Key))
                {
                    if (!IsActingOffice(m.Groups["office"].Value)) continue;
                    if (project.Claim("department", item.Source(item.SentenceAt(m.Groups["office"].Index)))) project.Department = m.Groups["office"].Value;
                    return;
                }
            }
        }
        var speaker = prose.Select(i => Speaker().Match(i.Key)).FirstOrDefault(m => m.Success);
        if (speaker is null || !LevelNamedSpeakerEndings.TryGetValue(speaker.Groups["unit"].Value, out var unit)) return;
        foreach (var item in prose)
        {
            foreach (Match m in unit.Matches(item.Key))
            {
                if (!LevelNamedOffice.OpensMention(item.Key, m.Index) || IsPartner(item.Key, m.Index) || !IsActingOffice(m.Value)
                    || IsCommissioner(item.Key, m) || IsIssuer(item.Key, m)) continue;
                if (project.Claim("department", item.Source(item.SentenceAt(m.Index)))) project.Department = m.Value;
                return;
            }
        }
    }

    // "我厅与省人社厅联合印发…", "省财政厅、省人社厅联合对…": an office named with the speaker as its partner, or listed
    // after the finance office that acts with it, is another unit than the one speaking (R254, where the finance
    // office speaks).
    private static bool IsPartner(string text, int index) =>
        index > 0 && (text[index - 1] is '与' or '及'
            || (text[index - 1] == '、' && OverseeingOffices.Any(o => text.AsSpan(0, index - 1).EndsWith(o, StringComparison.Ordinal))));

    // "市财政下达市交通运输局": a lazy match from the finance office's level runs into the office the money went to.
    private static bool IsActingOffice(string office) =>
        !IsOverseeingOffice(office) && !Contractor.IsMatch(office) && !office.Contains("财政", StringComparison.Ordinal);

    private const string LevelName = @"[省市区县][\u4e00-\u9fa5]{2,14}?";

    private static readonly Regex ResponsibleOffice = new(
        "由(?<office>" + LevelName + "(?:" + UnitEndings.OfficeAlternation + "))(?:直接)?(?:负责|组织|牵头)", RegexOptions.Compiled);

    private static readonly Regex SelfEvaluatingOffice = new(
        @"(?:^|(?<=[，,。；;：:]))(?<office>" + LevelName + "(?:" + UnitEndings.OfficeAlternation + @"))对[^。；;]{0,60}?(?:自评|自我评价)", RegexOptions.Compiled);

    private static readonly Regex EvaluatedOfficeProject = new(
        "对(?<office>" + LevelName + "(?:" + UnitEndings.OfficeAlternation + @"))\d{4}年[^。；;]{0,40}?项目(?:实施|进行|开展)了?(?:绩效)?评价", RegexOptions.Compiled);

    private static Regex LevelNamedUnit(string endings) => new(LevelName + "(?:" + endings + ")", RegexOptions.Compiled);

    private static readonly Dictionary<string, Regex> LevelNamedSpeakerEndings = new()
    {
        ["局"] = LevelNamedUnit("局"), ["委"] = LevelNamedUnit("委员会|委"), ["中心"] = LevelNamedUnit("中心"),
        ["办"] = LevelNamedUnit("办公室|办"), ["厅"] = LevelNamedUnit("厅"),
    };
}
