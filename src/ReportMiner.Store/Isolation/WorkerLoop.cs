using System.Text;
using System.Text.Json;
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

    public static int Run(IDocumentWork work, TextReader input, Stream output)
    {
        using var writer = new StreamWriter(output, new UTF8Encoding(false)) { AutoFlush = true };
        var gate = new object();
        void Send(WorkerMessage message)
        {
            var line = JsonSerializer.Serialize(message, WorkerJson.Options);
            lock (gate) writer.WriteLine(line);
        }
        var running = new List<Task>();
        while (input.ReadLine() is { } line)
        {
            var request = JsonSerializer.Deserialize<WorkRequest>(line, WorkerJson.Options)
                ?? throw new InvalidDataException("An empty request reached the worker.");
            running.RemoveAll(t => t.IsCompleted);
            running.Add(Task.Factory.StartNew(() => Answer(work, request, Send), CancellationToken.None,
                TaskCreationOptions.LongRunning, TaskScheduler.Default));
        }
        Task.WaitAll(running);
        return 0;
    }

    private static void Answer(IDocumentWork work, WorkRequest request, Action<WorkerMessage> send)
    {
        try
        {
            var entry = work.Read(request.Path, request.Sha256, request.Size, CancellationToken.None,
                progress => send(new WorkerMessage(request.Id, Progress: progress)));
            send(new WorkerMessage(request.Id, Answer: WorkResponse.From(entry)));
        }
        catch (OutOfMemoryException)
        {
            // Which file exhausted the heap is not known when several are read at once: the parent reads each
            // of them again alone, and a file that runs out of memory alone is recorded as such.
            Environment.Exit(OutOfMemoryExit);
        }
    }
}
