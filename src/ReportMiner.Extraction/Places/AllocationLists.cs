using System.Text;
using System.Text.RegularExpressions;

namespace ReportMiner.Extraction.Places;

/// <summary>
/// A report of a province or city shares its funds out among the places below it in one sentence ("其中:南宁市610万元、
/// 柳州市1080万元", "其中,磴口县5079.16万元;杭锦后旗4035.12万元", "分配至无为市93万元,南陵县52万元"; read R036, R755, R434):
/// the listed places receive the money, the report is about the place above them. Each place of such a list is read as
/// its parent; a list of places under different parents (provinces in a national report) names none of them.
/// </summary>
internal static partial class AllocationLists
{
    /// <summary>The text (simplified script) with each place of a list of two or more place-and-amount items replaced by its parent.</summary>
    public static string AsParents(string text)
    {
        if (!text.Contains('元', StringComparison.Ordinal)) return text;
        var lines = Gazetteer.Normalized(text).Split('\n');
        for (var l = 0; l < lines.Length; l++) lines[l] = LineAsParents(lines[l]);
        return string.Join('\n', lines);
    }

    private static string LineAsParents(string line)
    {
        var spans = Gazetteer.Default.Spans(line);
        var listed = spans.Where(m => Amount().IsMatch(line.AsSpan(m.Start + m.Length))).ToList();
        if (listed.Count < 2) return line;
        var result = new StringBuilder(line.Length);
        var at = 0;
        foreach (var (start, length, places) in listed)
        {
            result.Append(line, at, start - at);
            var parent = places[0].Parent;
            if (parent is not null && places.All(p => ReferenceEquals(p.Parent, parent))) result.Append(parent.Name);
            at = start + length;
        }
        return result.Append(line, at, line.Length - at).ToString();
    }

    [GeneratedRegex(@"^[:：]?\s*\d[\d.,]*\s*(?:万元|亿元|元)")]
    private static partial Regex Amount();
}
