namespace ReportMiner.Parsing.Ocr;

/// <summary>
/// Each page's OCR time (<see cref="Abstractions.ParseLimits.OcrPageTimeout"/>), spent across the runs that read
/// it: rendering, and each tesseract run over the document's pages is charged to the page it was working on.
/// A page that runs out gets one more budget of the same size (<see cref="Renew"/>): on a loaded machine a page
/// read in time on a second try is worth more than the time, and a page that overruns twice is not retried again.
/// </summary>
public sealed class PageBudgets(TimeSpan perPage)
{
    private readonly Dictionary<int, TimeSpan> _spent = [];
    private readonly HashSet<int> _renewed = [];
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

    /// <summary>Gives the page one more <see cref="PerPage"/> the first time it is asked for; false after that.</summary>
    public bool Renew(int page)
    {
        lock (_gate)
        {
            if (!_renewed.Add(page)) return false;
            _spent[page] = _spent.GetValueOrDefault(page) - PerPage;
            return true;
        }
    }

    /// <summary>Whether the page has had its second budget.</summary>
    public bool Renewed(int page)
    {
        lock (_gate) return _renewed.Contains(page);
    }
}
