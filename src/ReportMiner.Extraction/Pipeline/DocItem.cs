using ReportMiner.Documents.Model;
using ReportMiner.Extraction.Records;

namespace ReportMiner.Extraction.Pipeline;

/// <summary>
/// A paragraph or a table row in reading order, with simplified-script text for matching.
/// Rows keep their per-column texts (a spanned position repeats its cell) so labels can be read by position.
/// </summary>
public sealed record DocItem(int Index, int Page, string Text, Table? Table, int? Row, IReadOnlyList<string> Cells)
{
    /// <summary>The text as written, for snippets; same length and positions as <see cref="Text"/> when the script mapping is one-to-one.</summary>
    public string Original { get; init; } = Text;

    /// <summary>The sentence around a position of <see cref="Text"/>, quoted as written.</summary>
    public string SentenceAt(int index) => Snippet.Around(Original.Length == Text.Length ? Original : Text, index);

    public bool IsRow => Table is not null;

    /// <summary>A row cut out of a paragraph that wrote a table's cells with spaces: its source is the paragraph.</summary>
    public bool FromParagraph { get; init; }

    public string Key => key.Of(Text);

    private KeyCache key;

    /// <summary>The source of the sentence that holds <paramref name="piece"/> where it first stands in <see cref="Text"/>
    /// (the sentence at the start when it stands nowhere).</summary>
    public SourceRef SourceOf(string piece) => Source(SentenceAt(Math.Max(0, Text.IndexOf(piece, StringComparison.Ordinal))));

    public SourceRef Source(string? snippet = null) =>
        FromParagraph ? new(Page, null, null, Snippet.Of(snippet ?? Original)) : new(Page, Table?.Index, Row, Snippet.Of(snippet ?? Original));
}
