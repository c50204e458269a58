namespace ReportMiner.Parsing.Layout;

/// <summary>A block in reading order: a paragraph or a table, starting on <see cref="Page"/>.</summary>
public abstract record LayoutBlock(int Page, double Top, double Bottom)
{
    /// <summary>The page the block ends on (later than <see cref="Page"/> when it was joined across a break).</summary>
    public int LastPage { get; init; } = Page;
}

/// <summary>Lines merged into one paragraph. <see cref="OpenEnded"/>: its last line runs to the right margin
/// without closing punctuation, so it may continue on the next page.</summary>
public sealed record ParagraphBlock(int Page, double Top, double Bottom, double Left, string Text, bool OpenEnded)
    : LayoutBlock(Page, Top, Bottom);

public sealed record TableBlock(GridTable Table) : LayoutBlock(Table.Page, Table.Top, Table.Bottom)
{
    /// <summary>Where the table lies on <see cref="LayoutBlock.LastPage"/>: its top and bottom there.</summary>
    public (double Top, double Bottom) OnLastPage { get; init; } = (Table.Top, Table.Bottom);
}
