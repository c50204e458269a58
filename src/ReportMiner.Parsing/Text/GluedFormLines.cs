using System.Text.RegularExpressions;
using ReportMiner.Parsing.Layout;

namespace ReportMiner.Parsing.Text;

/// <summary>
/// A web page's text where a form's table lost every separator but kept its row breaks: the header row reads
/// "绩效指标一级指标二级指标指标内容指标值", each row "产出指标数量指标学校改造覆盖率100%", and the identity block
/// "项目主管部门X局项目执行单位Y中心". Such a form is only recognised by a line that is nothing but indicator header
/// words (Data/header-phrases.tsv, three cells at least, one naming the indicator column). The lines after it are cut
/// into cells (leading level labels of the national framework, the name, and as many trailing figures as the header
/// has columns after the name) until a line does not read as a row or is a sentence; lines above the last such header
/// that open with a form label (Data/form-labels.tsv) are cut at the labels. Lines with any gap, tab or bar in them
/// are separated already and are left alone, and so is every text without a glued header.
/// </summary>
internal static partial class GluedFormLines
{
    private const int LongestLine = 300;
    private const int MinHeaderCells = 3;
    private const int LongestHeaderTail = 4;
    private const int LongestHeaderLead = 3;
    private const int MostBlankLines = 3;
    private const int LongestLevelLabel = 16;
    private const int MostLevelLabels = 3;
    private const int LongestUnit = 2;
    private const int LongestLabelValue = 60;
    private const int ShortestDoubledWord = 2;
    private const int LongestDoubledWord = 8;
    private const int ShortestNameBeforeValues = 2;

    public static List<TextLine> Split(List<TextLine> lines)
    {
        List<TextLine>? result = null;
        var lastHeader = -1;
        for (var i = 0; i < lines.Count; i++)
        {
            if (GluedHeader(lines[i]) is not { } header) continue;
            result ??= [.. lines];
            lastHeader = i;
            result[i] = lines[i] with { Text = string.Join('\t', header.Cells) };
            // The next glued header opens a table of its own.
            var headerAt = i;
            for (var k = i + 1; k < lines.Count; k++)
            {
                // Blank lines between rows (a page's empty rows, 时效指标 with no row of its own) go on to the row after them;
                // right under the header a blank line ends the table, as it did before rows were read past one: a page
                // that leaves a blank after every line (R547's score sheet) is the paragraph readers'.
                if (IsBlank(lines[k]))
                {
                    if (k == headerAt + 1 || !RowFollows(lines, k + 1, header)) break;
                    continue;
                }
                if (WithinWords(lines[k]) is not { } row || HeaderCells(row) is not null || IsTotalRow(row)) break;
                if (RowCells(row, header) is { } cells) result[k] = lines[k] with { Text = string.Join('\t', cells) };
                // A level label alone on its line (时效指标 over no row of its own, its rows left blank) is a row of the table.
                else if (IsLevelLabelAlone(row) && RowFollows(lines, k + 1, header)) result[k] = lines[k] with { Text = row + '\t' };
                // A row of text only ("满意度较高") cannot be cut; it stays as it is when a row follows it.
                else if (!RowFollows(lines, k + 1, header)) break;
                i = k;
            }
        }
        if (result is null) return lines;
        // A form's identity block stands above its indicator table; prose after the last table is left alone.
        for (var i = 0; i < lastHeader; i++)
            if (IsGlued(result[i]) && LabelCells(result[i].Text.Trim()) is { } cells)
                result[i] = result[i] with { Text = string.Join('\t', cells) };
        return result;
    }

    private static bool IsBlank(TextLine line) => string.IsNullOrWhiteSpace(line.Text);

    /// <summary>Whether a glued row stands at <paramref name="at"/>, past at most a few blank lines.</summary>
    private static bool RowFollows(List<TextLine> lines, int at, GluedHeaderCells header)
    {
        for (var k = at; k < lines.Count && k <= at + MostBlankLines; k++)
        {
            if (IsBlank(lines[k])) continue;
            if (WithinWords(lines[k]) is not { } row || HeaderCells(row) is not null) return false;
            if (IsLevelLabelAlone(row)) continue;
            return RowCells(row, header) is not null;
        }
        return false;
    }

