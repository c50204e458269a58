using ReportMiner.Documents.Model;
using ReportMiner.Parsing.Layout;

namespace ReportMiner.Parsing.Pdf;

/// <summary>Puts a cell's layout box back on its displayed page: PDF points, origin at the crop box's top-left, y downward.</summary>
public static class CellBoxes
{
    public static CellBox? OnDisplayedPage(LayoutBox box, IReadOnlyDictionary<int, PageFrame> frames)
    {
        if (!frames.TryGetValue(box.Page, out var frame)) return null;
        var (x0, y0, x1, y1) = frame.LayoutToDisplay(box.X0, box.Y0, box.X1, box.Y1);
        return new CellBox(box.Page, Math.Round(x0, 2), Math.Round(y0, 2), Math.Round(x1, 2), Math.Round(y1, 2));
    }
}
