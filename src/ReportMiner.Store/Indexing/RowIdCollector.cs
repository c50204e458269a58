using Lucene.Net.Index;
using Lucene.Net.Search;

namespace ReportMiner.Store.Indexing;

/// <summary>Collects the store row id of every match (for comparisons, which need all matches rather than the best few).</summary>
internal sealed class RowIdCollector : ICollector
{
    private NumericDocValues? _ids;

    public List<long> Ids { get; } = [];

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer) { }

    public void SetNextReader(AtomicReaderContext context) => _ids = context.AtomicReader.GetNumericDocValues(IndexFields.RowId);

    public void Collect(int doc)
    {
        if (_ids is not null) Ids.Add(_ids.Get(doc));
    }
}
