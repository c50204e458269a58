using ReportMiner.Extraction.Classification;
using ReportMiner.Extraction.Pipeline;

namespace ReportMiner.Extraction.Indicators;

/// <summary>Puts each indicator into a taxonomy category with the trained categorizer; uncertain names stay null.</summary>
public sealed class IndicatorCategoryRule : IExtractionRule
{
    public void Apply(ExtractionContext context)
    {
        foreach (var project in context.Projects)
            for (var i = 0; i < project.Indicators.Count; i++)
                if (project.Indicators[i].Category is null)
                    project.Indicators[i] = project.Indicators[i] with { Category = IndicatorCategorizer.Default.Categorize(project.Indicators[i].Name).Category };
    }
}
