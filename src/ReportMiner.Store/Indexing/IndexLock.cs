namespace ReportMiner.Store.Indexing;

/// <summary>
/// A lock between processes that share an index directory, held while one of them opens or updates it. Lucene's own
/// write lock does not keep another process's reader from opening a commit that is being replaced. The lock is an
/// exclusively opened file beside the directory (so deleting the index leaves it alone).
/// </summary>
internal sealed class IndexLock : IDisposable
{
    private readonly FileStream _file;

    private IndexLock(FileStream file) => _file = file;

    public static IndexLock Acquire(string indexDirectory, TimeSpan timeout)
    {
        // Outside the retries: a folder that cannot be made fails now, not after the timeout.
        var path = PathOf(indexDirectory);
        var deadline = DateTime.UtcNow + timeout;
        var wait = 5;
        while (true)
        {
            try
            {
                return Open(path);
            }
            catch (IOException) when (DateTime.UtcNow < deadline)
            {
                Thread.Sleep(wait);
                wait = Math.Min(wait * 2, 200);
            }
            catch (IOException ex)
            {
                throw new StoreException($"The search index {indexDirectory} stayed locked by another process for {timeout.TotalSeconds:F0} s.", ex);
            }
        }
    }

    /// <summary>The lock if no other process holds it now, otherwise null (also when the lock file cannot be opened).</summary>
    public static IndexLock? TryAcquire(string indexDirectory)
    {
        try { return Open(PathOf(indexDirectory)); }
        catch (IOException) { return null; }
        catch (UnauthorizedAccessException) { return null; }
    }

    private static string PathOf(string indexDirectory)
    {
        var path = indexDirectory.TrimEnd(Path.DirectorySeparatorChar) + ".lock";
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        return path;
    }

    private static IndexLock Open(string path) =>
        new(new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.None));

    public void Dispose() => _file.Dispose();
}
