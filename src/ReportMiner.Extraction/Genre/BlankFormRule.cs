using System.Collections.Frozen;
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

    private sealed record FieldWords(FrozenSet<string> Names, FrozenSet<string> Money, Regex FormWords);

    private static readonly Lazy<FieldWords> Fields = new(() =>
    {
        var rows = EmbeddedData.Lines("Genre.Data.blank-form-fields.tsv").Select(l => l.Split('\t')).ToList();
        IEnumerable<string> Of(string kind) => rows.Where(r => r[0] == kind).Select(r => r[1].Trim());
        // Single characters are tried after the words, as one character class.
        var form = Of("form").Select(Regex.Escape).Append("[" + Regex.Escape(string.Concat(Of("form-character"))) + "]");
        return new FieldWords(Of("name").ToFrozenSet(StringComparer.Ordinal), Of("money").ToFrozenSet(StringComparer.Ordinal),
            new Regex(string.Join("|", form), RegexOptions.Compiled | RegexOptions.CultureInvariant));
    });

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
    public static bool FillsAField(IEnumerable<DocItem> items) => items.SelectMany(CaptionsAndValues).Any(f =>
        IsNameField(f.Caption) ? IsNamed(f.Value) : IsMoneyField(f.Caption) && Amount().IsMatch(f.Value));

    private static bool IsNameField(string caption) => Fields.Value.Names.Contains(caption);

    private static bool IsMoneyField(string caption) => Fields.Value.Money.Contains(MoneyUnit().Replace(caption, string.Empty, 1));

    private static IEnumerable<(string Caption, string Value)> CaptionsAndValues(DocItem item)
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
        !string.IsNullOrWhiteSpace(text) && !IsNameField(TextKey.Of(text)) && !IsMoneyField(TextKey.Of(text))
        && Fields.Value.FormWords.Replace(PlaceholderValue().Replace(TextKey.Of(text), string.Empty), string.Empty).Count(TextKey.IsHan) >= 2;

    // A blank form's rows print the kinds of indicator where the values go ("效益指标 | 经济效益指标 | 社会效益指标 | 环境效益指标"):
    // a heading read into a target's place is no value filled in.
    private static bool IsFilled(Quantity? q) =>
        q is not null && (q.Value is not null || !string.IsNullOrWhiteSpace(q.Text) && !PlaceholderValue().IsMatch(q.Text)
            && !TextKey.Of(q.Text).EndsWith(IndicatorHeading, StringComparison.Ordinal));

    private const string IndicatorHeading = "指标";

    // A scoring sheet prints each row's weight (分值) and leaves 得分 empty. Rows with no figure at all are a report whose
    // host site stripped its figures: its indicators are still read.
    private static bool IsAnonymousWeightTable(ProjectDraft p) =>
        string.IsNullOrEmpty(p.Name) && string.IsNullOrEmpty(p.Department)
        && p.Indicators.Any(i => i.Source?.Table is not null && i.Weight is not null);

    [GeneratedRegex(@"[，,。；;！!？?]")]
    private static partial Regex Sentence();

    [GeneratedRegex(@"[*＊×Xx]{2}|…")]
    private static partial Regex PlaceholderValue();

    [GeneratedRegex(@"^(?=.*[1-9])\d+(?:\.\d+)?(?:万?元)?$")]
    private static partial Regex Amount();

    [GeneratedRegex(@"(?:[(（]万?元[)）])?$")]
    private static partial Regex MoneyUnit();
}
