using Lucene.Net.Store;

namespace ReportMiner.Store.Indexing;

/// <summary>
/// The index's files, written without forcing them to the disk at a commit. The index is derived from the store, which
/// is durable: a commit lost or torn by the machine going down is found when the index is next opened (it is unreadable,
/// or its commit is of an earlier boot and fails its checksums) and the index is rebuilt from the store, so nothing is
/// lost but the rebuild's time. Each commit's fsyncs were what an import's catch-up waited for besides a core.
/// </summary>
internal sealed class UnsyncedDirectory(Lucene.Net.Store.Directory files) : FilterDirectory(files)
{
    public override void Sync(ICollection<string> names)
    {
        // Nothing is forced to the disk; the operating system writes the files back in its own time.
    }
}
