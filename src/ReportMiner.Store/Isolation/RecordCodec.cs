using System.Text.Json;
using ReportMiner.Extraction.Records;
using static ReportMiner.Store.Isolation.JsonCursor;

namespace ReportMiner.Store.Isolation;

/// <summary>
/// An extraction record in the worker protocol, written and read by hand with the same property names as its JSON
/// file. The serializer's generic machinery is JIT-compiled afresh in both processes on every run, which was most
/// of what isolation cost; this code is precompiled with the rest of the program. Every property must be carried
/// (tests/ReportMiner.Store.Tests/WorkerCodecTests checks a record with all of them set).
/// </summary>
internal static class RecordCodec
{
    public static void Write(Utf8JsonWriter w, DocumentRecord record)
    {
        w.WriteStartObject();
        JsonOut.String(w, "file", record.File);
        JsonOut.String(w, "sha256", record.Sha256);
        JsonOut.String(w, "format", record.Format);
        JsonOut.String(w, "document_kind", record.DocumentKind);
        w.WriteStartArray("projects");
        foreach (var project in record.Projects) Write(w, project);
        w.WriteEndArray();
        JsonOut.Strings(w, "warnings", record.Warnings);
        w.WriteEndObject();
    }

    public static DocumentRecord? ReadDocument(ref Utf8JsonReader r)
    {
        if (IsNull(ref r)) return null;
        string? file = null, sha256 = null, format = null, kind = null;
        var projects = new List<ProjectRecord>();
        List<string> warnings = [];
        while (NextProperty(ref r, out var name))
        {
            switch (name)
            {
                case "file": file = String(ref r); break;
                case "sha256": sha256 = String(ref r); break;
                case "format": format = String(ref r); break;
                case "document_kind": kind = String(ref r); break;
                case "projects":
                    if (!IsNull(ref r))
                        while (NextElement(ref r)) projects.Add(ReadProject(ref r));
                    break;
                case "warnings": warnings = Strings(ref r); break;
                default: r.Skip(); break;
            }
        }
        return new DocumentRecord
        {
            File = file ?? "", Sha256 = sha256 ?? "", Format = format ?? "", DocumentKind = kind, Projects = projects, Warnings = warnings,
        };
    }

    private static void Write(Utf8JsonWriter w, ProjectRecord p)
    {
        w.WriteStartObject();
        JsonOut.String(w, "name", p.Name);
        JsonOut.String(w, "province", p.Province);
        JsonOut.String(w, "city", p.City);
        JsonOut.String(w, "district", p.District);
        JsonOut.Number(w, "year", p.Year);
        JsonOut.String(w, "department", p.Department);
        JsonOut.String(w, "report_kind", p.ReportKind);
        JsonOut.Number(w, "budget_wan", p.BudgetWan);
        JsonOut.Number(w, "budget_initial_wan", p.BudgetInitialWan);
        JsonOut.Number(w, "budget_adjusted_wan", p.BudgetAdjustedWan);
        JsonOut.Number(w, "actual_wan", p.ActualWan);
        JsonOut.Number(w, "execution_rate_pct", p.ExecutionRatePct);
        JsonOut.Number(w, "score", p.Score);
        JsonOut.String(w, "grade", p.Grade);
        w.WriteStartArray("indicators");
        foreach (var indicator in p.Indicators) Write(w, indicator);
        w.WriteEndArray();
        w.WriteStartObject("sources");
        foreach (var (field, source) in p.Sources)
        {
            w.WritePropertyName(field);
            Write(w, source);
        }
        w.WriteEndObject();
        JsonOut.Strings(w, "warnings", p.Warnings);
        w.WriteEndObject();
    }

