using ReportMiner.Extraction.Pipeline;

namespace ReportMiner.Extraction.Genre;

/// <summary>
/// The document's own text (its items without the links to attached files), each genre's vocabulary score over the page
/// chrome and that text, the lines its own title stands on, and the genres a word or line of their own names.
/// </summary>
public sealed record GenreScoring(IReadOnlyList<DocItem> Content, IReadOnlyList<string> Lines, IReadOnlyList<string> Title,
    IReadOnlyDictionary<string, int> Scores, IReadOnlySet<string> Named)
{
    public static GenreScoring Of(ExtractionContext context)
    {
        var content = DocumentKindRule.Content(context);
        var lines = context.Chrome.Concat(content).Select(i => i.Key).ToList();
        var title = DocumentTitle.Lines(content);
        var (scores, named) = GenreVocabulary.Default.ScoreAndName(lines, title);
        return new GenreScoring(content, lines, title, scores, named);
    }
}
