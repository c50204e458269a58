using ReportMiner.Store.Writing;

namespace ReportMiner.Store.Importing;

/// <summary>What a worker hands the writer for one file: a new entry to store, or "already stored".</summary>
internal sealed record WorkResult(string Path, string Sha256, DocumentEntry? Entry)
{
    public bool Unchanged => Entry is null;
}
