using ReportMiner.Documents.Model;
using ReportMiner.Extraction.Records;

namespace ReportMiner.Extraction.Pipeline;

/// <summary>
/// A paragraph or a table row in reading order, with simplified-script text for matching.
/// Rows keep their per-column texts (a spanned position repeats its cell) so labels can be read by position.
/// </summary>
public sealed record DocItem(int Index, int Page, string Text, Table? Table, int? Row, IReadOnlyList<string> Cells)
{
    public bool IsRow => Table is not null;

    public string Key => TextKey.Of(Text);

    public SourceRef Source(string? snippet = null) =>
        new(Page, Table?.Index, Row, Snippet.Of(snippet ?? Text));
}
