using System.Globalization;

namespace ReportMiner.Parsing.Ofd;

/// <summary>An OFD transformation "a b c d e f": (x, y) → (a·x + c·y + e, b·x + d·y + f), y growing downward.</summary>
internal readonly record struct OfdMatrix(double A, double B, double C, double D, double E, double F)
{
    public static OfdMatrix Identity { get; } = new(1, 0, 0, 1, 0, 0);

    public (double X, double Y) Apply(double x, double y) => (A * x + C * y + E, B * x + D * y + F);

    /// <summary>How much a length along the object's y axis grows (a font size is one).</summary>
    public double VerticalScale => Math.Sqrt(C * C + D * D);

    /// <summary>True when the object's x axis still points right on the page (not turned or mirrored).</summary>
    public bool IsUpright => A > 0 && Math.Abs(B) <= 0.1 * A;

    /// <summary>An object's placement: its CTM, then the offset of its Boundary's top-left corner.</summary>
    public static OfdMatrix ForObject(string? ctm, string? boundary)
    {
        var m = Parse(ctm) ?? Identity;
        var box = OfdNumbers.Parse(boundary);
        return box.Count >= 2 ? m with { E = m.E + box[0], F = m.F + box[1] } : m;
    }

    private static OfdMatrix? Parse(string? text)
    {
        var v = OfdNumbers.Parse(text);
        return v.Count == 6 && v.All(double.IsFinite) ? new OfdMatrix(v[0], v[1], v[2], v[3], v[4], v[5]) : null;
    }
}

/// <summary>OFD's space-separated number lists (ST_Array, ST_Box).</summary>
internal static class OfdNumbers
{
    public static List<double> Parse(string? text)
    {
        var values = new List<double>();
        if (string.IsNullOrWhiteSpace(text)) return values;
        foreach (var token in text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            if (!double.TryParse(token, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || !double.IsFinite(value))
                return [];
            values.Add(value);
        }
        return values;
    }
}
