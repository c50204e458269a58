using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace ReportMiner.Extraction.Projects;

/// <summary>
/// A form's identity block that a document site or PDF dump ran onto one line ("项目名称X主管部门及代码Y实施单位Z",
/// "部门(单位)名称 X 部门预算编码 Y"): cut at the form's labels, each value running to the next label. Two labels
/// at least, the first near the line's start, are the evidence that the line is a form and not prose that names
/// a label ("包括项目名称、主管部门等信息" has no value between them).
/// </summary>
public static partial class RunTogetherFields
{
    private const int MaxLeadIn = 40;
    private const int MaxValueLength = 60;

    private static readonly FrozenDictionary<char, string[]> LabelsByFirst = BuildLabels();

    /// <summary>(label, value) pairs of a line's key, in order; empty when the line is not a run-together form.</summary>
    public static IReadOnlyList<(string Label, string Value)> Split(string key)
    {
        var matches = Labels(key);
        if (matches.Count < 2 || matches[0].Index > MaxLeadIn) return [];
        var result = new List<(string, string)>();
        for (var k = 0; k < matches.Count; k++)
        {
            var start = matches[k].Index + matches[k].Value.Length;
            var end = k + 1 < matches.Count ? matches[k + 1].Index : key.Length;
            var value = key[start..end].TrimStart(':', '：');
            // A gap that opens with a list mark shows the line is prose naming the labels.
            if (Punctuation().IsMatch(value)) return [];
            if (value.Length is 0 or > MaxValueLength || value.Contains('。')) continue;
            result.Add((matches[k].Value, value));
        }
        return result;
    }

    /// <summary>
    /// Where the next form's identity block starts in a line that a document site ran on after the end of the form
    /// before ("…总分10098项目名称X主管部门Y实施单位Z…": R194, R266 in .raw.txt): in a line that does not open with a
    /// form label, a project-name label and two labels after it, each with a short value between. The index in the
    /// key, or -1.
    /// </summary>
    public static int NextFormStart(string key)
    {
        var matches = Labels(key);
        // A line that opens as a form is one identity block however far its labels run (R332's cover: 部门(单位)名称 …
        // 项目名称 … 报告日期).
        if (matches.Count == 0 || matches[0].Index <= MaxLeadIn) return -1;
        for (var k = 0; k + BlockLabels - 1 < matches.Count; k++)
        {
            if (!ProjectSegmentationRule.IsProjectNameLabel(matches[k].Value)) continue;
            var filled = true;
            for (var j = k; j < k + BlockLabels - 1 && filled; j++)
            {
                var gap = key[(matches[j].Index + matches[j].Value.Length)..matches[j + 1].Index].TrimStart(':', '：');
                filled = gap.Length is > 0 and <= MaxValueLength && !gap.Contains('。') && !Punctuation().IsMatch(gap);
            }
            if (filled) return matches[k].Index;
        }
        return -1;
    }

    private const int BlockLabels = 3;

    /// <summary>
    /// Where the last form label that ends inside text[from..to) ends, or -1: "主管部门银川市教育局" read as prose holds
    /// the label its cell lost the separator from.
    /// </summary>
    public static int LastLabelEnd(string text, int from, int to)
    {
        var end = -1;
        foreach (var (index, label) in Labels(text[..to], Math.Max(0, from - MaxLabelLength)))
            if (index + label.Length > from && index + label.Length < to) end = index + label.Length;
        return end;
    }

    private static readonly int MaxLabelLength = EmbeddedData.Lines("Projects.Data.form-labels.tsv").Max(l => l.Trim().Length);

    [GeneratedRegex("^[、，,；;]")]
    private static partial Regex Punctuation();

    // The form labels in the text from start on, left to right and not overlapping, the longest where several begin at
    // one place: what an alternation of the labels, longest first, matches, without a regex (NativeAOT interprets one
    // built at run time).
    private static List<(int Index, string Value)> Labels(string text, int start = 0)
    {
        var found = new List<(int, string)>();
        for (var i = start; i < text.Length;)
        {
            var label = LongestAt(text, i);
            if (label is null) { i++; continue; }
            found.Add((i, label));
            i += label.Length;
        }
        return found;
    }

    private static string? LongestAt(string text, int i)
    {
        if (!LabelsByFirst.TryGetValue(text[i], out var labels)) return null;
        foreach (var label in labels)
            if (text.AsSpan(i).StartsWith(label, StringComparison.Ordinal)) return label;
        return null;
    }

    private static FrozenDictionary<char, string[]> BuildLabels() =>
        EmbeddedData.Lines("Projects.Data.form-labels.tsv")
            .Select(l => Pipeline.TextKey.Of(l.Trim())).Where(l => l.Length > 0)
            .GroupBy(l => l[0]).ToFrozenDictionary(g => g.Key, g => g.OrderByDescending(l => l.Length).ToArray());
}
