using System.Text.RegularExpressions;

namespace ReportMiner.Extraction.Projects;

/// <summary>How a unit's name ends (局, 中心, 政府, 学校 …), and which of those endings are a government office's.</summary>
internal static class UnitEndings
{
    private static readonly (string Ending, bool Office)[] Endings = EmbeddedData.Lines("Projects.Data.unit-endings.tsv")
        .Select(l => l.Split('\t'))
        .Select(f => (Ending: f[0].Trim(), Office: f.Length > 1 && f[1].Trim() == "office"))
        .Where(e => e.Ending.Length > 0)
        .ToArray();

    /// <summary>Every ending as a regular-expression alternation, in the data's order.</summary>
    public static readonly string Alternation = string.Join("|", Endings.Select(e => Regex.Escape(e.Ending)));

    /// <summary>The endings of a government office's name as a regular-expression alternation.</summary>
    public static readonly string OfficeAlternation = string.Join("|", Endings.Where(e => e.Office).Select(e => Regex.Escape(e.Ending)));

    private static readonly Regex UnitName = new("(" + Alternation + ")$");

    private static readonly Regex OfficeName = new("(" + OfficeAlternation + ")$");

    /// <summary>Whether the text ends the way a unit's name does.</summary>
    public static bool EndsUnitName(string text) => UnitName.IsMatch(text);

    /// <summary>Whether the text ends the way a government office's name does (局, 办公室, 指挥部 …).</summary>
    public static bool EndsOfficeName(string text) => OfficeName.IsMatch(text);
}
