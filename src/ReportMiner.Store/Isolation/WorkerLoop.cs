using System.Text;
using System.Text.Json;
using ReportMiner.Store.Importing;

namespace ReportMiner.Store.Isolation;

/// <summary>
/// The worker side (<c>reportminer worker</c>): reads requests from standard input, one per line, and answers
/// each with one line. Nothing else may write to standard output. Runs until its input closes.
/// </summary>
public static class WorkerLoop
{
    /// <summary>Exit code after running out of memory: the heap may be unusable, so the worker stops for a fresh one.</summary>
    public const int OutOfMemoryExit = 3;

    public static int Run(IDocumentWork work, TextReader input, Stream output)
    {
        using var writer = new StreamWriter(output, new UTF8Encoding(false)) { AutoFlush = true };
        while (input.ReadLine() is { } line)
        {
            var request = JsonSerializer.Deserialize<WorkRequest>(line, WorkerJson.Options)
                ?? throw new InvalidDataException("An empty request reached the worker.");
            WorkResponse response;
            try
            {
                response = WorkResponse.From(work.Read(request.Path, request.Sha256, request.Size, CancellationToken.None));
            }
            catch (OutOfMemoryException)
            {
                writer.WriteLine(JsonSerializer.Serialize(new WorkResponse(InProcessWork.SniffName(request.Path), null, [], "OutOfMemory",
                    $"{request.Path}: reading it needed more memory than a worker may use. The file may be damaged or hostile; " +
                    "if it is a real report, split it or raise --worker-memory."), WorkerJson.Options));
                return OutOfMemoryExit;
            }
            writer.WriteLine(JsonSerializer.Serialize(response, WorkerJson.Options));
        }
        return 0;
    }
}
