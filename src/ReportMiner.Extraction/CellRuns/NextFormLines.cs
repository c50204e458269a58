using ReportMiner.Extraction.Pipeline;
using ReportMiner.Extraction.Projects;

namespace ReportMiner.Extraction.CellRuns;

/// <summary>
/// A document site that joined a page's forms into a few long lines runs the next form's identity block on right
/// after the last rows of the form before ("…满意度95%96%1010总分10099项目名称X主管部门Y实施单位Z项目资金…": R194,
/// R266 in .raw.txt). The line is cut where that block starts, so the next form's name, money and rows stand
/// apart from the rows of the form before and open a project of their own.
/// </summary>
internal static class NextFormLines
{
    public static IReadOnlyList<DocItem> Split(IReadOnlyList<DocItem> items)
    {
        List<DocItem>? result = null;
        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i];
            // The written text keeps the simplified text's positions when the script mapping is one-to-one.
            if (!item.IsRow && item.Original.Length == item.Text.Length && CutAt(item.Text) is > 0 and var cut)
            {
                result ??= items.Take(i).ToList();
                result.Add(item with { Text = item.Text[..cut].TrimEnd(), Original = item.Original[..cut].TrimEnd() });
                result.Add(item with { Text = item.Text[cut..], Original = item.Original[cut..] });
                continue;
            }
            result?.Add(item);
        }
        return result ?? items;
    }

    /// <summary>The block's start as an index in the text, counted over the characters its key keeps; -1 without one.</summary>
    private static int CutAt(string text)
    {
        // Keys drop whitespace only once the text is simplified without changing its length; otherwise no mapping back.
        if (TextKey.Simplify(text).Length != text.Length) return -1;
        var start = RunTogetherFields.NextFormStart(TextKey.Of(text));
        if (start < 0) return -1;
        var kept = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsWhiteSpace(text[i])) continue;
            if (kept++ == start) return i;
        }
        return -1;
    }
}
