using ReportMiner.Documents.Model;
using ReportMiner.Extraction.Pipeline;
using ReportMiner.Extraction.Records;

namespace ReportMiner.Extraction;

/// <summary>The extractor: an immutable, ordered list of rules run over one document.</summary>
public sealed class RuleBasedExtractor : IExtractor
{
    private readonly IReadOnlyList<IExtractionRule> _rules;

    internal RuleBasedExtractor(IReadOnlyList<IExtractionRule> rules) => _rules = rules;

    public static RuleBasedExtractor Default { get; } = DefaultExtractionRules.Builder().Build();

    public IReadOnlyList<IExtractionRule> Rules => _rules;

    public DocumentRecord Extract(Document document, string sha256)
    {
        var context = new ExtractionContext(document);
        foreach (var rule in _rules) rule.Apply(context);
        return FieldLimits.Apply(new DocumentRecord
        {
            File = Path.GetFileName(document.Path),
            Sha256 = sha256,
            Format = document.Format.ToName(),
            DocumentKind = context.DocumentKind,
            Projects = context.Projects.Select(p => p.ToRecord()).ToList(),
            Warnings = context.Warnings.ToList(),
        });
    }
}
