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
internal static class GluedFormLines
{
    private const int LongestLine = 300;
    private const int MinHeaderCells = 3;
    private const int LongestHeaderTail = 4;
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
            if (!IsGlued(lines[i]) || HeaderCells(lines[i].Text.Trim()) is not { } header) continue;
            result ??= [.. lines];
            lastHeader = i;
            result[i] = lines[i] with { Text = string.Join('\t', header.Cells) };
            // The next glued header opens a table of its own.
            for (var k = i + 1; k < lines.Count && IsGlued(lines[k]) && HeaderCells(lines[k].Text.Trim()) is null; k++)
            {
                if (RowCells(lines[k].Text.Trim(), header.ColumnsAfterName) is { } cells) result[k] = lines[k] with { Text = string.Join('\t', cells) };
                // A row of text only ("满意度较高") cannot be cut; it stays as it is when a row follows it.
                else if (k + 1 >= lines.Count || !IsGlued(lines[k + 1]) || RowCells(lines[k + 1].Text.Trim(), header.ColumnsAfterName) is null) break;
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

    private static bool IsGlued(TextLine line)
    {
        var text = line.Text.Trim(' ', '\u3000');
        return text.Length is > 0 and <= LongestLine && !text.Any(c => char.IsWhiteSpace(c) || c is '\u3000' or '|' or '｜');
    }

    /// <summary>
    /// The cells of a line that is only header words, each a phrase with a short tail ("全年实际值(B)"), and how many
    /// columns follow the last one naming the indicator; null for any other line.
    /// </summary>
    private static (List<string> Cells, int ColumnsAfterName)? HeaderCells(string text)
    {
        var starts = new List<(int At, HeaderRole Role)>();
        for (var at = 0; at < text.Length;)
        {
            if (FormWords.PhraseAt(text, at) is { } phrase)
            {
                starts.Add((at, phrase.Role));
                at += phrase.Text.Length;
                continue;
            }
            if (starts.Count == 0 || at - starts[^1].At > LongestLevelLabel) return null;
            at++;
        }
        if (starts.Count < MinHeaderCells) return null;
        var cells = new List<string>(starts.Count);
        for (var k = 0; k < starts.Count; k++)
        {
            var end = k + 1 < starts.Count ? starts[k + 1].At : text.Length;
            var cell = text[starts[k].At..end];
            var phrase = FormWords.PhraseAt(text, starts[k].At)!.Value.Text;
            if (cell.Length - phrase.Length > LongestHeaderTail) return null;
            cells.Add(cell);
        }
        var lastName = starts.FindLastIndex(s => s.Role == HeaderRole.Name);
        if (lastName < 0 || !starts.Any(s => s.Role == HeaderRole.Level)) return null;
        return (cells, starts.Count - 1 - lastName);
    }

    /// <summary>
    /// A glued row cut into its level labels ("产出指标", "数量指标(10分)"), the name, and up to
    /// <paramref name="trailingColumns"/> figures at its end ("≥90%", "2370人"); null when nothing could be cut.
    /// </summary>
    private static List<string>? RowCells(string text, int trailingColumns)
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
        var figures = new List<string>();
        while (figures.Count < trailingColumns && FigureStart(rest) is { } start)
        {
            figures.Insert(0, rest[start..]);
            rest = rest[..start];
        }
        if (figures.Count == 0 && trailingColumns >= 2 && DoubledWordLength(rest) is { } word)
        {
            figures.AddRange([rest[^word..], rest[^word..]]);
            rest = rest[..^(2 * word)];
        }
        if (rest.Length > 0) cells.Add(rest);
        cells.AddRange(figures);
        return cells.Count >= 2 ? cells : null;
    }

    /// <summary>
    /// The length of a written value that ends the text twice, target and actual alike ("…销售量显著提高显著提高": 显著提高),
    /// the longest such word of two to eight characters with a name still before it; null when the text ends otherwise.
    /// The one-line glued reader of the extraction cuts doubled values the same way.
    /// </summary>
    internal static int? DoubledWordLength(string text)
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

    /// <summary>Where a figure that ends the text starts — a comparator, digits, then a percent sign or a unit of one
    /// or two characters — or null. Part of a date ("2021年12月") or an ordinal ("第3") is no figure.</summary>
    internal static int? FigureStart(string text)
    {
        var k = text.Length;
        if (k > 0 && text[k - 1] is '%' or '％' or '‰') k--;
        else
        {
            var unit = 0;
            while (unit < LongestUnit && k - unit - 1 >= 0 && IsHan(text[k - unit - 1])) unit++;
            while (unit > 0 && !(k - unit - 1 >= 0 && char.IsAsciiDigit(text[k - unit - 1]))) unit--;
            k -= unit;
        }
        var digitsEnd = k;
        while (k > 0 && (char.IsAsciiDigit(text[k - 1]) || (text[k - 1] == '.' && k - 2 >= 0 && char.IsAsciiDigit(text[k - 2]) && k < digitsEnd))) k--;
        if (k == digitsEnd || !char.IsAsciiDigit(text[k])) return null;
        if (k > 0 && text[k - 1] is '≥' or '≤' or '>' or '<' or '＞' or '＜' or '=' or '＝' or '≧' or '≦') k--;
        if (k > 0 && text[k - 1] is '第' or '.' or '-' or '/' or '年' or '月') return null;
        return k;
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