    // The totals a form closes its indicator rows with (total-rows.tsv, the list IndicatorFooters reads): glued, their
    // figures ("合计100", "合计10095") show no column — points, score or both — so the line is left as written.
    private static bool IsTotalRow(string text) => FormWords.TotalRowWords.Any(t => text.StartsWith(t, StringComparison.Ordinal));

    private static bool IsLevelLabelAlone(string text) => FormWords.LevelLabelEnd(text, 0) == text.Length;

    private static bool IsGlued(TextLine line)
    {
        var text = line.Text.Trim(' ', '\u3000');
        return text.Length is > 0 and <= LongestLine && !text.Any(c => char.IsWhiteSpace(c) || c is '\u3000' or '|' or '｜');
    }

    /// <summary>
    /// A glued line's text without the spaces a cell wrapped in the source keeps inside its words ("绩 效 指 标",
    /// "年度 指标值", "产 出 指 标数量 指标", "成 品粮": R012, R040, R194, R312 print their cells so): a space with a
    /// figure's digit, a letter or a percent sign on either side parts cells ("50件 50件") and leaves the line unglued,
    /// as does a bar. Null for such a line.
    /// </summary>
    private static string? WithinWords(TextLine line) => Squeezed(line.Text.Trim(' ', '\u3000')) is { } squeezed ? squeezed.Text : null;

    // A full-width digit (１０≥１２０人次) is the digit the cuts read, as quantities (QuantityText) and OCR text read it.
    private static char AsciiDigit(char c) => c is >= '０' and <= '９' ? (char)('0' + (c - '０')) : c;

    private static (string Text, List<int> Positions)? Squeezed(string text)
    {
        if (text.Length is 0 or > LongestLine || text.Any(c => c is '|' or '｜' or '\t')) return null;
        var squeezed = new System.Text.StringBuilder(text.Length);
        var positions = new List<int>(text.Length);
        for (var at = 0; at < text.Length; at++)
        {
            if (!char.IsWhiteSpace(text[at])) { squeezed.Append(AsciiDigit(text[at])); positions.Add(at); continue; }
            var end = at;
            while (end < text.Length && char.IsWhiteSpace(text[end])) end++;
            if (at == 0 || end == text.Length || PartsCells(text[at - 1]) || PartsCells(text[end])) return null;
            at = end - 1;
        }
        return (squeezed.ToString(), positions);
    }

    private static bool PartsCells(char c) => char.IsAsciiLetterOrDigit(c) || c is '%' or '％' or '‰';

    /// <summary>
    /// The header of a glued line: its cells read without the spaces inside words, and most of its cells run into the
    /// one before them — a header written with a space between every cell ("一级指标 二级指标 三级指标") is a spaced
    /// one, the spaced readers' to cut.
    /// </summary>
    private static GluedHeaderCells? GluedHeader(TextLine line)
    {
        var text = line.Text.Trim(' ', '\u3000');
        if (Squeezed(text) is not { } read || HeaderCells(read.Text) is not { } header) return null;
        var (squeezed, positions) = read;
        var (glued, boundaries) = (0, 0);
        var at = squeezed.Length;
        for (var k = header.Cells.Count - 1; k > 0; k--)
        {
            at -= header.Cells[k].Length;
            boundaries++;
            if (!char.IsWhiteSpace(text[positions[at] - 1])) glued++;
        }
        return glued * 2 > boundaries ? header : null;
    }

    /// <param name="PointsAt">
    /// Where a 分值 column right before a 得分 column stands among the columns after the name (年度指标值 | 实际完成值 |
    /// 分值 | 得分: 2), or null: a row's points and score then glue into one run of digits after its actual.
    /// </param>
    /// <param name="PointsFirst">A 分值 column right after the name, before the values (三级指标 | 分值 | 年度指标值 | 全年实际值 | 得分).</param>
    /// <param name="ScoreAfter">A 得分 column after the values.</param>
    /// <param name="Tail">The columns after the name as `GluedRowTail` reads them, or null where it cannot.</param>
    private sealed record GluedHeaderCells(List<string> Cells, int ColumnsAfterName, int? PointsAt, bool PointsFirst, bool ScoreAfter,
        IReadOnlyList<GluedRowTail.Column>? Tail);

