using ReportMiner.Extraction.Grammar;
using ReportMiner.Extraction.Money;
using ReportMiner.Extraction.Pipeline;

namespace ReportMiner.Extraction.Projects;

/// <summary>
/// A report that covers several separately budgeted projects lists them in a table: a 序号 column, a 项目名称
/// column and, per row, the project's money, department or grade ("序号 | 主管部门 | 项目名称 | 资金量（万元） | 评价等级").
/// Each listed row is a project of its own, sharing the report's place, year, department and kind; a row that
/// names a project already read from its own form only fills what that project lacks. The whole header row is
/// the evidence: a spending-item table ("序号 | 项目 | 金额") has no 项目名称 column, and a 自评表's 其中 rows or
/// funding sources have no 序号 column, so neither is split into projects.
/// </summary>
public sealed partial class ListedProjectsRule : IExtractionRule
{
    private const int MinListed = 2;
    private const int HeaderRowsSearched = 3;
    private const int MaxNameLength = 80;

    public void Apply(ExtractionContext context)
    {
        if (context.DocumentKind != Genre.GenreVocabulary.PerformanceReport || context.Projects.Count == 0) return;
        foreach (var table in context.Items.Where(i => i.IsRow).GroupBy(i => i.Table!.Index))
        {
            var listed = Read(context, table.ToList());
            if (listed.Count >= MinListed) { Apply(context, listed, table.Key); return; }
        }
    }

    private static void Apply(ExtractionContext context, List<ListedProject> listed, int tableIndex)
    {
        var template = context.Projects[0];
        var matched = new HashSet<ProjectDraft>();
        var added = new List<ProjectDraft>();
        foreach (var row in listed)
        {
            var key = ProjectSegmentationRule.Core(row.Name);
            var existing = context.Projects.FirstOrDefault(p => p.Name is { } n && ProjectSegmentationRule.Core(n) == key);
            if (existing is not null) { matched.Add(existing); Fill(existing, row); continue; }
            var project = new ProjectDraft(row.Item.Index, row.Item.Index);
            project.SetName(row.Name, row.Item.Source());
            Fill(project, row);
            Share(template, project);
            added.Add(project);
        }
        // A document-level draft that only read the listing itself (its header as a name, a grade from the
        // summary sentence) is not a project beside the listed ones.
        context.Projects.RemoveAll(p => !matched.Contains(p) && p.Indicators.Count == 0 && ReadFromListing(p, tableIndex));
        context.Projects.AddRange(added);
    }

    private static bool ReadFromListing(ProjectDraft p, int tableIndex) =>
        p.Name is null || (p.Sources.TryGetValue("name", out var s) && s.Table == tableIndex);

    private static void Fill(ProjectDraft project, ListedProject row)
    {
        var source = row.Item.Source();
        if (row.BudgetWan is { } budget && project.Claim("budget_wan", source)) project.BudgetWan = budget;
        if (row.Grade is { } grade && project.Claim("grade", source)) project.Grade = grade;
        if (row.Department is { } department && project.Claim("department", source)) project.Department = department;
    }

    private static void Share(ProjectDraft from, ProjectDraft to)
    {
        Copy("province", () => to.Province = from.Province);
        Copy("city", () => to.City = from.City);
        Copy("district", () => to.District = from.District);
        Copy("year", () => to.Year = from.Year);
        Copy("department", () => to.Department = from.Department);
        Copy("report_kind", () => to.ReportKind = from.ReportKind);

        void Copy(string field, Action set)
        {
            if (from.Sources.TryGetValue(field, out var source) && to.Claim(field, source)) set();
        }
    }

    private static List<ListedProject> Read(ExtractionContext context, List<DocItem> rows)
    {
        var result = new List<ListedProject>();
        for (var h = 0; h < Math.Min(HeaderRowsSearched, rows.Count); h++)
        {
            var header = rows[h].Cells.Select(LabelValues.LabelKey).ToList();
            var seq = header.FindIndex(c => c is "序号" or "编号");
            var name = header.FindIndex(ProjectSegmentationRule.IsProjectNameLabel);
            if (seq < 0 || name < 0 || seq == name) continue;
            var money = header.FindIndex(IsAmountHeading);
            var grade = header.FindIndex(c => c.Contains("等级") || c.Contains("等次"));
            var department = header.FindIndex(c => c.StartsWith("主管部门", StringComparison.Ordinal));
            var unit = (money >= 0 ? MoneyUnitDetector.FromHeader(rows[h].Cells[money]) : null)
                ?? UnitContext.ForTable(context, rows[h].Table!) ?? MoneyUnit.Wan;
            foreach (var row in rows.Skip(h + 1))
            {
                var cells = row.Cells;
                if (Cell(cells, seq) is not { } number || !SequenceNumber().IsMatch(number)) continue;
                if (Cell(cells, name) is not { } projectName || projectName.Length > MaxNameLength || projectName == Cell(cells, seq)) continue;
                if (CutOff(context, row, rows[h])) continue;
                double? budget = Cell(cells, money) is { } m && MoneyParser.TryParseWan(m, unit, out var wan) ? wan : null;
                result.Add(new ListedProject(row, projectName, budget, Cell(cells, grade), Cell(cells, department)));
            }
            return result;
        }
        return result;
    }

    /// <summary>The excerpt ends inside this row: it is the document's last item and stops short of the header's columns.</summary>
    private static bool CutOff(ExtractionContext context, DocItem row, DocItem header) =>
        row.Index == context.Items.Count - 1 && Filled(row) < Filled(header);

    private static int Filled(DocItem row) => row.Cells.Distinct().Count(c => c.Trim().Length > 0);

    private static string? Cell(IReadOnlyList<string> cells, int column) =>
        column >= 0 && column < cells.Count && cells[column].Trim() is { Length: > 0 } text ? text : null;

    /// <summary>The column of the project's own money: 预算/金额/资金量, not a source of funds or a rate.</summary>
    private static bool IsAmountHeading(string key) =>
        (key.Contains("预算") || key.Contains("金额") || key.Contains("资金量") || key.Contains("资金规模") || key.StartsWith("资金(", StringComparison.Ordinal))
        && !key.Contains("来源") && !key.Contains("率");

    [System.Text.RegularExpressions.GeneratedRegex(@"^\d{1,3}[.、]?$")]
    private static partial System.Text.RegularExpressions.Regex SequenceNumber();

    private sealed record ListedProject(DocItem Item, string Name, double? BudgetWan, string? Grade, string? Department);
}
