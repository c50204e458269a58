namespace ReportMiner.Parsing.Ocr;

/// <summary>
/// Each page's OCR time (<see cref="Abstractions.ParseLimits.OcrPageTimeout"/>), spent across the runs that read
/// it: rendering, and each tesseract run over the document's pages is charged to the page it was working on.
/// </summary>
public sealed class PageBudgets(TimeSpan perPage)
{
    private readonly Dictionary<int, TimeSpan> _spent = [];
    private readonly Lock _gate = new();

    public TimeSpan PerPage { get; } = perPage;

    public TimeSpan Remaining(int page)
    {
        lock (_gate) return PerPage - _spent.GetValueOrDefault(page);
    }

    public void Spend(int page, TimeSpan time)
    {
        lock (_gate) _spent[page] = _spent.GetValueOrDefault(page) + time;
    }
}
