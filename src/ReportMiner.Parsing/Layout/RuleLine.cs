namespace ReportMiner.Parsing.Layout;

/// <summary>A horizontal or vertical ruling line (a table border), in the same coordinates as the words.</summary>
public sealed record RuleLine(double X1, double Y1, double X2, double Y2)
{
    public bool IsHorizontal => Math.Abs(Y2 - Y1) <= Math.Abs(X2 - X1);
}
