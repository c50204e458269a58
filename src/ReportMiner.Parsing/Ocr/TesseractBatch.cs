using System.Diagnostics;
using System.Globalization;
using ReportMiner.Parsing.Abstractions;
using ReportMiner.Parsing.Processes;

namespace ReportMiner.Parsing.Ocr;

/// <summary>
/// Reads the images of several pages in one tesseract run, so the language models load once per document instead
/// of once per page. Tesseract writes each image's TSV as soon as it has read it, so the run is watched page by
/// page: a page that takes longer than its budget stops the run, that page alone gets the timeout, and the pages
/// after it are read in a new run. A run that fails costs the page it was reading in the same way. The page that
/// stopped a run is read once more with a second budget (<see cref="PageBudgets.Renew"/>) before it is given up.
/// </summary>
public static class TesseractBatch
{
    /// <summary>The images of one page (tiles, bands) in the order they are read.</summary>
    public sealed record PageImages(int Page, IReadOnlyList<string> Images);

    /// <summary>A page's words per image (TsvWord.Page is the image's 1-based index in the page's list), or its error.</summary>
    public sealed record Outcome(IReadOnlyList<IReadOnlyList<TsvWord>>? Words, DocumentParseException? Error);

    /// <param name="retry">False for a run whose failure costs no text (a trial): a page that stops it is not read again
    /// and does not spend its second budget.</param>
    public static IReadOnlyDictionary<int, Outcome> Run(IReadOnlyList<PageImages> pages, int? dpi, OcrOptions options,
        string forFile, PageBudgets budgets, string listFolder, Action<int>? pageStarted, CancellationToken cancellationToken,
        bool retry = true)
    {
        var outcomes = new Dictionary<int, Outcome>();
        var pending = pages.Where(p => p.Images.Count > 0).ToList();
        foreach (var empty in pages.Where(p => p.Images.Count == 0)) outcomes[empty.Page] = new Outcome([], null);
        for (var attempt = 0; pending.Count > 0; attempt++)
        {
            var (done, failure, words) = RunOnce(pending, dpi, options, forFile, budgets, listFolder, attempt, pageStarted, cancellationToken);
            var first = 0;
            for (var i = 0; i < done; i++)
            {
                outcomes[pending[i].Page] = new Outcome(Enumerable.Range(first, pending[i].Images.Count)
                    .Select(image => (IReadOnlyList<TsvWord>)(words.GetValueOrDefault(image + 1) ?? [])
                        .Select(w => w with { Page = image - first + 1 }).ToList())
                    .ToList(), null);
                first += pending[i].Images.Count;
            }
            if (failure is null) break;
            cancellationToken.ThrowIfCancellationRequested();
            if (retry && budgets.Renew(pending[done].Page))
            {
                pending = pending.Skip(done).ToList();
                continue;
            }
            outcomes[pending[done].Page] = new Outcome(null, !retry ? failure : new DocumentParseException(failure.Kind, failure.FilePath,
                failure.Problem + " It failed on a second try too.", failure.Advice));
            pending = pending.Skip(done + 1).ToList();
        }
        return outcomes;
    }

