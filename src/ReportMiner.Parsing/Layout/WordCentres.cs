namespace ReportMiner.Parsing.Layout;

/// <summary>
/// A page's words by the height of their centres, for asking which words each of many boxes holds: a box looks only
/// at the words level with it, and gets them in their order on the page.
/// </summary>
internal sealed class WordCentres
{
    private readonly IReadOnlyList<PositionedWord> words;
    private readonly double[] xs;
    private readonly double[] ys;
    private readonly int[] order;

    public WordCentres(IReadOnlyList<PositionedWord> words)
    {
        this.words = words;
        xs = new double[words.Count];
        ys = new double[words.Count];
        order = new int[words.Count];
        for (var i = 0; i < words.Count; i++)
        {
            xs[i] = (words[i].XMin + words[i].XMax) / 2;
            ys[i] = (words[i].YMin + words[i].YMax) / 2;
            order[i] = i;
        }
        Array.Sort(ys, order);
    }

    /// <summary>The words whose centre lies strictly inside the box, in page order.</summary>
    public List<PositionedWord> In(LayoutBox box)
    {
        var (lo, hi) = (0, ys.Length);
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (ys[mid] > box.Y0) hi = mid;
            else lo = mid + 1;
        }
        var inside = new List<int>();
        for (var k = lo; k < ys.Length && ys[k] < box.Y1; k++)
            if (xs[order[k]] > box.X0 && xs[order[k]] < box.X1) inside.Add(order[k]);
        inside.Sort();
        return inside.ConvertAll(i => words[i]);
    }
}
