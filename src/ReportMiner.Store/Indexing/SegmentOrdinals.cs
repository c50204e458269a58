using System.Runtime.CompilerServices;
using Lucene.Net.Index;

namespace ReportMiner.Store.Indexing;

/// <summary>
/// Each document's ordinal in some sorted doc value fields (-1 without a value), read once per segment and kept while the
/// segment lives: reading ordinals through the codec for every match was most of a broad search's time (率: 62,895
/// matches, 4 facet fields). A segment's doc values never change, whatever is deleted from it later.
/// </summary>
internal static class SegmentOrdinals
{
    private static readonly ConditionalWeakTable<object, Dictionary<string, int[]>> Segments = new();

    public static int[][] Of(AtomicReader segment, IReadOnlyList<string> fields)
    {
        var known = Segments.GetValue(segment.CoreCacheKey, _ => new Dictionary<string, int[]>(StringComparer.Ordinal));
        lock (known)
            return fields.Select(field => known.TryGetValue(field, out var ords) ? ords : known[field] = Read(segment, field)).ToArray();
    }

    private static int[] Read(AtomicReader segment, string field)
    {
        var ords = new int[segment.MaxDoc];
        var values = segment.GetSortedDocValues(field);
        for (var doc = 0; doc < ords.Length; doc++) ords[doc] = values?.GetOrd(doc) ?? -1;
        return ords;
    }
}
