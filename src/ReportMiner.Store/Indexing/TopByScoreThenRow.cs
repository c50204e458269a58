using Lucene.Net.Index;
using Lucene.Net.Search;

namespace ReportMiner.Store.Indexing;

/// <summary>One hit of a ranked search: its score, its store row and its index document.</summary>
internal readonly record struct RankedHit(float Score, long Row, int Doc);

/// <summary>
/// The best hits by score, equal scores by store row (then index document), and how many matched, with the facet counts of
/// every match in the same pass. The same order as Lucene's TopFieldCollector on (score, row): a broad search (率:
/// 62,895 matches) spent much of its time in that collector's generic comparators and in a second collector for facets.
/// </summary>
internal sealed class TopByScoreThenRow(int size, FacetCounter? facets = null) : ICollector
{
    // A heap with the worst kept hit on top: a match enters only when it beats that one.
    private readonly RankedHit[] _heap = new RankedHit[Math.Max(1, size)];
    private int _count;
    private Scorer? _scorer;
    private long[] _rows = [];
    private int _docBase;

    public int TotalHits { get; private set; }

    // In order: the query's in-order scorer sums clause scores in the same order as a plain search does.
    public bool AcceptsDocsOutOfOrder => false;

    public void SetScorer(Scorer scorer)
    {
        _scorer = scorer;
        facets?.SetScorer(scorer);
    }

    public void SetNextReader(AtomicReaderContext context)
    {
        _docBase = context.DocBase;
        _rows = SegmentRows.Of(context.AtomicReader);
        facets?.SetNextReader(context);
    }

    public void Collect(int doc)
    {
        TotalHits++;
        facets?.Collect(doc);
        if (size <= 0) return;
        var hit = new RankedHit(_scorer!.GetScore(), _rows[doc], _docBase + doc);
        if (_count < _heap.Length)
        {
            _heap[_count] = hit;
            SiftUp(_count++);
        }
        else if (Before(hit, _heap[0]))
        {
            _heap[0] = hit;
            SiftDown(0);
        }
    }

    /// <summary>The kept hits, best first.</summary>
    public RankedHit[] Hits()
    {
        var hits = _heap.AsSpan(0, _count).ToArray();
        Array.Sort(hits, (a, b) => Before(a, b) ? -1 : Before(b, a) ? 1 : 0);
        return hits;
    }

    /// <summary>Whether a ranks above b: higher score, then lower row, then the earlier document.</summary>
    private static bool Before(in RankedHit a, in RankedHit b) =>
        a.Score > b.Score || (a.Score == b.Score && (a.Row < b.Row || (a.Row == b.Row && a.Doc < b.Doc)));

    private void SiftUp(int at)
    {
        while (at > 0)
        {
            var parent = (at - 1) / 2;
            if (!Before(_heap[parent], _heap[at])) return;
            (_heap[parent], _heap[at]) = (_heap[at], _heap[parent]);
            at = parent;
        }
    }

    private void SiftDown(int at)
    {
        while (true)
        {
            var worst = at;
            var left = 2 * at + 1;
            if (left < _count && Before(_heap[worst], _heap[left])) worst = left;
            if (left + 1 < _count && Before(_heap[worst], _heap[left + 1])) worst = left + 1;
            if (worst == at) return;
            (_heap[worst], _heap[at]) = (_heap[at], _heap[worst]);
            at = worst;
        }
    }
}
