namespace ReportMiner.Extraction.Pipeline;

/// <summary>Collects rules in the order they run; <see cref="Build"/> gives an immutable extractor.</summary>
public sealed class ExtractorPipelineBuilder
{
    private readonly List<IExtractionRule> _rules = [];

    public ExtractorPipelineBuilder Use(IExtractionRule rule)
    {
        _rules.Add(rule);
        return this;
    }

    public ExtractorPipelineBuilder Remove<TRule>() where TRule : IExtractionRule
    {
        _rules.RemoveAll(r => r is TRule);
        return this;
    }

    public RuleBasedExtractor Build() => new(_rules.ToArray());
}
