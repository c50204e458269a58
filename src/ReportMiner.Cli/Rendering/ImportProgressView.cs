using System.Collections.Concurrent;
using ReportMiner.Parsing.Abstractions;
using ReportMiner.Store.Exporting;
using ReportMiner.Store.Importing;
using Spectre.Console;

namespace ReportMiner.Cli.Rendering;

/// <summary>
/// The import's live display: one bar counting files, and below it one bar per long document being read that
/// counts its pages (or says it is being converted), so a run whose file count stands still shows why.
/// </summary>
internal sealed class ImportProgressView
{
    private readonly ProgressContext _context;
    private readonly ProgressTask _files;
    private readonly int _total;
    private readonly ConcurrentDictionary<string, ProgressTask> _documents = new();
    private readonly object _gate = new();
    private ImportProgress? _last;
    private string _reading = "";

    public ImportProgressView(ProgressContext context, int total)
    {
        _context = context;
        _total = total;
        _files = context.AddTask("import", maxValue: Math.Max(1, total));
        Show();
    }

    public static ProgressColumn[] Columns() =>
        [new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn(), new SpinnerColumn()];

    public void Report(ImportProgress progress)
    {
        lock (_gate)
        {
            _last = progress;
            _files.Value = progress.Done;
            Show();
        }
    }

    public void Reading(string path)
    {
        lock (_gate)
        {
            _reading = Path.GetFileName(path);
            Show();
        }
    }

    public void Pages(string path, PageProgress progress)
    {
        lock (_gate)
        {
            var description = Markup.Escape(InertText.ForTerminal($"  {Path.GetFileName(path)} · {Describe(progress)}"));
            var task = _documents.GetOrAdd(path, _ => _context.AddTask(description, maxValue: 1));
            task.Description = description;
            task.IsIndeterminate = progress.Pages <= 0;
            if (progress.Pages > 0)
            {
                task.MaxValue = progress.Pages;
                task.Value = Math.Min(progress.Page, progress.Pages);
            }
        }
    }

    public void DoneReading(string path)
    {
        lock (_gate)
        {
            if (!_documents.TryRemove(path, out var task)) return;
            task.Value = task.MaxValue;
            task.StopTask();
        }
    }

    public static string Describe(PageProgress progress) => progress.Stage switch
    {
        "converting" => "converting with LibreOffice",
        "ocr" => $"OCR page {progress.Page + 1} of {progress.Pages}",
        _ when progress.Pages > 0 => $"page {progress.Page + 1} of {progress.Pages}",
        _ => progress.Stage,
    };

    private void Show() => _files.Description = Markup.Escape(InertText.ForTerminal(
        (_last is { } p ? $"{p.Done}/{p.Total} · {p.RatePerSecond:F1} files/s · ETA {ProgressText.Eta(p)} · {p.Failed} failed" : $"0/{_total}")
        + (_reading.Length > 0 ? $" · reading {_reading}" : "")));
}
