namespace ReportMiner.Parsing.Layout;

/// <summary>A block of a page in reading order: a paragraph or a table.</summary>
public abstract record LayoutBlock(int Page, double Top, double Bottom);

/// <summary>Lines merged into one paragraph. <see cref="OpenEnded"/>: its last line runs to the right margin
/// without closing punctuation, so it may continue on the next page.</summary>
public sealed record ParagraphBlock(int Page, double Top, double Bottom, double Left, string Text, bool OpenEnded)
    : LayoutBlock(Page, Top, Bottom);

/// <summary>A table; <see cref="Continued"/> marks the part of a table that began on an earlier page.</summary>
public sealed record TableBlock(GridTable Table, bool Continued = false) : LayoutBlock(Table.Page, Table.Top, Table.Bottom);
