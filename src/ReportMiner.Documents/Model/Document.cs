using System.Text.Json.Serialization;

namespace ReportMiner.Documents.Model;

/// <summary>
/// A parsed document: pages, and paragraphs and tables in reading order.
/// <see cref="Text"/> is the canonical plain text that provenance char offsets index into:
/// paragraphs as lines, table rows as tab-separated lines.
/// </summary>
public sealed record Document(
    string Path,
    FileFormat Format,
    IReadOnlyList<Page> Pages,
    IReadOnlyList<Block> Blocks,
    string Text)
{
    public IReadOnlyList<string> Warnings { get; init; } = [];

    [JsonIgnore]
    public IEnumerable<Table> Tables => Blocks.OfType<Table>();

    [JsonIgnore]
    public IEnumerable<Paragraph> Paragraphs => Blocks.OfType<Paragraph>();
}
