using System.Text.Json;
using ReportMiner.Extraction.Indicators;
using ReportMiner.Extraction.Pipeline;
using ReportMiner.Extraction.Records;

namespace ReportMiner.Extraction.Evaluation;

/// <summary>
/// Scores a predicted record against a gold annotation: projects are paired by name (a lone project pairs with
/// a lone project), then indicators by name; every non-null field is one fact. Optional gold indicators are
/// neither required nor penalised.
/// </summary>
public static class RecordEvaluator
{
    private static readonly string[] TextFields = ["province", "city", "district", "department", "report_kind", "grade"];
    private static readonly string[] NumberFields = ["year", "budget_wan", "actual_wan", "execution_rate_pct", "score"];

    /// <summary>Fields added to the schema later: scored only where the gold project has the key (null or not).</summary>
    private static readonly string[] CoveredNumberFields = ["budget_initial_wan", "budget_adjusted_wan"];

    public static void Evaluate(JsonElement gold, DocumentRecord? predicted, EvaluationResult result)
    {
        if (gold.TryGetProperty("document_kind", out _))
        {
            var kind = GoldValue.Of(gold, "document_kind");
            result.Field("document.kind").Add(kind.IsPresent, predicted?.DocumentKind is not null,
                kind.Accepted.Any(a => FactComparer.TextEquals(a, predicted?.DocumentKind)));
        }
        var goldProjects = gold.GetProperty("projects").EnumerateArray().ToList();
        var predictedProjects = predicted?.Projects.ToList() ?? [];
        var pairs = PairProjects(goldProjects, predictedProjects);
        foreach (var (g, p) in pairs)
        {
            if (g is null) { CountPredictedOnly(p!, result); continue; }
            CompareProject(g.Value, p, result);
        }
    }

    private static List<(JsonElement?, ProjectRecord?)> PairProjects(List<JsonElement> gold, List<ProjectRecord> predicted)
    {
        var pairs = new List<(JsonElement?, ProjectRecord?)>();
        var left = predicted.ToList();
        foreach (var g in gold)
        {
            var name = GoldValue.Of(g, "name");
            var match = left.FirstOrDefault(p => name.Accepted.Any(a => FactComparer.TextEquals(a, p.Name)))
                ?? left.FirstOrDefault(p => name.Accepted.Any(a => a.ValueKind == JsonValueKind.String && IndicatorNames.SameIndicator(a.GetString()!, p.Name)))
                ?? (gold.Count == 1 && left.Count == 1 ? left[0] : null);
            if (match is not null) left.Remove(match);
            pairs.Add((g, match));
        }
        pairs.AddRange(left.Select(p => ((JsonElement?)null, (ProjectRecord?)p)));
        return pairs;
    }

    private static void CompareProject(JsonElement g, ProjectRecord? p, EvaluationResult result)
    {
        var name = GoldValue.Of(g, "name");
        var predictedName = p is null || string.IsNullOrWhiteSpace(p.Name) ? null : p.Name;
        CountField(result, g, p, "name", predictedName is not null, a => FactComparer.TextEquals(a, predictedName));
        foreach (var field in TextFields)
        {
            var pv = p is null ? null : TextOf(p, field);
            CountField(result, g, p, field, pv is not null, a => FactComparer.TextEquals(a, pv));
        }
        foreach (var field in NumberFields)
        {
            var pv = p is null ? null : NumberOf(p, field);
            CountField(result, g, p, field, pv is not null, a => FactComparer.NumberEquals(a, pv));
        }
        foreach (var field in CoveredNumberFields.Where(f => g.TryGetProperty(f, out _)))
        {
            var gv = GoldValue.Of(g, field);
            var pv = p is null ? null : NumberOf(p, field);
            result.Field("project." + field).Add(gv.IsPresent, pv is not null, gv.Accepted.Any(a => FactComparer.NumberEquals(a, pv)));
        }
        CompareIndicators(g.GetProperty("indicators").EnumerateArray().ToList(), p?.Indicators.ToList() ?? [], result);
    }

    /// <summary>Scores one project field, and counts it for the path that claimed it.</summary>
    private static void CountField(EvaluationResult result, JsonElement g, ProjectRecord? p, string field, bool predicted, Func<JsonElement, bool> equalsGold)
    {
        var gv = GoldValue.Of(g, field);
        var equal = gv.Accepted.Any(equalsGold);
        result.Field("project." + field).Add(gv.IsPresent, predicted, equal);
        CountPath(result, p, field, predicted, gv.IsPresent && equal);
    }

