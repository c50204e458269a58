namespace ReportMiner.Parsing.Word;

/// <summary>
/// Numbers pages from break markers. Word's own layout markers (lastRenderedPageBreak) are preferred when
/// the file has them; otherwise explicit page breaks are counted, which undercounts but never invents pages.
/// </summary>
internal sealed class PageTracker(bool useRenderedBreaks)
{
    public int Page { get; private set; } = 1;

    public bool UseRenderedBreaks { get; } = useRenderedBreaks;

    public void RenderedBreak()
    {
        if (UseRenderedBreaks) Page++;
    }

    public void ExplicitBreak()
    {
        if (!UseRenderedBreaks) Page++;
    }
}
