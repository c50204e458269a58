namespace ReportMiner.Parsing.Pdf;

/// <summary>A PDF affine transform [a b c d e f].</summary>
public readonly record struct Matrix(double A, double B, double C, double D, double E, double F)
{
    public static Matrix Identity { get; } = new(1, 0, 0, 1, 0, 0);

    /// <summary>This transform applied first, then <paramref name="outer"/> (PDF's "cm" order).</summary>
    public Matrix Then(Matrix outer) => new(
        A * outer.A + B * outer.C, A * outer.B + B * outer.D,
        C * outer.A + D * outer.C, C * outer.B + D * outer.D,
        E * outer.A + F * outer.C + outer.E, E * outer.B + F * outer.D + outer.F);

    public (double X, double Y) Apply(double x, double y) => (A * x + C * y + E, B * x + D * y + F);
}
