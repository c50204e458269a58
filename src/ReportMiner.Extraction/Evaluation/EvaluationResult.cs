namespace ReportMiner.Extraction.Evaluation;

/// <summary>Fact counts per field over a set of documents, and the overall fact-level figures.</summary>
public sealed class EvaluationResult
{
    public SortedDictionary<string, FactCounts> Fields { get; } = new(StringComparer.Ordinal);

    public List<string> Notes { get; } = [];

    /// <summary>Predicted project facts by the rule path that claimed them (records extracted with a field trace only).</summary>
    public SortedDictionary<string, FactCounts> Paths { get; } = new(StringComparer.Ordinal);

    public FactCounts Path(string fieldAndPath)
    {
        if (!Paths.TryGetValue(fieldAndPath, out var counts)) Paths[fieldAndPath] = counts = new FactCounts();
        return counts;
    }

    /// <summary>tp and fp per traced path, for the precision of each way a field is filled; empty without a trace.</summary>
    public string ToPathTable() => string.Join('\n',
        Paths.Select(p => $"{p.Key,-56}{p.Value.TruePositives,6}{p.Value.FalsePositives,6}{p.Value.Precision,8:0.000}"));

    public FactCounts Field(string name)
    {
        if (!Fields.TryGetValue(name, out var counts)) Fields[name] = counts = new FactCounts();
        return counts;
    }

    public FactCounts Overall
    {
        get
        {
            var all = new FactCounts();
            foreach (var counts in Fields.Values) all.AddAll(counts);
            return all;
        }
    }

    public string ToTable()
    {
        var lines = new List<string> { $"{"field",-28}{"tp",6}{"fp",6}{"fn",6}{"P",8}{"R",8}{"F1",8}" };
        foreach (var (name, c) in Fields)
            lines.Add($"{name,-28}{c.TruePositives,6}{c.FalsePositives,6}{c.FalseNegatives,6}{c.Precision,8:0.000}{c.Recall,8:0.000}{c.F1,8:0.000}");
        var o = Overall;
        lines.Add($"{"OVERALL (facts)",-28}{o.TruePositives,6}{o.FalsePositives,6}{o.FalseNegatives,6}{o.Precision,8:0.000}{o.Recall,8:0.000}{o.F1,8:0.000}");
        return string.Join('\n', lines);
    }
}
