using System.CommandLine;
using ReportMiner.Web;

namespace ReportMiner.Cli.Commands;

/// <summary>
/// <c>reportminer serve [--db F] [--port 8080] [--host 127.0.0.1] [--allow-import] [--archive DIR] [--deadline S] [--worker-memory MB] [--in-process]</c>: the web workbench.
/// Loopback only unless --host says otherwise; read-only unless --allow-import.
/// </summary>
public static class ServeCommand
{
    public static Command Create()
    {
        var db = StoreOptions.Database();
        var port = new Option<int>("--port") { Description = "TCP port.", DefaultValueFactory = _ => 8080 };
        var host = new Option<string>("--host") { Description = "Address to listen on; 0.0.0.0 exposes the store to the network.", DefaultValueFactory = _ => "127.0.0.1" };
        var allowImport = new Option<bool>("--allow-import") { Description = "Let the Import page upload files and import server folders into the store." };
        var archive = new Option<string?>("--archive") { Description = "Folder for uploads and rendered page images (default: beside the store, NAME.archive)." };
        var (deadline, memory, inProcess) = (WorkerCommand.Deadline(), WorkerCommand.Memory(), WorkerCommand.InProcess());
        var command = new Command("serve", "Open the web workbench: search, compare with charts, and every value's source.")
        {
            db, port, host, allowImport, archive, deadline, memory, inProcess,
        };
        command.SetAction(result => CommandErrors.Guard(() =>
        {
            var options = new WorkbenchOptions
            {
                DatabasePath = result.GetValue(db)!, Port = result.GetValue(port), Host = result.GetValue(host)!,
                AllowImport = result.GetValue(allowImport), ArchiveFolder = result.GetValue(archive),
                ImportWork = () => WorkerCommand.Work(result, deadline, memory, inProcess),
                ReadModel = result.GetValue(inProcess) ? null : path => ModelInWorker(WorkerCommand.Pool(result, deadline, memory), path),
            };
            // Wrong --deadline or --worker-memory values are a usage error now, not a failed import later.
            (options.ImportWork() as IDisposable)?.Dispose();
            if (options.Port is < 0 or > 65535) throw new Store.StoreException("--port must be from 0 to 65535.");
            if (!Workbench.IsLoopback(options.Host))
                Console.Error.WriteLine($"warning: listening on {options.Host}: anyone who can reach this machine can read the store{(options.AllowImport ? " and import files into it" : "")}.");
            return Serve(options);
        }));
        return command;
    }

    /// <summary>The source view's parse of a stored file, in a worker like import's: a file that hangs fails alone.</summary>
    private static Documents.Model.Document ModelInWorker(Store.Isolation.IsolatedWork pool, string path)
    {
        using (pool)
        {
            var (output, _, error) = pool.Render(path, "json", CancellationToken.None);
            return output is null
                ? throw new Store.StoreException(error ?? $"{path}: it could not be read.")
                : System.Text.Json.JsonSerializer.Deserialize<Documents.Model.Document>(output, Documents.Serialization.DocumentJson.Options)
                  ?? throw new Store.StoreException($"{path}: its worker gave no document.");
        }
    }

    private static int Serve(WorkbenchOptions options)
    {
        using var stop = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) => { e.Cancel = true; stop.Cancel(); };
        var workbench = Workbench.Create(options);
        try
        {
            workbench.StartAsync().GetAwaiter().GetResult();
            foreach (var address in workbench.Addresses) Console.Out.WriteLine($"ReportMiner workbench: {address.Replace("0.0.0.0", options.Host, StringComparison.Ordinal)}/search");
            Console.Out.WriteLine(options.AllowImport ? $"Import is on; uploads go to {options.Archive}." : "Read-only (start with --allow-import to import from the page). Ctrl+C stops.");
            workbench.WaitForShutdownAsync(stop.Token).GetAwaiter().GetResult();
        }
        catch (OperationCanceledException) { }
        finally
        {
            workbench.DisposeAsync().AsTask().GetAwaiter().GetResult();
        }
        return 0;
    }
}