    /// <summary>
    /// The cells of a line that is only header words, each a phrase with a short tail ("全年实际值(B)") or a points note
    /// ("绩效指标(90分)"), and how many columns follow the last one naming the indicator; null for any other line. A
    /// side label with its points before the first header word ("年度绩效目标(80分)一级指标…", R014, R164, and
    /// "年度绩效目标 (80分)" of the self-evaluation forms R034, R216 print) spans every row and is no column of them.
    /// </summary>
    private static GluedHeaderCells? HeaderCells(string text)
    {
        var starts = new List<(int At, HeaderRole Role, string Column)>();
        var from = LeadLabel().Match(text) is { Success: true } lead && FormWords.PhraseAt(text, 0) is null ? lead.Length : 0;
        for (var at = from; at < text.Length;)
        {
            if (FormWords.PhraseAt(text, at) is { } phrase)
            {
                starts.Add((at, phrase.Role, phrase.Column));
                at += phrase.Text.Length;
                continue;
            }
            if (starts.Count == 0 || at - starts[^1].At > LongestLevelLabel) return null;
            at++;
        }
        if (starts.Count < MinHeaderCells) return null;
        // Two or three characters between a phrase and the next lead the next cell ("年度指标值全年完成值": 全年完成值;
        // "三级指标年初目标值(A)": 年初目标值(A)), as the extraction's one-paragraph reader cuts them; one is the tail of
        // the cell before ("值" of 全年实际值).
        var cellStarts = starts.Select(s => s.At).ToList();
        for (var k = 1; k < starts.Count; k++)
        {
            var phraseEnd = starts[k - 1].At + FormWords.PhraseAt(text, starts[k - 1].At)!.Value.Text.Length;
            if (starts[k].At - phraseEnd is >= 2 and <= LongestHeaderLead && text.AsSpan(phraseEnd, starts[k].At - phraseEnd).ToArray().All(IsHan))
                cellStarts[k] = phraseEnd;
        }
        var cells = new List<string>(starts.Count);
        for (var k = 0; k < starts.Count; k++)
        {
            var end = k + 1 < starts.Count ? cellStarts[k + 1] : text.Length;
            var cell = text[cellStarts[k]..end];
            var phrase = cell[..(starts[k].At - cellStarts[k])] + FormWords.PhraseAt(text, starts[k].At)!.Value.Text;
            var note = PointsNote().Match(cell) is { Success: true } points ? points.Length : 0;
            if (cell.Length - phrase.Length - note > LongestHeaderTail) return null;
            cells.Add(cell);
        }
        var lastName = starts.FindLastIndex(s => s.Role == HeaderRole.Name);
        if (lastName < 0 || !starts.Any(s => s.Role == HeaderRole.Level)) return null;
        var after = starts.Skip(lastName + 1).Select(s => s.Role).ToList();
        var pointsAt = after.Zip(after.Skip(1)).Select((p, k) => (p, k)).FirstOrDefault(x => x.p.First == HeaderRole.Weight && x.p.Second == HeaderRole.Score);
        return new GluedHeaderCells(cells, after.Count, pointsAt.p.First == HeaderRole.Weight ? pointsAt.k : null,
            after.Count >= 3 && after[0] == HeaderRole.Weight, after.Skip(1).Contains(HeaderRole.Score),
            GluedRowTail.Columns([.. starts.Skip(lastName + 1).Select(s => s.Column)]));
    }

