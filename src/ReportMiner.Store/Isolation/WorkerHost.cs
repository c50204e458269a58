using System.Text;
using ReportMiner.Documents.Serialization;
using ReportMiner.Parsing.Pipeline;
using ReportMiner.Store.Importing;

namespace ReportMiner.Store.Isolation;

/// <summary>
/// A worker process's life, whichever program hosts it: <c>reportminer worker</c> (managed) or the natively compiled
/// <c>reportminer-worker</c> beside it. Answers requests on standard input until it closes.
/// </summary>
public static class WorkerHost
{
    /// <param name="identity">What the hosting program was compiled from (its CodeIdentity), said first in the hello line.</param>
    public static int Run(string identity)
    {
        var answers = Console.OpenStandardOutput();
        // Before any start-up work, so a program asking only for the hello (WorkerHandshake) gets it in milliseconds.
        var hello = Encoding.UTF8.GetBytes(WorkerCodec.Write(new WorkerMessage(0, Hello: new WorkerHello(identity))) + "\n");
        answers.Write(hello);
        answers.Flush();
        // Anything a parser prints must not corrupt the answers.
        Console.SetOut(Console.Error);
        // Three heap ceilings of headroom: parsing threads' stacks (PdfPig's is 256 MB), native buffers, converters.
        var heap = Convert.ToInt64(Environment.GetEnvironmentVariable("DOTNET_GCHeapHardLimit") ?? "0x40000000", 16);
        AddressSpace.LimitTo(3 * heap);
        if (Environment.GetEnvironmentVariable(IsolatedWork.WarmUpVariable) == "1") WorkerWarmUp.Start();
        var reader = DefaultDocumentReader.Create();
        return WorkerLoop.Run(ImportPipeline.DefaultWork(), Console.In, answers,
            (path, format) => DocumentRendering.Render(reader.Read(path), format));
    }
}
