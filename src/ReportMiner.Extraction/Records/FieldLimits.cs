namespace ReportMiner.Extraction.Records;

/// <summary>
/// Caps every text field of a record at a length no real report needs, with a warning naming what was cut:
/// a hostile or broken file (one 50 MB paragraph) would otherwise become a 16-million-character project name
/// that slows every later search and comparison. A number that came out infinite or NaN (a 400-digit cell) is
/// left out the same way: no report means it, and JSON, spreadsheets and comparisons cannot hold it.
/// </summary>
public static class FieldLimits
{
    public const int Name = 300, Label = 200, Place = 60, Quantity = 200, Snippet = 500, Warning = 500, Warnings = 200;

    public static DocumentRecord Apply(DocumentRecord record) => record with
    {
        Projects = record.Projects.Select(Apply).ToList(),
        Warnings = record.Warnings.Take(Warnings).Select(w => w.Length <= Warning ? w : w[..Warning]).ToList(),
    };

    private static ProjectRecord Apply(ProjectRecord p)
    {
        var cut = new List<string>();
        string? Cap(string? value, int limit, string field)
        {
            if (value is null || value.Length <= limit) return value;
            if (cut.Count < 20) cut.Add($"{field} was {value.Length:N0} characters long; only its first {limit} are kept.");
            return value[..limit];
        }
        double? Finite(double? value, string field)
        {
            if (value is not { } v || double.IsFinite(v)) return value;
            if (cut.Count < 20) cut.Add($"{field} was not a finite number ({v.ToString(System.Globalization.CultureInfo.InvariantCulture)}); it is left out.");
            return null;
        }
        Quantity? CapQuantity(Quantity? q, string field) => q is null ? null
            : q with { Text = Cap(q.Text, Quantity, field)!, Unit = Cap(q.Unit, Place, field + " unit"), Value = Finite(q.Value, field + " value") };
        SourceRef? CapSource(SourceRef? s, string field) => s is null ? null : s with { Snippet = Cap(s.Snippet, Snippet, field + " snippet")! };

        var indicators = p.Indicators.Select((i, n) => i with
        {
            Level1 = Cap(i.Level1, Label, $"indicator {n + 1} level1"),
            Level2 = Cap(i.Level2, Label, $"indicator {n + 1} level2"),
            Name = Cap(i.Name, Name, $"indicator {n + 1} name")!,
            Target = CapQuantity(i.Target, $"indicator {n + 1} target"),
            Actual = CapQuantity(i.Actual, $"indicator {n + 1} actual"),
            Source = CapSource(i.Source, $"indicator {n + 1}"),
            Weight = Finite(i.Weight, $"indicator {n + 1} weight"),
            Score = Finite(i.Score, $"indicator {n + 1} score"),
        }).ToList();
        var capped = p with
        {
            Name = Cap(p.Name, Name, "project name")!,
            Province = Cap(p.Province, Place, "province"),
            City = Cap(p.City, Place, "city"),
            District = Cap(p.District, Place, "district"),
            Department = Cap(p.Department, Label, "department"),
            ReportKind = Cap(p.ReportKind, Place, "report kind"),
            Grade = Cap(p.Grade, Place, "grade"),
            BudgetWan = Finite(p.BudgetWan, "budget"),
            BudgetInitialWan = Finite(p.BudgetInitialWan, "initial budget"),
            BudgetAdjustedWan = Finite(p.BudgetAdjustedWan, "adjusted budget"),
            ActualWan = Finite(p.ActualWan, "actual spending"),
            ExecutionRatePct = Finite(p.ExecutionRatePct, "execution rate"),
            Score = Finite(p.Score, "score"),
            Indicators = indicators,
            Sources = p.Sources.ToDictionary(s => s.Key, s => CapSource(s.Value, s.Key)!),
        };
        var warnings = capped.Warnings.Take(Warnings).Select(w => w.Length <= Warning ? w : w[..Warning]).Concat(cut).ToList();
        return capped with { Warnings = warnings };
    }
}
