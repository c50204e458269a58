namespace ReportMiner.Parsing.Text;

/// <summary>A stretch of a text file: a prose line, or a run of lines that forms a table.</summary>
internal abstract record TextSegment;

internal sealed record ProseSegment(TextLine Line) : TextSegment;

/// <summary>Lines forming one table; <see cref="IsForm"/> when cells sit one per line behind a leading tab.</summary>
internal sealed record TableSegment(IReadOnlyList<TextLine> Lines, bool IsForm) : TextSegment;