    /// <summary>
    /// A glued row cut into its level labels ("产出指标", "数量指标(10分)"), the name, and up to as many figures at its
    /// end ("≥90%", "2370人") as the header has columns after the name; null when nothing could be cut.
    /// </summary>
    private static List<string>? RowCells(string text, GluedHeaderCells header)
    {
        // A sentence after the table ("产出指标全部完成。") is prose, however it opens.
        if (text.Contains('。')) return null;
        var cells = new List<string>();
        var at = 0;
        while (cells.Count < MostLevelLabels && FormWords.LevelLabelEnd(text, at) is { } end)
        {
            // A form has two level columns: a third label that repeats the second is that merged cell written again
            // ("产出指标数量指标数量指标福彩APP系统改版升级"), not a column; a level 1 said twice (满意度指标满意度指标) is both levels.
            if (cells.Count < 2 || cells[^1] != text[at..end]) cells.Add(text[at..end]);
            at = end;
        }
        var rest = text[at..];
        // Points and score cut from their run stand with the values before them for the row's figures: no more are taken.
        var split = PointsAndScoreRow(rest, header) ?? PointsBeforeDoubledFigure(rest, header) ?? DoubledWordAndPoints(rest, header);
        var figures = split ?? [];
        if (split is not null) rest = rest[..^split.Sum(f => f.Length)];
        else if (header.Tail is { } tail && GluedRowTail.Cut(rest, tail) is var (name, tailCells))
        {
            figures = tailCells;
            rest = name;
        }
        else
            while (figures.Count < header.ColumnsAfterName && FigureStart(rest) is { } start)
            {
                figures.Insert(0, rest[start..]);
                rest = rest[..start];
            }
        if (figures.Count == 0 && header.ColumnsAfterName >= 2 && DoubledWordLength(rest) is { } word)
        {
            figures.AddRange([rest[^word..], rest[^word..]]);
            rest = rest[..^(2 * word)];
        }
        if (rest.Length > 0) cells.Add(rest);
        cells.AddRange(figures);
        return cells.Count >= 2 ? cells : null;
    }

    /// <summary>
    /// The figures that end a row under a header whose 分值 and 得分 follow its values, where the two glued into one run
    /// of digits ("预算执行率100%83.5%2018": 20 points, 18 scored; "…50件50件2020"; R040, R194, R312): taken only when
    /// every value before the run ends in its unit, so the run holds the points and score alone, and one cut alone
    /// reads as points no more than 100 and a score no more than the points. Null otherwise (an actual without a unit
    /// glued to the points, "=8个888", is left as it is).
    /// </summary>
    private static List<string>? PointsAndScoreRow(string text, GluedHeaderCells header)
    {
        if (header.PointsAt is not ({ } values and > 0) || FigureStart(text) is not { } runAt || !text[runAt..].All(char.IsAsciiDigit)
            || PointsScoreRuns.Cut(text[runAt..]) is not var (points, score)) return null;
        var figures = new List<string>();
        var rest = text[..runAt];
        while (figures.Count < values && FigureStart(rest) is { } start && !char.IsAsciiDigit(rest[^1]))
        {
            figures.Insert(0, rest[start..]);
            rest = rest[..start];
        }
        return figures.Count == values && rest.Length > 0 ? [.. figures, points, score] : null;
    }

