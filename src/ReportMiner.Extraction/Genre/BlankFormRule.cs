using System.Text.RegularExpressions;
using ReportMiner.Extraction.Pipeline;
using ReportMiner.Extraction.Records;

namespace ReportMiner.Extraction.Genre;

/// <summary>
/// A blank form (a template, a sample report, a scoring sheet) has a report's whole shape — its title, its 项目名称 field,
/// its indicator table with weights — and nothing filled in: no amount, no rate, no indicator's target, actual or score.
/// What makes a document a performance record is a filled value, not the form. Such a document is "other", with no project,
/// when it shows a blank form's mark (Genre/Data/blank-form-marks.tsv: "(范本)", "XX单位XX项目", "**人"), or when its only
/// content is an indicator table of weights with no project or unit named. A form that names its project or its unit
/// (项目名称, 主管部门 holding more than a placeholder) or states an amount is filled in, even where its indicator rows went
/// unread: a real target form (绩效目标表) keeps its project.
/// </summary>
public sealed partial class BlankFormRule : IExtractionRule
{
    // A blank self-evaluation table prints its full marks (总分 100) where a filled one prints the score.
    private const double FullMarks = 100;
    private const int MaxFieldLength = 60;

    private static readonly Lazy<Regex[]> Marks = new(() => EmbeddedData.Lines("Genre.Data.blank-form-marks.tsv")
        .Select(l => new Regex(l, RegexOptions.Compiled | RegexOptions.CultureInvariant)).ToArray());

    public void Apply(ExtractionContext context)
    {
        if (context.DocumentKind != GenreVocabulary.PerformanceReport || context.Projects.Count == 0) return;
        if (context.Projects.Any(HasFilledValue) || context.Projects.Any(NamesItself) || FillsAField(context.Items)) return;
        var marked = HasMark(context.Items);
        if (!marked && !context.Projects.All(IsAnonymousWeightTable)) return;
        context.DocumentKind = "other";
        context.Projects.Clear();
        context.Warnings.Add("not a performance report: reads as other (a blank form: "
            + (marked ? "a template's or sample's mark" : "an indicator table of weights naming no project or unit")
            + ", and no amount, rate, score or indicator value filled in); no project extracted");
    }

    /// <summary>
    /// Whether a table cell or a short line (a title, a field) shows a blank form's mark. A sentence does not count: a
    /// report copied from a sample site keeps "根据《关于开展20xx年…的通知》" or "学习绩效目标样表" in its prose.
    /// </summary>
    public static bool HasMark(IEnumerable<DocItem> items) =>
        items.SelectMany(i => i.IsRow ? i.Cells.Select(TextKey.Of) : [i.Key]).Where(IsFieldOrTitle)
            .Any(t => Marks.Value.Any(m => m.IsMatch(t)));

    private static bool IsFieldOrTitle(string text) => text.Length <= MaxFieldLength && !Sentence().IsMatch(text);

    private static bool HasFilledValue(ProjectDraft p) =>
        p.BudgetWan is not null || p.ActualWan is not null || p.BudgetInitialWan is not null || p.BudgetAdjustedWan is not null
        || p.ExecutionRatePct is not null || p.Grade is not null || p.Score is { } s && s != FullMarks
        || p.Indicators.Any(i => i.Score is not null || IsFilled(i.Target) || IsFilled(i.Actual));

    // A real target form whose indicator rows went unread still names its project or its unit: a template leaves them
    // blank or holds a placeholder there ("XX单位XX项目").
    private static bool NamesItself(ProjectDraft p) => IsNamed(p.Name) || IsNamed(p.Department);

    /// <summary>Whether a form's field holds a value: a name after 项目名称 or 主管部门, an amount after 年度资金总额 — in a
    /// row's next cell or after the colon of a line.</summary>
    public static bool FillsAField(IEnumerable<DocItem> items) => items.SelectMany(Fields).Any(f =>
        NameField().IsMatch(f.Caption) ? IsNamed(f.Value) : MoneyField().IsMatch(f.Caption) && Amount().IsMatch(f.Value));

    private static IEnumerable<(string Caption, string Value)> Fields(DocItem item)
    {
        if (!item.IsRow)
        {
            var colon = item.Key.IndexOfAny(['：', ':']);
            if (colon > 0) yield return (item.Key[..colon], item.Key[(colon + 1)..]);
            yield break;
        }
        var cells = item.Cells.Select(TextKey.Of).ToList();
        for (var c = 0; c + 1 < cells.Count; c++)
            if (cells.Skip(c + 1).FirstOrDefault(v => v.Length > 0 && v != cells[c]) is { } value)
                yield return (cells[c], value);
    }

    // What is left of a name without its placeholders and the words every form prints is what it names.
    private static bool IsNamed(string? text) =>
        !string.IsNullOrWhiteSpace(text) && !NameField().IsMatch(TextKey.Of(text)) && !MoneyField().IsMatch(TextKey.Of(text))
        && FormWords().Replace(PlaceholderValue().Replace(TextKey.Of(text), string.Empty), string.Empty).Count(TextKey.IsHan) >= 2;

    private static bool IsFilled(Quantity? q) =>
        q is not null && (q.Value is not null || !string.IsNullOrWhiteSpace(q.Text) && !PlaceholderValue().IsMatch(q.Text));

    // A scoring sheet prints each row's weight (分值) and leaves 得分 empty. Rows with no figure at all are a report whose
    // host site stripped its figures: its indicators are still read.
    private static bool IsAnonymousWeightTable(ProjectDraft p) =>
        string.IsNullOrEmpty(p.Name) && string.IsNullOrEmpty(p.Department)
        && p.Indicators.Any(i => i.Source?.Table is not null && i.Weight is not null);

    [GeneratedRegex(@"[，,。；;！!？?]")]
    private static partial Regex Sentence();

    [GeneratedRegex(@"[*＊×Xx]{2}|…")]
    private static partial Regex PlaceholderValue();

    [GeneratedRegex(@"^(?:项目名称|项目主管部门|主管部门|项目实施单位|实施单位|预算单位|项目单位|部门名称|单位名称)$")]
    private static partial Regex NameField();

    [GeneratedRegex(@"^(?:年度资金总额|资金总额|项目资金总额|项目总金额|预算资金|年初预算数|全年预算数|预算数|财政拨款)(?:[(（]万?元[)）])?$")]
    private static partial Regex MoneyField();

    [GeneratedRegex(@"^(?=.*[1-9])\d+(?:\.\d+)?(?:万?元)?$")]
    private static partial Regex Amount();

    [GeneratedRegex("单位|部门|项目|名称|专项|资金|经费|支出|绩效|目标|申报|自评|评价|报告|年度|模板|范本|范例|样表|参考|格式|填报|主管|实施|[年县市区省局表]")]
    private static partial Regex FormWords();
}
