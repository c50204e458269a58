using System.CommandLine;
using System.Runtime.InteropServices;
using ReportMiner.Cli.Rendering;
using ReportMiner.Parsing.Processes;
using ReportMiner.Store.Importing;
using ReportMiner.Store.Exporting;
using Spectre.Console;

namespace ReportMiner.Cli.Commands;

/// <summary>
/// <c>reportminer import PATH... [--db FILE] [--jobs N] [--no-index] [--index-every N]</c>: imports files and folders (recursively) into the store.
/// Exit 0 when everything was imported or unchanged, 1 when some files failed or were skipped (FIFOs, devices,
/// undecodable names), 2 on usage errors.
/// </summary>
public static class ImportCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("paths") { Description = "Files or folders to import.", Arity = ArgumentArity.OneOrMore };
        var db = StoreOptions.Database();
        var jobs = new Option<int>("--jobs") { Description = "Parallel parse/extract workers.", DefaultValueFactory = _ => Environment.ProcessorCount };
        var batch = new Option<int>("--batch-size") { Description = "Documents per write transaction.", DefaultValueFactory = _ => 32 };
        var noIndex = new Option<bool>("--no-index")
        {
            Description = "Leave the search index behind (a faster bulk load); the next search, serve or reindex brings it up to date.",
        };
        var indexEvery = new Option<int>("--index-every")
        {
            Description = "Documents written between two catch-ups of the search index during the run (more: a little faster, more memory).",
            DefaultValueFactory = _ => new ImportOptions().IndexStep,
        };
        var (deadline, memory, inProcess) = (WorkerCommand.Deadline(), WorkerCommand.Memory(), WorkerCommand.InProcess());
        var command = new Command("import", "Parse, extract and store documents; re-running adds only new or changed files.")
        {
            paths, db, jobs, batch, noIndex, indexEvery, deadline, memory, inProcess,
        };
        command.SetAction(result => CommandErrors.Guard(() =>
        {
            var work = WorkerCommand.Work(result, deadline, memory, inProcess);
            try
            {
                var options = new ImportOptions
                {
                    Jobs = result.GetValue(jobs), BatchSize = result.GetValue(batch), UpdateIndex = !result.GetValue(noIndex),
                    IndexStep = result.GetValue(indexEvery),
                };
                return Run(result.GetValue(paths)!, result.GetValue(db)!, options, work);
            }
            finally { (work as IDisposable)?.Dispose(); }
        }));
        return command;
    }

    private static int Run(string[] inputs, string db, ImportOptions options, IDocumentWork work)
    {
        if (options.Jobs < 1 || options.BatchSize < 1 || options.IndexStep < 1)
            throw new Store.StoreException("--jobs, --batch-size and --index-every must be at least 1.");
        var skipped = new List<SkippedInput>();
        var files = InputFiles.Expand(inputs, skipped);
        foreach (var s in skipped) Console.Error.WriteLine(InertText.ForTerminal($"warning: skipped {s.Path}: {s.Reason}."));
        if (files.Count == 0) Console.Error.WriteLine("warning: no supported files found.");
        // A run or worker killed outright (SIGKILL, the OOM killer) could not remove its temporary folders.
        TemporaryFolders.SweepOrphans();
        if (files.Count > 0 && work is Store.Isolation.IsolatedWork pool) pool.Prestart();
        using var cancel = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) => { e.Cancel = true; cancel.Cancel(); };
        // SIGTERM (timeout, systemd, docker stop) stops the run the same orderly way: the run is marked cancelled,
        // converters are killed through their cancellation, and temporary folders are removed.
        using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, context => { context.Cancel = true; cancel.Cancel(); });
        var pipeline = new ImportPipeline(work);
        ImportSummary summary;
        try
        {
            summary = Console.IsOutputRedirected
                ? pipeline.RunAsync(files, db, PlainProgress.Watching(options, Console.Out), new PlainProgress(Console.Out), cancel.Token).GetAwaiter().GetResult()
                : WithProgressBar(pipeline, files, db, options, cancel.Token);
        }
        catch (OperationCanceledException)
        {
            Console.Error.WriteLine("Import cancelled. Everything committed so far is kept; run the same command again to continue.");
            return 130;
        }
        ImportReport.Print(summary, Console.Out);
        if (skipped.Count > 0) Console.Out.WriteLine($"{skipped.Count} inputs skipped (see the warnings above).");
        return summary.Failed == 0 && skipped.Count == 0 ? 0 : 1;
    }

    private static ImportSummary WithProgressBar(ImportPipeline pipeline, IReadOnlyList<string> files, string db, ImportOptions options, CancellationToken ct) =>
        Terminal.Out.Progress()
            .HideCompleted(true)
            .Columns(ImportProgressView.Columns())
            .StartAsync(async context =>
            {
                var view = new ImportProgressView(context, files.Count);
                // A long conversion, parse or OCR holds the file count still; the page bars below it say what is happening.
                var watched = options with { Reading = view.Reading, PageProgress = view.Pages, DoneReading = view.DoneReading };
                return await pipeline.RunAsync(files, db, watched, new CallbackProgress(view.Report), ct);
            })
            .GetAwaiter().GetResult();
}
