using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace ReportMiner.Store.Indexing;

/// <summary>
/// Counts every matching entry by the values of some fields, from their sorted doc values (the Facet package is
/// not available): per segment an array indexed by ordinal, turned into values once per segment.
/// </summary>
internal sealed class FacetCounter(IReadOnlyList<string> fields) : ICollector
{
    private readonly Dictionary<string, Dictionary<string, long>> _totals =
        fields.ToDictionary(f => f, _ => new Dictionary<string, long>(StringComparer.Ordinal), StringComparer.Ordinal);
    private readonly SortedDocValues?[] _values = new SortedDocValues?[fields.Count];
    private int[][] _ords = [];
    // Per field, counts by ordinal + 1 (slot 0 counts entries without a value).
    private readonly int[][] _counts = new int[fields.Count][];

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer) { }

    public void SetNextReader(AtomicReaderContext context)
    {
        Flush();
        for (var f = 0; f < fields.Count; f++)
        {
            _values[f] = context.AtomicReader.GetSortedDocValues(fields[f]);
            _counts[f] = new int[(_values[f]?.ValueCount ?? 0) + 1];
        }
        _ords = SegmentOrdinals.Of(context.AtomicReader, fields);
    }

    public void Collect(int doc)
    {
        for (var f = 0; f < _counts.Length; f++) _counts[f][_ords[f][doc] + 1]++;
    }

    /// <summary>Per field, the values and their counts, most frequent first.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<Statistics.CountBy>> Result()
    {
        Flush();
        return _totals.ToDictionary(t => t.Key, t => (IReadOnlyList<Statistics.CountBy>)t.Value
            .Select(v => new Statistics.CountBy(v.Key, v.Value))
            .OrderByDescending(c => c.Count).ThenBy(c => c.Key, StringComparer.Ordinal).ToArray(), StringComparer.Ordinal);
    }

    private void Flush()
    {
        var term = new BytesRef();
        for (var f = 0; f < _values.Length; f++)
        {
            if (_values[f] is not { } values) continue;
            var counts = _counts[f];
            for (var ord = 0; ord < values.ValueCount; ord++)
            {
                if (counts[ord + 1] == 0) continue;
                values.LookupOrd(ord, term);
                var key = term.Utf8ToString();
                _totals[fields[f]][key] = _totals[fields[f]].GetValueOrDefault(key) + counts[ord + 1];
            }
            _values[f] = null;
        }
    }
}
