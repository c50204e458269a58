using ReportMiner.Parsing.Abstractions;
using ReportMiner.Store.Writing;

namespace ReportMiner.Store.Importing;

/// <summary>
/// Reads one input file into what the store keeps (format, page texts, record) or a failure entry; never
/// throws for a bad file. In process, or in a worker process that a bad file can crash without harm.
/// </summary>
public interface IDocumentWork
{
    /// <param name="progress">Told how far a long document has got (pages read, pages recognised), from any thread.</param>
    DocumentEntry Read(string path, string sha256, long size, CancellationToken cancellationToken, Action<PageProgress>? progress = null);

    /// <summary>
    /// Told that every file of a run has been read: worker processes may end now, while the caller finishes its own
    /// work (the search index), instead of when it is disposed. Reading again afterwards still works.
    /// </summary>
    void FinishedReading()
    {
    }
}