    private static void CompareIndicators(List<JsonElement> gold, List<IndicatorRecord> predicted, EvaluationResult result)
    {
        var left = predicted.ToList();
        var pairs = new List<(JsonElement Gold, IndicatorRecord? Predicted)>();
        foreach (var pass in new Func<string, string, bool>[] { (a, b) => IndicatorNames.Clean(a) == IndicatorNames.Clean(b), IndicatorNames.SameIndicator })
        {
            foreach (var g in gold.Where(g => pairs.All(p => !p.Gold.Equals(g))))
            {
                // The name as annotated, then its alternatives (a name printed with a template hint, say).
                var names = GoldValue.Of(g, "name").Accepted.Where(a => a.ValueKind == JsonValueKind.String).Select(a => a.GetString()!).ToList();
                if (names.Count == 0) names.Add("");
                var match = left.FirstOrDefault(p => names.Any(name => pass(name, p.Name)));
                if (match is null) continue;
                left.Remove(match);
                pairs.Add((g, match));
            }
        }
        pairs.AddRange(gold.Where(g => pairs.All(p => !p.Gold.Equals(g))).Select(g => (g, (IndicatorRecord?)null)));
        foreach (var (g, p) in pairs)
        {
            if (g.TryGetProperty("optional", out var opt) && opt.ValueKind == JsonValueKind.True) continue;
            result.Field("indicator.name").Add(true, p is not null, p is not null);
            CompareIndicatorFields(g, p, result);
        }
        foreach (var p in left) CountPredictedIndicator(p, result);
    }

    private static void CompareIndicatorFields(JsonElement g, IndicatorRecord? p, EvaluationResult result)
    {
        void Text(string field, string? value)
        {
            var gv = GoldValue.Of(g, field);
            result.Field("indicator." + field).Add(gv.IsPresent, value is not null, gv.Accepted.Any(a => FactComparer.TextEquals(a, value)));
        }
        void Number(string field, double? value)
        {
            var gv = GoldValue.Of(g, field);
            result.Field("indicator." + field).Add(gv.IsPresent, value is not null, gv.Accepted.Any(a => FactComparer.NumberEquals(a, value)));
        }
        void Qty(string field, Quantity? value)
        {
            var gv = GoldValue.Of(g, field);
            result.Field("indicator." + field).Add(gv.IsPresent, value is not null, gv.Accepted.Any(a => FactComparer.QuantityEquals(a, value)));
        }
        Text("level1", p?.Level1);
        Text("level2", p?.Level2);
        Text("category", p?.Category);
        Qty("target", p?.Target);
        Qty("actual", p?.Actual);
        Number("weight", p?.Weight);
        Number("score", p?.Score);
        var met = GoldValue.Of(g, "met");
        result.Field("indicator.met").Add(met.IsPresent, p?.Met is not null, met.Accepted.Any(a => FactComparer.BoolEquals(a, p?.Met)));
    }

    private static void CountPredictedOnly(ProjectRecord p, EvaluationResult result)
    {
        if (!string.IsNullOrWhiteSpace(p.Name)) result.Field("project.name").Add(false, true, false);
        CountPath(result, p, "name", !string.IsNullOrWhiteSpace(p.Name), false, unpaired: true);
        foreach (var field in TextFields)
        {
            if (TextOf(p, field) is not null) result.Field("project." + field).Add(false, true, false);
            CountPath(result, p, field, TextOf(p, field) is not null, false, unpaired: true);
        }
        foreach (var field in NumberFields)
        {
            if (NumberOf(p, field) is not null) result.Field("project." + field).Add(false, true, false);
            CountPath(result, p, field, NumberOf(p, field) is not null, false, unpaired: true);
        }
        foreach (var i in p.Indicators) CountPredictedIndicator(i, result);
    }

    private static void CountPredictedIndicator(IndicatorRecord i, EvaluationResult result)
    {
        result.Field("indicator.name").Add(false, true, false);
        if (i.Level1 is not null) result.Field("indicator.level1").Add(false, true, false);
        if (i.Level2 is not null) result.Field("indicator.level2").Add(false, true, false);
        if (i.Category is not null) result.Field("indicator.category").Add(false, true, false);
        if (i.Target is not null) result.Field("indicator.target").Add(false, true, false);
        if (i.Actual is not null) result.Field("indicator.actual").Add(false, true, false);
        if (i.Weight is not null) result.Field("indicator.weight").Add(false, true, false);
        if (i.Score is not null) result.Field("indicator.score").Add(false, true, false);
        if (i.Met is not null) result.Field("indicator.met").Add(false, true, false);
    }

    /// <summary>
    /// A traced record's predicted value counted once more under the rule path that claimed it; a project no gold
    /// project pairs with is counted apart, since its fields are wrong whatever path filled them.
    /// </summary>
    private static void CountPath(EvaluationResult result, ProjectRecord? p, string field, bool predicted, bool correct, bool unpaired = false)
    {
        if (p is null || !predicted || FieldTrace.PathOf(p.Warnings, field) is not { } path) return;
        result.Path($"{field} {path}{(unpaired ? " (unpaired)" : "")}").Add(correct, true, correct);
    }

    private static string? TextOf(ProjectRecord p, string field) => field switch
    {
        "province" => p.Province, "city" => p.City, "district" => p.District, "department" => p.Department,
        "report_kind" => p.ReportKind, "grade" => p.Grade, _ => null,
    };

    private static double? NumberOf(ProjectRecord p, string field) => field switch
    {
        "year" => p.Year, "budget_wan" => p.BudgetWan, "actual_wan" => p.ActualWan,
        "execution_rate_pct" => p.ExecutionRatePct, "score" => p.Score,
        "budget_initial_wan" => p.BudgetInitialWan, "budget_adjusted_wan" => p.BudgetAdjustedWan, _ => null,
    };
}
