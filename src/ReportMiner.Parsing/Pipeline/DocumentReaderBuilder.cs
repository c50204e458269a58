using ReportMiner.Parsing.Abstractions;

namespace ReportMiner.Parsing.Pipeline;

/// <summary>Holds the ordered parsers and limits; <see cref="Build"/> gives an immutable <see cref="DocumentReader"/>.</summary>
public sealed class DocumentReaderBuilder
{
    private readonly List<IDocumentParser> _parsers = [];
    private ParseLimits _limits = ParseLimits.Default;

    public DocumentReaderBuilder Add(IDocumentParser parser)
    {
        _parsers.Add(parser);
        return this;
    }

    public DocumentReaderBuilder WithLimits(ParseLimits limits)
    {
        _limits = limits;
        return this;
    }

    public DocumentReader Build() => new(_parsers.ToArray(), _limits);
}
