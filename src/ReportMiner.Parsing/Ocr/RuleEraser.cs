namespace ReportMiner.Parsing.Ocr;

/// <summary>
/// Whitens table borders before OCR: a border next to a digit is otherwise read as '1', '|' or '(' and
/// corrupts exactly the numbers the extractor needs.
/// </summary>
public static class RuleEraser
{
    public static GrayImage Erase(GrayImage image, RuleScan scan)
    {
        var clean = image.Copy();
        foreach (var run in scan.Runs)
            for (var lane = run.Lane - 1; lane <= run.Lane + 1; lane++)
                for (var i = run.Start; i <= run.End; i++)
                    Whiten(clean, run.Horizontal ? i : lane, run.Horizontal ? lane : i);
        return clean;
    }

    private static void Whiten(GrayImage image, int x, int y)
    {
        if (x >= 0 && y >= 0 && x < image.Width && y < image.Height) image[x, y] = 255;
    }
}
