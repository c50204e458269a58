namespace ReportMiner.Parsing.Ocr;

/// <summary>Pixel thresholds for finding table borders, derived from the scan resolution.</summary>
public sealed record RuleDetectionSettings(
    byte DarkThreshold,
    int MaxRunGap,
    int MinHorizontalLength,
    int MinVerticalLength,
    int MinFreeVerticalLength,
    int MergeDistance,
    int JoinGap,
    int MaxThickness)
{
    /// <summary>Settings for a page scanned or rendered at <paramref name="dpi"/> dots per inch.</summary>
    public static RuleDetectionSettings ForDpi(int dpi)
    {
        int Inch(double inches) => Math.Max(2, (int)Math.Round(inches * dpi));
        return new RuleDetectionSettings(
            // Thin borders of a 200 dpi scan rendered at a higher resolution come out light grey.
            DarkThreshold: 210,
            MaxRunGap: Math.Max(1, dpi / 100),
            // A border is longer than a stroke of a character or a dash: about three characters of body text.
            MinHorizontalLength: Inch(0.45),
            // Short vertical segments (one table row) count only when they meet a horizontal border.
            MinVerticalLength: Inch(0.17),
            MinFreeVerticalLength: Inch(0.6),
            MergeDistance: Math.Max(2, dpi / 60),
            JoinGap: Inch(0.06),
            MaxThickness: Inch(0.04));
    }
}
