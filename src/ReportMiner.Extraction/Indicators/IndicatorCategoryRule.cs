using System.Globalization;
using ReportMiner.Extraction.Classification;
using ReportMiner.Extraction.Pipeline;

namespace ReportMiner.Extraction.Indicators;

/// <summary>
/// Puts each indicator into a taxonomy category with the trained categorizer. An unsure prediction is not a
/// guess: the category stays null and the project carries a warning naming the best guess and its probability.
/// Nor is a sure prediction for a name without the category's wording (<see cref="CategoryEvidence"/>).
/// </summary>
public sealed class IndicatorCategoryRule : IExtractionRule
{
    public void Apply(ExtractionContext context)
    {
        foreach (var project in context.Projects)
            for (var i = 0; i < project.Indicators.Count; i++)
            {
                var indicator = project.Indicators[i];
                if (indicator.Category is not null) continue;
                var prediction = IndicatorCategorizer.Default.Categorize(indicator.Name);
                var category = prediction.Category is { } c && CategoryEvidence.Shows(c, indicator.Name) ? c : null;
                project.Indicators[i] = indicator with { Category = category };
                if (prediction.Uncertain && prediction.TopClass is { } guess && guess != "other")
                    project.Warnings.Add(string.Create(CultureInfo.InvariantCulture,
                        $"indicator '{indicator.Name}': category unsure (best guess {guess}, p={prediction.Probability:0.00}); left empty"));
            }
    }
}
