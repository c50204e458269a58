using ReportMiner.Documents.Model;
using ReportMiner.Store.Data;
using ReportMiner.Store.Importing;

namespace ReportMiner.Web;

/// <summary>How the workbench is served: which store, where it listens, and whether it may import.</summary>
public sealed record WorkbenchOptions
{
    /// <summary>The --db value: an SQLite file, or a PostgreSQL address or connection string.</summary>
    public required string DatabasePath { get; init; }
    public string Host { get; init; } = "127.0.0.1";
    /// <summary>0 picks a free port (tests); the bound address is on <see cref="Workbench.Addresses"/>.</summary>
    public int Port { get; init; } = 8080;
    /// <summary>Import (uploads and server folders) is off unless the operator turns it on.</summary>
    public bool AllowImport { get; init; }
    /// <summary>Where uploads and rendered page images go; defaults to a folder beside the store file.</summary>
    public string? ArchiveFolder { get; init; }
    public long MaxUploadFileBytes { get; init; } = 50L * 1024 * 1024;
    public long MaxUploadRequestBytes { get; init; } = 200L * 1024 * 1024;
    public int MaxUploadFiles { get; init; } = 200;
    public int ImportJobs { get; init; } = Math.Max(1, Environment.ProcessorCount);
    /// <summary>
    /// How one import reads its files: `serve` passes worker processes (a file that hangs or crashes its parser
    /// fails alone, as in `import`); null reads them in this process.
    /// </summary>
    public Func<IDocumentWork>? ImportWork { get; init; }
    /// <summary>
    /// How the source view parses a stored file for its tables (once; the model is cached): `serve` passes a worker
    /// process under the import's deadline and memory ceiling; null parses in this process.
    /// </summary>
    public Func<string, Document>? ReadModel { get; init; }

    public StoreLocation Store => StoreLocation.Parse(DatabasePath);

    /// <summary>The store as it may be shown on a page: never a password from a connection string.</summary>
    public string StoreDisplay => Store.Display;

    /// <summary>Beside an SQLite file (NAME.archive); for PostgreSQL beside the store's search index.</summary>
    public string Archive => Path.GetFullPath(ArchiveFolder ?? (Store.FilePath is { } file
        ? Path.Combine(Path.GetDirectoryName(file) ?? ".", Path.GetFileNameWithoutExtension(file) + ".archive")
        : Store.IndexDirectory + ".archive"));
}
