namespace ReportMiner.Documents.Model;

/// <summary>Where a block or cell came from. Char offsets point into <see cref="Document.Text"/>.</summary>
public sealed record Provenance(
    int Page,
    int? Table = null,
    int? Row = null,
    int? Column = null,
    int CharOffset = 0,
    int CharLength = 0);
