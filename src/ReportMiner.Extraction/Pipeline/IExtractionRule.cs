namespace ReportMiner.Extraction.Pipeline;

/// <summary>One step of the rule pipeline: reads the document and fills or corrects project drafts.</summary>
public interface IExtractionRule
{
    void Apply(ExtractionContext context);
}
