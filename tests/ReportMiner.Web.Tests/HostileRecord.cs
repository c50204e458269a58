namespace ReportMiner.Web.Tests;

/// <summary>An extraction record whose every string is an attack: script tags, event handlers, spreadsheet formulas.</summary>
internal static class HostileRecord
{
    public const string ProjectName = "=HYPERLINK(\"http://evil.example\")<script>window.__pwned=1</script>恶意热线项目";
    public const string IndicatorName = "@SUM(1+1)接通率<img src=x onerror=\"window.__pwned=2\">";
    public const string City = "恶意市";
    // Outside the years the screenshots compare, so the README pictures show real reports only.
    public const int Year = 2030;
    public const string DocumentWarning = "Page 1 was read by OCR <script>window.__pwned=8</script>";

    public static string Json => System.Text.Json.JsonSerializer.Serialize(new
    {
        file = "hostile.json",
        sha256 = "",
        format = "record",
        warnings = new[] { DocumentWarning },
        projects = new[]
        {
            new
            {
                name = ProjectName, province = "<b>省</b>", city = City, year = Year, department = "<svg onload=\"window.__pwned=4\">部门",
                report_kind = "self_evaluation", budget_wan = 100.0, actual_wan = 90.0, execution_rate_pct = 90.0,
                warnings = new[] { "execution_rate_pct <img src=x onerror=\"window.__pwned=3\"> differs" },
                sources = new Dictionary<string, object>
                {
                    ["budget_wan"] = new { page = 1, table = 0, row = 1, snippet = "<script>window.__pwned=5</script>" },
                },
                indicators = new[]
                {
                    new
                    {
                        level1 = "产出<i>", level2 = "质量", name = IndicatorName, category = "answer_rate",
                        target = new { text = "≥90%<script>", op = ">=", value = 90.0, unit = "%" },
                        actual = new { text = "-91%\"onmouseover=\"window.__pwned=6", op = (string?)null, value = 91.0, unit = "%" },
                        met = true, source = new { page = 1, table = 0, row = 2, snippet = "</td><script>window.__pwned=7</script>" },
                    },
                },
            },
        },
    });
}
