using System.Runtime.CompilerServices;
using Lucene.Net.Index;

namespace ReportMiner.Store.Indexing;

/// <summary>
/// Each document's store row (0 without one, as Lucene's sort reads a missing value), read once per segment and kept
/// while the segment lives: a broad search breaks many equal scores by row. A segment's doc values never change.
/// </summary>
internal static class SegmentRows
{
    private static readonly ConditionalWeakTable<object, long[]> Segments = new();

    public static long[] Of(AtomicReader segment) => Segments.GetValue(segment.CoreCacheKey, _ => Read(segment));

    private static long[] Read(AtomicReader segment)
    {
        var rows = new long[segment.MaxDoc];
        if (segment.GetNumericDocValues(IndexFields.RowId) is { } values)
            for (var doc = 0; doc < rows.Length; doc++) rows[doc] = values.Get(doc);
        return rows;
    }
}