    private static ProjectRecord ReadProject(ref Utf8JsonReader r)
    {
        var p = new ProjectRecord { Name = "" };
        var indicators = new List<IndicatorRecord>();
        var sources = new Dictionary<string, SourceRef>();
        while (NextProperty(ref r, out var name))
        {
            switch (name)
            {
                case "name": p = p with { Name = String(ref r) ?? "" }; break;
                case "province": p = p with { Province = String(ref r) }; break;
                case "city": p = p with { City = String(ref r) }; break;
                case "district": p = p with { District = String(ref r) }; break;
                case "year": p = p with { Year = Int(ref r) }; break;
                case "department": p = p with { Department = String(ref r) }; break;
                case "report_kind": p = p with { ReportKind = String(ref r) }; break;
                case "budget_wan": p = p with { BudgetWan = Double(ref r) }; break;
                case "budget_initial_wan": p = p with { BudgetInitialWan = Double(ref r) }; break;
                case "budget_adjusted_wan": p = p with { BudgetAdjustedWan = Double(ref r) }; break;
                case "actual_wan": p = p with { ActualWan = Double(ref r) }; break;
                case "execution_rate_pct": p = p with { ExecutionRatePct = Double(ref r) }; break;
                case "score": p = p with { Score = Double(ref r) }; break;
                case "grade": p = p with { Grade = String(ref r) }; break;
                case "warnings": p = p with { Warnings = Strings(ref r) }; break;
                case "indicators":
                    if (!IsNull(ref r))
                        while (NextElement(ref r)) indicators.Add(ReadIndicator(ref r));
                    break;
                case "sources":
                    if (!IsNull(ref r))
                        while (NextProperty(ref r, out var field)) sources[field] = ReadSource(ref r) ?? throw new JsonException("A null source.");
                    break;
                default: r.Skip(); break;
            }
        }
        return p with { Indicators = indicators, Sources = sources };
    }

    private static void Write(Utf8JsonWriter w, IndicatorRecord i)
    {
        w.WriteStartObject();
        JsonOut.String(w, "level1", i.Level1);
        JsonOut.String(w, "level2", i.Level2);
        JsonOut.String(w, "name", i.Name);
        JsonOut.String(w, "category", i.Category);
        if (i.Target is { } target) { w.WritePropertyName("target"); Write(w, target); }
        if (i.Actual is { } actual) { w.WritePropertyName("actual"); Write(w, actual); }
        JsonOut.Number(w, "weight", i.Weight);
        JsonOut.Number(w, "score", i.Score);
        JsonOut.Bool(w, "met", i.Met);
        if (i.Source is { } source) { w.WritePropertyName("source"); Write(w, source); }
        w.WriteEndObject();
    }

    private static IndicatorRecord ReadIndicator(ref Utf8JsonReader r)
    {
        var i = new IndicatorRecord { Name = "" };
        while (NextProperty(ref r, out var name))
        {
            switch (name)
            {
                case "level1": i = i with { Level1 = String(ref r) }; break;
                case "level2": i = i with { Level2 = String(ref r) }; break;
                case "name": i = i with { Name = String(ref r) ?? "" }; break;
                case "category": i = i with { Category = String(ref r) }; break;
                case "target": i = i with { Target = ReadQuantity(ref r) }; break;
                case "actual": i = i with { Actual = ReadQuantity(ref r) }; break;
                case "weight": i = i with { Weight = Double(ref r) }; break;
                case "score": i = i with { Score = Double(ref r) }; break;
                case "met": i = i with { Met = Bool(ref r) }; break;
                case "source": i = i with { Source = ReadSource(ref r) }; break;
                default: r.Skip(); break;
            }
        }
        return i;
    }

    private static void Write(Utf8JsonWriter w, Quantity q)
    {
        w.WriteStartObject();
        JsonOut.String(w, "text", q.Text);
        JsonOut.String(w, "op", q.Op);
        JsonOut.Number(w, "value", q.Value);
        JsonOut.String(w, "unit", q.Unit);
        w.WriteEndObject();
    }

    private static Quantity? ReadQuantity(ref Utf8JsonReader r)
    {
        if (IsNull(ref r)) return null;
        string text = "";
        string? op = null, unit = null;
        double? value = null;
        while (NextProperty(ref r, out var name))
        {
            switch (name)
            {
                case "text": text = String(ref r) ?? ""; break;
                case "op": op = String(ref r); break;
                case "value": value = Double(ref r); break;
                case "unit": unit = String(ref r); break;
                default: r.Skip(); break;
            }
        }
        return new Quantity(text, op, value, unit);
    }

    private static void Write(Utf8JsonWriter w, SourceRef s)
    {
        w.WriteStartObject();
        w.WriteNumber("page", s.Page);
        JsonOut.Number(w, "table", s.Table);
        JsonOut.Number(w, "row", s.Row);
        JsonOut.String(w, "snippet", s.Snippet);
        w.WriteEndObject();
    }

    private static SourceRef? ReadSource(ref Utf8JsonReader r)
    {
        if (IsNull(ref r)) return null;
        int page = 0;
        int? table = null, row = null;
        var snippet = "";
        while (NextProperty(ref r, out var name))
        {
            switch (name)
            {
                case "page": page = r.GetInt32(); break;
                case "table": table = Int(ref r); break;
                case "row": row = Int(ref r); break;
                case "snippet": snippet = String(ref r) ?? ""; break;
                default: r.Skip(); break;
            }
        }
        return new SourceRef(page, table, row, snippet);
    }
}
