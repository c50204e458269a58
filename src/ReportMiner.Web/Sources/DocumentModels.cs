using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text.Json;
using ReportMiner.Documents.Model;
using ReportMiner.Documents.Serialization;
using ReportMiner.Parsing.Pipeline;
using ReportMiner.Store;

namespace ReportMiner.Web.Sources;

/// <summary>
/// The document model of a stored file (tables with their cells and cell boxes), which the store does not keep.
/// Parsed once with the project's parsers and kept as JSON under the archive folder (document-models/{sha256}.json),
/// so a click on a value never parses again (a scanned PDF is not OCR'd again), not even after a restart; the most
/// recently viewed models are also kept in memory. A file whose content no longer matches its stored hash is not
/// parsed: its tables would not be the ones the values came from.
/// </summary>
public sealed class DocumentModels(WorkbenchOptions options)
{
    private const int Capacity = 12;
    private static readonly JsonSerializerOptions Compact = new(DocumentJson.Options) { WriteIndented = false };
    private readonly ConcurrentDictionary<string, Lazy<Task<Document>>> _models = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<string> _order = new();
    private readonly DocumentReader _reader = DefaultDocumentReader.Create();

    public Task<Document> Get(string path, string sha256)
    {
        var entry = _models.GetOrAdd(sha256, key =>
        {
            _order.Enqueue(key);
            return new Lazy<Task<Document>>(() => Task.Run(() => Load(path, sha256)));
        });
        while (_models.Count > Capacity && _order.TryDequeue(out var oldest)) _models.TryRemove(oldest, out _);
        var task = entry.Value;
        // A failed parse is not cached: the file may be fixed or restored.
        if (task.IsFaulted) _models.TryRemove(sha256, out _);
        return task;
    }

    private string CachePath(string sha256) => Path.Combine(options.Archive, "document-models", sha256 + ".json");

    private Document Load(string path, string sha256)
    {
        var cached = CachePath(sha256);
        if (File.Exists(cached))
        {
            try
            {
                using var stream = File.OpenRead(cached);
                if (JsonSerializer.Deserialize<Document>(stream, Compact) is { } model) return model;
            }
            catch (JsonException)
            {
                // A damaged or outdated cache entry is parsed again and replaced.
            }
        }
        var document = Parse(path, sha256);
        Save(cached, document);
        return document;
    }

    private static void Save(string target, Document document)
    {
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            var temporary = target + $".{Guid.NewGuid():N}.tmp";
            using (var stream = File.Create(temporary)) JsonSerializer.Serialize(stream, document, Compact);
            File.Move(temporary, target, overwrite: true);
        }
        catch (IOException)
        {
            // The cache is an optimisation: a read-only archive folder only means parsing again next time.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    private Document Parse(string path, string sha256)
    {
        if (!File.Exists(path)) throw new StoreException($"The file {path} is no longer there; its source tables cannot be shown.");
        using (var stream = File.OpenRead(path))
            if (!string.Equals(Convert.ToHexStringLower(SHA256.HashData(stream)), sha256, StringComparison.Ordinal))
                throw new StoreException($"The file {path} changed since it was imported; import it again to see its sources.");
        return options.ReadModel is { } read ? read(path) : _reader.Read(path, CancellationToken.None);
    }
}