    /// <summary>
    /// The figures that end a row under a header whose 分值 stands before the values, where the row's target and actual
    /// are one figure said twice and its points glued before them ("免费发放原原种8550万粒550万粒8": 8 points, 550万粒
    /// twice, scored 8; R090's, R012's and R194's forms, the cut `GluedIndicatorRows` makes in one paragraph): the repeat
    /// marks where the target starts, so the digits before it are the points — no more than 100 — and digits after the
    /// actual no more than them its score. Null when the row ends otherwise.
    /// </summary>
    private static List<string>? PointsBeforeDoubledFigure(string text, GluedHeaderCells header)
    {
        if (!header.PointsFirst) return null;
        var end = text.Length;
        while (end > 0 && char.IsAsciiDigit(text[end - 1])) end--;
        var score = text[end..];
        if (score.Length > 0 && (!header.ScoreAfter || score.Length > 3 || score[0] == '0' && score.Length > 1)) return null;
        var body = text[..end];
        if (body.Length == 0 || char.IsAsciiDigit(body[^1]) || FigureStart(body) is not { } actualAt || !char.IsAsciiDigit(body[actualAt])) return null;
        var actual = body[actualAt..];
        var before = body[..actualAt];
        if (!before.EndsWith(actual, StringComparison.Ordinal)) return null;
        var targetAt = before.Length - actual.Length;
        var compared = targetAt > 0 && before[targetAt - 1] is '≥' or '≤' or '>' or '<' or '＞' or '＜' or '=' or '＝' or '≧' or '≦';
        if (compared) targetAt--;
        var pointsAt = targetAt;
        while (pointsAt > 0 && char.IsAsciiDigit(before[pointsAt - 1])) pointsAt--;
        var points = before[pointsAt..targetAt];
        if (pointsAt == 0 || !PointsScoreRuns.IsWholePoints(points) || before[pointsAt - 1] == '.') return null;
        var s = score.Length > 0 ? int.Parse(score, System.Globalization.CultureInfo.InvariantCulture) : 0;
        if (s > int.Parse(points, System.Globalization.CultureInfo.InvariantCulture)) return null;
        // A suffix said again is no proof the target is the actual: "510%0%5" reads as 51 points with 0% twice and as
        // 5 points, 10% aimed, 0% reached. With no comparator between them, points whose later digits could open the
        // target and whose shorter head still holds the score mark no one cut ("10100%100%10" keeps its cut: 0100% is no figure).
        if (!compared && PointsScoreRuns.ShorterHeadHoldsScore(points, s)) return null;
        return score.Length > 0 ? [points, before[targetAt..], actual, score] : [points, before[targetAt..], actual];
    }

    /// <summary>
    /// The figures that end a row whose target and actual are one written value said twice and whose points, or points
    /// and score, follow it ("…服装质量等合格合格2020": 合格 twice, 20 points, 20 scored; "…文件要求符合相关文件要求5";
    /// R058's, R194's and R756's .raw.txt glue them so): the digits are cut as `PointsAndScoreRow` cuts them under 分值
    /// right before 得分, and stand whole where one column follows the values. Null when the row ends otherwise.
    /// </summary>
    private static List<string>? DoubledWordAndPoints(string text, GluedHeaderCells header)
    {
        if (header.ColumnsAfterName < 3) return null;
        var end = text.Length;
        while (end > 0 && char.IsAsciiDigit(text[end - 1])) end--;
        var run = text[end..];
        if (run.Length == 0 || end == 0 || !IsHan(text[end - 1]) || DoubledWordLength(text[..end]) is not { } word) return null;
        var value = text[(end - word)..end];
        if (header.PointsAt is not null)
            return PointsScoreRuns.Cut(run) is var (points, score) ? [value, value, points, score] : null;
        return PointsScoreRuns.IsWholePoints(run) ? [value, value, run] : null;
    }

    [GeneratedRegex(@"^\p{IsCJKUnifiedIdeographs}{2,10}[(（]\d{1,3}分[)）]")]
    private static partial Regex LeadLabel();

    [GeneratedRegex(@"[(（]\d{1,3}分[)）]$")]
    private static partial Regex PointsNote();

    /// <summary>
    /// The length of a written value that ends the text twice, target and actual alike ("…销售量显著提高显著提高": 显著提高),
    /// the longest such word of two to eight characters with a name still before it, or a one-character value of the
    /// form's list (是是, 高高); null when the text ends otherwise.
    /// The one-line glued reader of the extraction cuts doubled values the same way.
    /// </summary>
    internal static int? DoubledWordLength(string text)
    {
        if (LongerDoubledWord(text) is { } longer) return longer;
        // A one-character value said twice ("…价格不高于市场价是是", "…安全性高高": R012, R090, R138 glue them so) is read
        // only from the form's list of such values, and not out of a run of three, for a name may end in a doubled character.
        return text.Length >= ShortestNameBeforeValues + 2 && FormWords.OneCharacterValues.Contains(text[^1]) && text[^2] == text[^1]
               && text[^3] != text[^1] ? 1 : null;
    }

