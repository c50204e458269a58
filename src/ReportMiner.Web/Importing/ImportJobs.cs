using System.Collections.Concurrent;
using ReportMiner.Store.Importing;

namespace ReportMiner.Web.Importing;

public sealed record ImportFailureView(string File, string Kind, string Error);

public sealed record ImportJobView(
    string Id, string State, string Source, int Total, int Done, int Imported, int Unchanged, int Failed, double ElapsedSeconds,
    IReadOnlyList<ImportFailureView> Failures, string? Message);

/// <summary>
/// Imports started from the page, run in the background through the store's import pipeline. One runs at a
/// time (the store has one writer); the page polls the job's JSON for progress.
/// </summary>
public sealed class ImportJobs(WorkbenchOptions options)
{
    private readonly ConcurrentDictionary<string, Job> _jobs = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _one = new(1, 1);

    public ImportJobView? Find(string id) => _jobs.TryGetValue(id, out var job) ? job.View() : null;

    /// <summary>Starts an import; <paramref name="names"/> gives uploads their original names in the failure list.</summary>
    public ImportJobView Start(IReadOnlyList<string> files, string source, IReadOnlyDictionary<string, string>? names = null)
    {
        var job = new Job(Guid.NewGuid().ToString("N")[..12], source, files.Count, names ?? new Dictionary<string, string>());
        _jobs[job.Id] = job;
        _ = Task.Run(async () =>
        {
            await _one.WaitAsync();
            try
            {
                job.State = "running";
                var work = options.ImportWork?.Invoke() ?? ImportPipeline.DefaultWork();
                try
                {
                    var summary = await new ImportPipeline(work).RunAsync(files, options.DatabasePath,
                        new ImportOptions { Jobs = options.ImportJobs, BatchSize = 8 }, new Progress(job));
                    job.Finish(summary);
                }
                finally
                {
                    (work as IDisposable)?.Dispose();
                }
            }
            catch (Exception ex)
            {
                // The job reports what went wrong; the server keeps serving.
                job.State = "failed";
                job.Message = $"{ex.GetType().Name}: {ex.Message}";
            }
            finally
            {
                _one.Release();
            }
        });
        return job.View();
    }

    private sealed class Progress(Job job) : IProgress<ImportProgress>
    {
        public void Report(ImportProgress value) => job.Last = value;
    }

    private sealed class Job(string id, string source, int total, IReadOnlyDictionary<string, string> names)
    {
        public string Id { get; } = id;
        public volatile string State = "queued";
        public volatile ImportProgress? Last;
        public volatile string? Message;
        private volatile IReadOnlyList<ImportFailureView> _failures = [];

        public void Finish(ImportSummary summary)
        {
            _failures = summary.Failures.Select(f => new ImportFailureView(names.GetValueOrDefault(f.Path, Path.GetFileName(f.Path)), f.Kind, f.Error)).ToArray();
            Last = new ImportProgress(summary.Total, summary.Imported, summary.Unchanged, summary.Failed, summary.Elapsed, null);
            State = "done";
        }

        public ImportJobView View()
        {
            var p = Last;
            return new ImportJobView(Id, State, source, p?.Total ?? total, p?.Done ?? 0, p?.Imported ?? 0, p?.Unchanged ?? 0, p?.Failed ?? 0,
                Math.Round(p?.Elapsed.TotalSeconds ?? 0, 1), _failures, Message);
        }
    }
}
