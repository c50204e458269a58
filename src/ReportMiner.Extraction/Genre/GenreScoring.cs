using ReportMiner.Extraction.Pipeline;

namespace ReportMiner.Extraction.Genre;

/// <summary>
/// Each genre's vocabulary score over the page chrome and the document's own text (attachment links left out), and the
/// genres a word or line of their own names.
/// </summary>
public sealed record GenreScoring(IReadOnlyList<string> Lines, IReadOnlyDictionary<string, int> Scores, IReadOnlySet<string> Named)
{
    public static GenreScoring Of(ExtractionContext context)
    {
        var lines = context.Chrome.Concat(DocumentKindRule.Content(context)).Select(i => i.Key).ToList();
        var (scores, named) = GenreVocabulary.Default.ScoreAndName(lines);
        return new GenreScoring(lines, scores, named);
    }
}
