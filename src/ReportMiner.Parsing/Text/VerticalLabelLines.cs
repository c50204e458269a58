namespace ReportMiner.Parsing.Text;

/// <summary>
/// A narrow form cell whose label a web page wrote one character a line ("产" / "出" / "指" / "标 数量指标 …", "绩" / "效" /
/// "指" / "标"): read as lines, no label is left. A run of two or more lines of one Chinese character each is joined
/// back into the label it spells, onto the line after it when that line opens with the label's last characters, and
/// only when the whole is a framework level label or a header word; any other run (a page's 大 / 中 / 小 font sizes,
/// a column of 是) stays as it is.
/// </summary>
internal static class VerticalLabelLines
{
    private const int MinRun = 2;
    private const int LongestRun = 12;

    public static List<TextLine> Join(List<TextLine> lines)
    {
        List<TextLine>? joined = null;
        var i = 0;
        while (i < lines.Count)
        {
            var end = i;
            while (end < lines.Count && end - i < LongestRun && IsOneCharacter(lines[end]) && lines[end].Page == lines[i].Page) end++;
            if (end - i >= MinRun && Joined(lines, i, end) is { } found)
            {
                joined ??= lines.Take(i).ToList();
                joined.Add(found.Line);
                i = found.Next;
                continue;
            }
            joined?.Add(lines[i]);
            i++;
        }
        return joined ?? lines;
    }

    /// <summary>The joined line and the index after what it took, or null when the run spells no label.</summary>
    private static (TextLine Line, int Next)? Joined(List<TextLine> lines, int start, int end)
    {
        var run = string.Concat(lines.Skip(start).Take(end - start).Select(l => l.Text.Trim(' ', '\u3000')));
        if (end < lines.Count && !lines[end].HasTab && lines[end].Page == lines[start].Page)
        {
            var rest = lines[end].Text.TrimStart(' ', '\u3000');
            var head = rest.Split([' ', '\u3000'], 2)[0];
            if (head.Length > 0 && IsLabel(run + head)) return (lines[end] with { Text = run + rest }, end + 1);
        }
        return IsLabel(run) ? (lines[start] with { Text = run }, end) : null;
    }

    private static bool IsLabel(string text) =>
        FormWords.IsWholeLevelLabel(text) || FormWords.PhraseAt(text, 0)?.Text.Length == text.Length;

    private static bool IsOneCharacter(TextLine line)
    {
        if (line.HasTab) return false;
        var text = line.Text.Trim(' ', '\u3000');
        return text.Length == 1 && text[0] is >= '\u4e00' and <= '\u9fff';
    }
}
