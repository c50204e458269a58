using System.Text.RegularExpressions;

namespace ReportMiner.Parsing.Text;

/// <summary>
/// A web page's text writes a narrow form cell over two lines where the cell wrapped: "经济效益" / "指标", "一级" /
/// "指标", "项目完成" / "指标". Read as lines, the level label is lost (neither half is one) and the row it opens
/// ends early. A line that is only "指标" is the wrapped tail of the short cell above it (blank lines between
/// passed over) and is joined back onto it; the cell above must be a short word at the end of its line, as a
/// wrapped label's head is, not a sentence.
/// </summary>
internal static partial class WrappedLabelTails
{
    public static List<TextLine> Join(List<TextLine> lines)
    {
        List<TextLine>? joined = null;
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (!line.HasTab && Tail().IsMatch(line.Text))
            {
                var list = joined ??= lines.Take(i).ToList();
                var above = list.Count - 1;
                while (above >= 0 && list[above].IsBlank) above--;
                if (above >= 0 && list[above].Page == line.Page && !list[above].HasTab && Head().IsMatch(list[above].Text))
                {
                    list[above] = list[above] with { Text = list[above].Text.TrimEnd() + line.Text.Trim().Replace(" ", string.Empty) };
                    list.RemoveRange(above + 1, list.Count - above - 1);
                    continue;
                }
            }
            joined?.Add(line);
        }
        return joined ?? lines;
    }

    [GeneratedRegex(@"^[\s\u3000]*指[\s\u3000]*[标標][\s\u3000]*$")]
    private static partial Regex Tail();

    // The wrapped cell's head: two to six Chinese characters closing the line, on their own or after a gap or a cell bar.
    [GeneratedRegex(@"(?:^|[\s\u3000|｜])[\u4e00-\u9fa5]{2,6}[\s\u3000]*$")]
    private static partial Regex Head();
}
