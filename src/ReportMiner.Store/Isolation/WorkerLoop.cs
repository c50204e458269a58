using System.Text;
using System.Text.Json;
using ReportMiner.Parsing.Abstractions;
using ReportMiner.Store.Importing;

namespace ReportMiner.Store.Isolation;

/// <summary>
/// The worker side (<c>reportminer worker</c>): reads requests from standard input, one per line, reads each file
/// on its own thread (the parent decides how many at once) and answers each with one line; progress lines on long
/// documents go between. Nothing else may write to standard output. Runs until its input closes and every file
/// is answered.
/// </summary>
public static class WorkerLoop
{
    /// <summary>Exit code after running out of memory: the heap may be unusable, so the worker stops for a fresh one.</summary>
    public const int OutOfMemoryExit = 3;

    /// <summary>
    /// Files answered between compacting collections. Large documents' garbage reaches gen2 and the large-object heap,
    /// which the GC seldom collects whole, so a worker's committed memory grew with the number of files it read.
    /// </summary>
    private const int CollectEvery = 256;

    private static int _answered;

    private static readonly ReusedThreads Answering = new("worker-read");

    /// <param name="render">Parses a file and renders its document model in the requested format (json, markdown).</param>
    /// <summary>Exit code when a line on standard input is not a request: the parent and the worker do not speak alike.</summary>
    public const int ProtocolExit = 2;

    public static int Run(IDocumentWork work, TextReader input, Stream output, Func<string, string, string>? render = null)
    {
        using var writer = new StreamWriter(output, new UTF8Encoding(false)) { AutoFlush = true };
        var gate = new object();
        void Send(WorkerMessage message)
        {
            var line = WorkerCodec.Write(message);
            lock (gate) writer.WriteLine(line);
        }
        var running = new List<Task>();
        var exit = 0;
        while (input.ReadLine() is { } line)
        {
            if (string.IsNullOrWhiteSpace(line)) continue;
            WorkRequest request;
            try { request = WorkerCodec.ReadRequest(line); }
            catch (JsonException ex)
            {
                // Files already taken are still answered; nothing after the bad line is read.
                Console.Error.WriteLine($"reportminer worker: a line on standard input is not a request ({ex.Message}); stopping.");
                exit = ProtocolExit;
                break;
            }
            running.RemoveAll(t => t.IsCompleted);
            running.Add(Answering.Run(() => Answer(work, render, request, Send)));
        }
        Task.WaitAll(running);
        return exit;
    }

    private static void Answer(IDocumentWork work, Func<string, string, string>? render, WorkRequest request, Action<WorkerMessage> send)
    {
        try
        {
            if (request.Render is { } format && format != WorkRequest.RecordText)
            {
                send(new WorkerMessage(request.Id, Answer: Rendered(render, request, format, send)));
                return;
            }
            var entry = work.Read(request.Path, request.Sha256, request.Size, CancellationToken.None,
                progress => send(new WorkerMessage(request.Id, Progress: progress)));
            send(new WorkerMessage(request.Id, Answer: request.Render == WorkRequest.RecordText ? WorkResponse.AsRecordText(entry) : WorkResponse.From(entry)));
            if (Interlocked.Increment(ref _answered) % CollectEvery == 0)
                GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        }
        catch (OutOfMemoryException)
        {
            // Which file exhausted the heap is not known when several are read at once: the parent reads each
            // of them again alone, and a file that runs out of memory alone is recorded as such.
            Environment.Exit(OutOfMemoryExit);
        }
    }

    private static WorkResponse Rendered(Func<string, string, string>? render, WorkRequest request, string format, Action<WorkerMessage> send)
    {
        if (render is null) return new WorkResponse("unknown", null, [], "Unsupported", $"{request.Path}: this worker does not render documents.");
        using var listening = ParseProgress.Listen(progress => send(new WorkerMessage(request.Id, Progress: progress)));
        try { return new WorkResponse("", null, [], null, null, render(request.Path, format)); }
        catch (DocumentParseException ex) { return new WorkResponse(InProcessWork.SniffName(request.Path), null, [], ex.Kind.ToString(), ex.Message); }
    }
}
