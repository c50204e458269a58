namespace ReportMiner.Store.Comparing;

/// <summary>
/// Sorts a list that mostly consists of a few ascending runs by merging the runs (a natural merge sort): n comparisons to
/// find them and n per round of merges, instead of about n·log n. An indicator comparison's kept rows are such a list, as
/// each matching name's rows come from an index in display order; any input still comes out sorted.
/// </summary>
internal static class SortedRuns
{
    public static T[] Sort<T>(IReadOnlyList<T> items, Comparison<T> order)
    {
        var source = items.ToArray();
        // Where each run starts, and the end.
        var bounds = new List<int> { 0 };
        for (var i = 1; i < source.Length; i++)
            if (order(source[i - 1], source[i]) > 0) bounds.Add(i);
        bounds.Add(source.Length);
        var target = new T[source.Length];
        while (bounds.Count > 2)
        {
            var merged = new List<int> { 0 };
            for (var r = 0; r + 1 < bounds.Count; r += 2)
            {
                var end = r + 2 < bounds.Count ? bounds[r + 2] : bounds[r + 1];
                Merge(source, bounds[r], bounds[r + 1], end, target, order);
                merged.Add(end);
            }
            (source, target) = (target, source);
            bounds = merged;
        }
        return source;
    }

    private static void Merge<T>(T[] source, int start, int middle, int end, T[] target, Comparison<T> order)
    {
        int left = start, right = middle, at = start;
        while (left < middle && right < end) target[at++] = order(source[left], source[right]) <= 0 ? source[left++] : source[right++];
        while (left < middle) target[at++] = source[left++];
        while (right < end) target[at++] = source[right++];
    }
}
