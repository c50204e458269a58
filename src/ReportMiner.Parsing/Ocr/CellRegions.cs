using ReportMiner.Parsing.Layout;

namespace ReportMiner.Parsing.Ocr;

/// <summary>
/// Splits a page into the areas its ruling lines enclose (table cells) and the rest, on a coarse grid of
/// <see cref="Scale"/>-pixel blocks: blocks crossed by a line are walls, the connected free areas are
/// regions. Label 0 is everything connected to the page edge; 1..<see cref="Count"/> are enclosed cells.
/// </summary>
public sealed class CellRegions
{
    private readonly int[] _labels;

    private CellRegions(int scale, int columns, int rows, int[] labels, int count)
    {
        Scale = scale;
        Columns = columns;
        Rows = rows;
        _labels = labels;
        Count = count;
    }

    public int Scale { get; }

    public int Columns { get; }

    public int Rows { get; }

    /// <summary>Number of enclosed regions.</summary>
    public int Count { get; }

    /// <summary>Region of the block holding pixel (x, y): 0 outside, -1 a wall, otherwise the cell's label.</summary>
    public int LabelAt(int x, int y) => _labels[(Math.Min(y / Scale, Rows - 1) * Columns) + Math.Min(x / Scale, Columns - 1)];

    public static CellRegions Find(int width, int height, IReadOnlyList<RuleLine> lines, int scale, int reach)
    {
        int columns = (width + scale - 1) / scale, rows = (height + scale - 1) / scale;
        var labels = new int[columns * rows];
        Array.Fill(labels, int.MinValue);
        foreach (var line in lines) MarkWall(labels, columns, rows, line, scale, reach);
        Flood(labels, columns, rows, EdgeBlocks(columns, rows), 0);
        var count = 0;
        for (var i = 0; i < labels.Length; i++)
            if (labels[i] == int.MinValue) Flood(labels, columns, rows, [i], ++count);
        return new CellRegions(scale, columns, rows, labels, count);
    }

    /// <summary>Pixel bounding box (left, top, right, bottom exclusive) of each enclosed region, index = label - 1.</summary>
    public IReadOnlyList<(int Left, int Top, int Right, int Bottom)> Boxes()
    {
        var boxes = Enumerable.Repeat((Left: int.MaxValue, Top: int.MaxValue, Right: 0, Bottom: 0), Count).ToArray();
        for (var r = 0; r < Rows; r++)
            for (var c = 0; c < Columns; c++)
            {
                var label = _labels[(r * Columns) + c];
                if (label <= 0) continue;
                var b = boxes[label - 1];
                boxes[label - 1] = (Math.Min(b.Left, c * Scale), Math.Min(b.Top, r * Scale),
                    Math.Max(b.Right, (c + 1) * Scale), Math.Max(b.Bottom, (r + 1) * Scale));
            }
        return boxes;
    }

    private static void MarkWall(int[] labels, int columns, int rows, RuleLine line, int scale, int reach)
    {
        // Lines are stretched by `reach` so a corner where two detected lines stop just short still closes.
        var x1 = (int)Math.Min(line.X1, line.X2) - (line.IsHorizontal ? reach : 1);
        var x2 = (int)Math.Max(line.X1, line.X2) + (line.IsHorizontal ? reach : 1);
        var y1 = (int)Math.Min(line.Y1, line.Y2) - (line.IsHorizontal ? 1 : reach);
        var y2 = (int)Math.Max(line.Y1, line.Y2) + (line.IsHorizontal ? 1 : reach);
        for (var r = Math.Max(0, y1 / scale); r <= Math.Min(rows - 1, y2 / scale); r++)
            for (var c = Math.Max(0, x1 / scale); c <= Math.Min(columns - 1, x2 / scale); c++)
                labels[(r * columns) + c] = -1;
    }

    private static IEnumerable<int> EdgeBlocks(int columns, int rows)
    {
        for (var c = 0; c < columns; c++) { yield return c; yield return ((rows - 1) * columns) + c; }
        for (var r = 0; r < rows; r++) { yield return r * columns; yield return (r * columns) + columns - 1; }
    }

    private static void Flood(int[] labels, int columns, int rows, IEnumerable<int> seeds, int label)
    {
        var queue = new Queue<int>();
        foreach (var s in seeds)
            if (labels[s] == int.MinValue) { labels[s] = label; queue.Enqueue(s); }
        while (queue.Count > 0)
        {
            var i = queue.Dequeue();
            int r = i / columns, c = i % columns;
            if (c > 0) Visit(i - 1);
            if (c < columns - 1) Visit(i + 1);
            if (r > 0) Visit(i - columns);
            if (r < rows - 1) Visit(i + columns);
        }

        void Visit(int j)
        {
            if (labels[j] != int.MinValue) return;
            labels[j] = label;
            queue.Enqueue(j);
        }
    }
}
