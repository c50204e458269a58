using System.Collections.Concurrent;
using System.Security.Cryptography;
using ReportMiner.Documents.Model;
using ReportMiner.Parsing.Pipeline;
using ReportMiner.Store;

namespace ReportMiner.Web.Sources;

/// <summary>
/// The document model of a stored file, parsed again on demand with the project's parsers (the store keeps
/// records and page text, not tables) and kept for the most recently viewed documents. A file whose content
/// no longer matches its stored hash is refused: its tables would not be the ones the values came from.
/// </summary>
public sealed class DocumentModels
{
    private const int Capacity = 12;
    private readonly ConcurrentDictionary<string, Lazy<Task<Document>>> _models = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<string> _order = new();
    private readonly DocumentReader _reader = DefaultDocumentReader.Create();

    public Task<Document> Get(string path, string sha256)
    {
        var entry = _models.GetOrAdd(sha256, key =>
        {
            _order.Enqueue(key);
            return new Lazy<Task<Document>>(() => Task.Run(() => Parse(path, sha256)));
        });
        while (_models.Count > Capacity && _order.TryDequeue(out var oldest)) _models.TryRemove(oldest, out _);
        var task = entry.Value;
        // A failed parse is not cached: the file may be fixed or restored.
        if (task.IsFaulted) _models.TryRemove(sha256, out _);
        return task;
    }

    private Document Parse(string path, string sha256)
    {
        if (!File.Exists(path)) throw new StoreException($"The file {path} is no longer there; its source tables cannot be shown.");
        using (var stream = File.OpenRead(path))
            if (!string.Equals(Convert.ToHexStringLower(SHA256.HashData(stream)), sha256, StringComparison.Ordinal))
                throw new StoreException($"The file {path} changed since it was imported; import it again to see its sources.");
        return _reader.Read(path, CancellationToken.None);
    }
}
