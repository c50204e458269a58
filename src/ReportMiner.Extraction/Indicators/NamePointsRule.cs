using System.Globalization;
using System.Text.RegularExpressions;
using ReportMiner.Extraction.Pipeline;

namespace ReportMiner.Extraction.Indicators;

/// <summary>
/// An indicator name printed with its points ("群众满意度（10分）", "项目立项(满分2分)"), as scoring frameworks write each
/// criterion: the name without them, and the points as the indicator's weight where no 分值 column gave one — the way a
/// level cell's points are read ("产出指标（50分）").
/// </summary>
public sealed partial class NamePointsRule : IExtractionRule
{
    public void Apply(ExtractionContext context)
    {
        foreach (var project in context.Projects)
        {
            for (var k = 0; k < project.Indicators.Count; k++)
            {
                var indicator = project.Indicators[k];
                if (Split(indicator.Name) is not { } split) continue;
                project.Indicators[k] = indicator with { Name = split.Name, Weight = indicator.Weight ?? split.Points };
            }
        }
    }

    /// <summary>The name before its trailing points and the points, or null when the name ends in none.</summary>
    public static (string Name, double Points)? Split(string name)
    {
        var m = TrailingPoints().Match(name);
        if (!m.Success) return null;
        var rest = name[..m.Index].TrimEnd();
        // A cell that is only points ("（10分）") names nothing; the row's level takes such a cell, not this rule.
        if (rest.Count(c => c is >= '\u4e00' and <= '\u9fa5') < 2) return null;
        return (rest, double.Parse(m.Groups["points"].Value, CultureInfo.InvariantCulture));
    }

    [GeneratedRegex(@"\s*[(（]\s*(?:满分)?\s*(?<points>\d{1,3}(?:\.\d{1,2})?)\s*分\s*[)）]$")]
    private static partial Regex TrailingPoints();
}