    /// <summary>One tesseract run over the pending pages: how many pages it finished, why it stopped early, and the words by image.</summary>
    private static (int Done, DocumentParseException? Failure, Dictionary<int, List<TsvWord>> Words) RunOnce(
        IReadOnlyList<PageImages> pending, int? dpi, OcrOptions options, string forFile, PageBudgets budgets, string listFolder,
        int attempt, Action<int>? pageStarted, CancellationToken cancellationToken)
    {
        var images = pending.SelectMany(p => p.Images).ToList();
        var lastImage = new List<int>();
        foreach (var page in pending) lastImage.Add((lastImage.Count == 0 ? 0 : lastImage[^1]) + page.Images.Count);
        var input = images[0];
        if (images.Count > 1)
        {
            input = Path.Combine(listFolder, $"list{attempt.ToString(CultureInfo.InvariantCulture)}.txt");
            File.WriteAllLines(input, images);
        }

        var lines = new List<string>();
        var gate = new Lock();
        var done = 0;
        var overran = false;
        var clock = Stopwatch.StartNew();
        var pageStart = TimeSpan.Zero;
        using var stall = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        void Start(int index)
        {
            pageStarted?.Invoke(pending[index].Page);
            stall.CancelAfter(Max(budgets.Remaining(pending[index].Page), TimeSpan.FromMilliseconds(1)));
        }
        void OnLine(string line)
        {
            lock (gate)
            {
                lines.Add(line);
                if (overran || ImageFinished(line) is not { } image) return;
                // The stall timer may fire late on a busy machine; a page whose images arrive after its budget
                // is over has still overrun it, whatever the timer did.
                if (done < pending.Count && clock.Elapsed - pageStart > budgets.Remaining(pending[done].Page))
                {
                    overran = true;
                    stall.Cancel();
                    return;
                }
                while (done < pending.Count && image >= lastImage[done])
                {
                    budgets.Spend(pending[done].Page, clock.Elapsed - pageStart);
                    pageStart = clock.Elapsed;
                    if (++done < pending.Count) Start(done);
                }
            }
        }

        Start(0);
        var total = pending.Aggregate(TimeSpan.Zero, (sum, p) => sum + Max(budgets.Remaining(p.Page), TimeSpan.Zero));
        var stopped = false;
        ToolRunResult? result = null;
        try
        {
            result = TesseractRunner.Run(input, dpi, options, forFile, Max(total, TimeSpan.FromSeconds(1)), stall.Token, OnLine);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            stopped = true;
        }
        catch (DocumentParseException e) when (e.Kind == ParseErrorKind.Timeout)
        {
            stopped = true;
        }
        lock (gate)
        {
            var words = TesseractTsvParser.Parse(string.Join('\n', lines)).GroupBy(w => w.Page).ToDictionary(g => g.Key, g => g.ToList());
            // A run that read every image is complete even if tesseract then stumbled.
            if (!overran && done == pending.Count) return (pending.Count, null, words);
            // The page it stopped on spent this run's time too: a second try gets one more budget, not two.
            budgets.Spend(pending[done].Page, clock.Elapsed - pageStart);
            if (overran) return (done, Timeout(forFile, pending[done].Page, budgets.PerPage), words);
            // A run that ended well without reporting a page's images did not read them: that page is not blank.
            var failure = stopped ? Timeout(forFile, pending[done].Page, budgets.PerPage)
                : result is { ExitCode: 0 } ? Unreported(forFile, pending[done].Page)
                : TesseractRunner.Failed(result!, options, forFile);
            return (done, failure, words);
        }
    }

    /// <summary>The 1-based image number of a page-level (level 1) TSV row: tesseract writes it once it has read that image.</summary>
    private static int? ImageFinished(string line)
    {
        if (!line.StartsWith("1\t", StringComparison.Ordinal)) return null;
        var second = line.IndexOf('\t', 2);
        return second > 2 && int.TryParse(line.AsSpan(2, second - 2), NumberStyles.Integer, CultureInfo.InvariantCulture, out var image)
            ? image : null;
    }

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;

    private static DocumentParseException Unreported(string forFile, int page) =>
        new(ParseErrorKind.ToolFailed, forFile, $"tesseract ended without reading page {page}'s images.",
            "The machine may have been short of memory; read the file again.");

    public static DocumentParseException Timeout(string forFile, int page, TimeSpan perPage) =>
        new(ParseErrorKind.Timeout, forFile,
            $"OCR of page {page} did not finish within {perPage.TotalSeconds:0.#} s.",
            "The page may be unusually dense or damaged; raise ParseLimits.OcrPageTimeout or check the page by hand.");
}