    private static int? LongerDoubledWord(string text)
    {
        for (var length = Math.Min(LongestDoubledWord, (text.Length - ShortestNameBeforeValues) / 2); length >= ShortestDoubledWord; length--)
        {
            var tail = text[^length..];
            // "指标指标" is two slots' words, not a value.
            if (text.AsSpan(text.Length - 2 * length, length).SequenceEqual(tail) && !tail.Contains("指标", StringComparison.Ordinal)
                && !char.IsAsciiDigit(tail[0])) return length;
        }
        return null;
    }

    /// <summary>Where a figure that ends the text starts — a comparator, digits, then a percent sign, a unit of one
    /// or two characters or a rate's unit ("470人/天", "5元/亩") — or null. Part of a date ("2021年12月") or an ordinal
    /// ("第3") is no figure.</summary>
    internal static int? FigureStart(string text)
    {
        var k = text.Length;
        if (k > 0 && text[k - 1] is '%' or '％' or '‰') k--;
        else k -= RateUnitLength(text) ?? HanUnitLength(text, k);
        var digitsEnd = k;
        while (k > 0 && (char.IsAsciiDigit(text[k - 1]) || (text[k - 1] == '.' && k - 2 >= 0 && char.IsAsciiDigit(text[k - 2]) && k < digitsEnd))) k--;
        if (k == digitsEnd || !char.IsAsciiDigit(text[k])) return null;
        if (k > 0 && text[k - 1] is '≥' or '≤' or '>' or '<' or '＞' or '＜' or '=' or '＝' or '≧' or '≦') k--;
        // ">=" and "<=" (R088, R202, R340 print them): one comparator, not a name ending in ">".
        if (k > 0 && text[k] is '=' or '＝' && text[k - 1] is '>' or '<' or '＞' or '＜') k--;
        if (k > 0 && text[k - 1] is '第' or '.' or '-' or '/' or '年' or '月') return null;
        return k;
    }

    /// <summary>How many of the Han characters ending the text at <paramref name="end"/>, one or two, are a unit after a digit.</summary>
    private static int HanUnitLength(string text, int end)
    {
        var unit = 0;
        while (unit < LongestUnit && end - unit - 1 >= 0 && IsHan(text[end - unit - 1])) unit++;
        while (unit > 0 && !(end - unit - 1 >= 0 && char.IsAsciiDigit(text[end - unit - 1]))) unit--;
        return unit;
    }

    /// <summary>
    /// The length of a rate's unit that ends the text after a digit ("人/天", "元/亩", "万元/年": R216, R288, R340,
    /// R398, R554, R566 print values so), or null when the text ends otherwise.
    /// </summary>
    private static int? RateUnitLength(string text)
    {
        var per = 0;
        while (per <= LongestUnit && per < text.Length && IsHan(text[^(per + 1)])) per++;
        var slash = text.Length - per - 1;
        if (per is 0 or > LongestUnit || slash < 1 || text[slash] is not ('/' or '／')) return null;
        var unit = HanUnitLength(text, slash);
        return unit > 0 ? per + 1 + unit : null;
    }

    /// <summary>The cells of a line that opens with a form label, cut at each label ("项目名称", "X", "主管部门", "Y"), or
    /// null when it is no such line (a label with nothing after it, a value that is a sentence).</summary>
    private static List<string>? LabelCells(string text)
    {
        if (text.Contains(':') || text.Contains('：')) return null;
        var labels = new List<(int At, int End)>();
        for (var at = 0; at < text.Length;)
        {
            if (FormWords.FormLabelAt(text, at) is { } label)
            {
                labels.Add((at, at + label.Length));
                at += label.Length;
            }
            else at++;
        }
        if (labels.Count == 0 || labels[0].At != 0) return null;
        var cells = new List<string>();
        for (var k = 0; k < labels.Count; k++)
        {
            var end = k + 1 < labels.Count ? labels[k + 1].At : text.Length;
            var value = text[labels[k].End..end];
            if (value.Length is 0 or > LongestLabelValue || value.Contains('。') || value[0] is '、' or '，' or ',' or '；' or ';' or '和' or '及' or '与' or '等') return null;
            cells.Add(text[labels[k].At..labels[k].End]);
            cells.Add(value);
        }
        return cells;
    }

    internal static bool IsHan(char c) => CjkText.IsHan(c);
}
