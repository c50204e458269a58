using ReportMiner.Extraction.Grammar;
using ReportMiner.Extraction.Money;
using ReportMiner.Extraction.Pipeline;

namespace ReportMiner.Extraction.Projects;

/// <summary>
/// A report that covers several separately budgeted projects lists them in a table: a 序号 column, a 项目名称
/// column and, per row, the project's money, department, score or grade ("序号 | 主管部门 | 项目名称 | 资金量（万元） | 评价等级",
/// "项目名称 | 债券性质 | 债券规模 | 自评分数 | 自评等级" under "单位：亿元").
/// Each listed row is a project of its own, sharing the report's place, year, department and kind; a row that
/// names a project already read from its own form only fills what that project lacks. The whole header row is
/// the evidence: a spending-item table ("序号 | 项目 | 金额") has no 项目名称 column, and a 自评表's 其中 rows or
/// funding sources have no 序号 column, so neither is split into projects; nor is a table under a fund's allocation
/// caption (资金安排表, 分配表), whose rows are the fund's shares.
/// </summary>
public sealed partial class ListedProjectsRule : IExtractionRule
{
    private const int MinListed = 2;
    private const int HeaderRowsSearched = 3;
    private const int MaxNameLength = 80;
    private const double MaxScore = 100;

    public void Apply(ExtractionContext context)
    {
        if (context.DocumentKind != Genre.GenreVocabulary.PerformanceReport || context.Projects.Count == 0) return;
        var unnamed = OnlyUnnamedDraft(context);
        foreach (var table in context.Items.Where(i => i.IsRow).GroupBy(i => i.Table!.Index))
        {
            if (AllocationTableCaption.Above(context.Items, table.First().Index)) { AllocationTableCaption.DropDraftsReadFrom(context, table.ToList()); continue; }
            var listed = Read(context, table.ToList(), out var rated);
            if (listed.Count >= MinListed || (listed.Count == 1 && rated && unnamed)) { Apply(context, listed, table.ToList()); break; }
        }
        // A listing too short to split (one row) still left its next column's heading as a draft's name.
        foreach (var project in context.Projects.Where(p => p.Name is { } n && ProjectNameRule.IsListingHeading(n)))
            project.DropName();
    }

    /// <summary>
    /// A results page whose excerpt ends after the listing's first row (or that evaluated one project) names its project
    /// nowhere else: with no other name read, the one row of a listing that rates its projects (a grade or score
    /// column) is the document's project. A one-row table of spending items rates nothing and names no project.
    /// </summary>
    private static bool OnlyUnnamedDraft(ExtractionContext context) =>
        context.Projects is [{ Name: var name }] && (string.IsNullOrEmpty(name) || ProjectNameRule.IsListingHeading(name));

    private static void Apply(ExtractionContext context, List<ListedProject> listed, List<DocItem> table)
    {
        var tableIndex = table[0].Table!.Index;
        // The draft that opens the document may be dropped below (it only read the listing); its fields are the report's.
        var opening = context.Projects[0];
        var owners = new List<(ListedProject Row, ProjectDraft Project)>();
        var added = new List<ProjectDraft>();
        foreach (var row in listed)
        {
            var key = ProjectSegmentationRule.Core(row.Name);
            var existing = context.Projects.FirstOrDefault(p => p.Name is { } n && ProjectSegmentationRule.Core(WithoutFormEnding(n)) == key);
            if (existing is not null) { owners.Add((row, existing)); Fill(existing, row); continue; }
            var project = new ProjectDraft(row.Item.Index, row.Item.Index);
            project.SetName(row.Name, row.Item.Source());
            Fill(project, row);
            project.ShareDocumentFields(opening);
            added.Add(project);
            owners.Add((row, project));
        }
        // A document-level draft that only read the listing itself (its header as a name, a grade from the
        // summary sentence) is not a project beside the listed ones; indicator rows it read from a table that
        // spans several projects belong to the project whose row they follow.
        var matched = owners.Select(o => o.Project).ToHashSet();
        foreach (var stray in context.Projects.Where(p => !matched.Contains(p) && ReadFromListing(p, table)).ToList())
        {
            foreach (var indicator in stray.Indicators.ToList())
                if (OwnerOf(owners, indicator.Source, tableIndex) is { } owner) { owner.Indicators.Add(indicator); stray.Indicators.Remove(indicator); }
            if (stray.Indicators.Count == 0) context.Projects.Remove(stray);
        }
        context.Projects.AddRange(added);
    }

    /// <summary>The listed project whose row is the last one at or above the indicator's row of the same table.</summary>
    private static ProjectDraft? OwnerOf(List<(ListedProject Row, ProjectDraft Project)> owners, Records.SourceRef? source, int tableIndex) =>
        source is { Table: { } table, Row: { } row } && table == tableIndex
            ? owners.Where(o => o.Row.Item.Row <= row).OrderBy(o => o.Row.Item.Row).Select(o => o.Project).LastOrDefault()
            : null;

    private static bool ReadFromListing(ProjectDraft p, List<DocItem> table) =>
        p.Name is null || (p.Sources.TryGetValue("name", out var s) && (s.Table == table[0].Table!.Index
            // A listing rebuilt from the page's lines cites no table: its rows are known by their text.
            || s.Table is null && table.Any(r => r.FromParagraph && r.Page == s.Page && r.Source().Snippet == s.Snippet)));

    private static void Fill(ProjectDraft project, ListedProject row)
    {
        var source = row.Item.Source();
        if (row.BudgetWan is { } budget && project.Claim("budget_wan", source)) project.BudgetWan = budget;
        if (row.Money.Initial is { } initial && project.Claim("budget_initial_wan", source)) project.BudgetInitialWan = initial;
        if (row.Money.Adjusted is { } adjusted && project.Claim("budget_adjusted_wan", source)) project.BudgetAdjustedWan = adjusted;
        if (row.Money.Actual is { } actual && project.Claim("actual_wan", source)) project.ActualWan = actual;
        if (row.Grade is { } grade && project.Claim("grade", source)) project.Grade = grade;
        if (row.Score is { } score && project.Claim("score", source)) project.Score = score;
        if (row.Department is { } department && project.Claim("department", source)) project.Department = department;
    }

    /// <param name="rated">Whether the listing has a result column (grade or score): a results listing, not spending items.</param>
    private static List<ListedProject> Read(ExtractionContext context, List<DocItem> rows, out bool rated)
    {
        var result = new List<ListedProject>();
        rated = false;
        for (var h = 0; h < Math.Min(HeaderRowsSearched, rows.Count); h++)
        {
            var header = rows[h].Cells.Select(LabelValues.LabelKey).ToList();
            var seq = header.FindIndex(c => c is "序号" or "编号");
            var name = header.FindIndex(ProjectSegmentationRule.IsProjectNameLabel);
            var money = header.FindIndex(IsAmountHeading);
            if (name < 0 || (seq < 0 && money < 0) || seq == name || money == name) continue;
            // A "项目名称 | X | 预算金额 | 100" row is a form's label/value row, not a listing's headings.
            if (rows[h].Cells.Any(c => MoneyParser.TryParseWan(c, MoneyUnit.Wan, out _))) continue;
            var score = header.FindIndex(IsScoreHeading);
            var grade = header.FindIndex(c => c.Contains("等级") || c.Contains("等次"));
            if (grade < 0) grade = GradeColumn(rows.Skip(h + 1).ToList(), header.Count, [seq, name, money, score]);
            rated = grade >= 0 || score >= 0;
            var department = header.FindIndex(c => c.StartsWith("主管部门", StringComparison.Ordinal));
            var unit = (money >= 0 ? MoneyUnitDetector.FromHeader(rows[h].Cells[money]) : null)
                ?? UnitContext.ForTable(context, rows[h].Table!) ?? MoneyUnit.Wan;
            var roles = header.Select(MoneyLabels.Of).ToList();
            var initial = roles.IndexOf(MoneyRole.BudgetInitial);
            var adjusted = roles.IndexOf(MoneyRole.BudgetAdjusted);
            var actual = roles.IndexOf(MoneyRole.Actual);
            // The full year's budget is the project's budget where the listing prints it beside the one first approved.
            if (adjusted >= 0) money = adjusted;
            foreach (var row in rows.Skip(h + 1))
            {
                var cells = row.Cells;
                if (seq >= 0 && (Cell(cells, seq) is not { } number || !SequenceNumber().IsMatch(number))) continue;
                if (Cell(cells, name) is not { } listedName || listedName.Length > MaxNameLength || listedName == Cell(cells, seq)) continue;
                var projectName = WithoutFormEnding(listedName);
                // A merged cell repeats in every row it spans: the project's indicator rows, not new projects.
                if (CutOff(context, row, rows[h]) || result.Any(r => r.Name == projectName)) continue;
                var budget = WanIn(cells, money, unit);
                // Without a 序号 column, only a row that gives its own amount is a listed project.
                if (seq < 0 && budget is null) continue;
                var columns = new ListedMoney(WanIn(cells, initial, unit), WanIn(cells, adjusted, unit), WanIn(cells, actual, unit));
                result.Add(new ListedProject(row, projectName, budget, columns, ScoreIn(Cell(cells, score)), Cell(cells, grade), Cell(cells, department)));
            }
            return result;
        }
        return result;
    }

    /// <summary>
    /// The excerpt ends inside this row: it is the document's last item and stops short of the header's columns and of
    /// the row above it (a column every listed row leaves blank, such as an unfilled 等级, does not cut the last row off).
    /// </summary>
    private static bool CutOff(ExtractionContext context, DocItem row, DocItem header) =>
        row.Index == context.Items.Count - 1 && Filled(row) < Filled(header)
        && (context.Items[row.Index - 1] is not { IsRow: true } above || above == header || Filled(row) < Filled(above));

    /// <summary>
    /// The row's filled cells, a merged cell repeated over the columns it spans counted once; a figure printed again is
    /// a value of its own (a project spent as budgeted prints 20 | 20), so it counts each time.
    /// </summary>
    private static int Filled(DocItem row)
    {
        var filled = row.Cells.Select(c => c.Trim()).Where(c => c.Length > 0)
            .ToLookup(c => MoneyParser.TryParseWan(c, MoneyUnit.Wan, out _));
        return filled[true].Count() + filled[false].Distinct().Count();
    }

    private static double? WanIn(IReadOnlyList<string> cells, int column, MoneyUnit unit) =>
        Cell(cells, column) is { } m && MoneyParser.TryParseWan(m, unit, out var wan) ? wan : null;

    private static string? Cell(IReadOnlyList<string> cells, int column) =>
        column >= 0 && column < cells.Count && cells[column].Trim() is { Length: > 0 } text ? text : null;

    /// <summary>
    /// A column whose every filled cell below the header is a grade (优, 良好, 合格 …) is the grade column whatever its
    /// heading says (评价结果 in R269; 评价等级, 自评等级 in R068, R270, R285 are named so already). Two rows at least.
    /// </summary>
    private static int GradeColumn(List<DocItem> rows, int columns, int[] taken)
    {
        for (var c = 0; c < columns; c++)
        {
            if (taken.Contains(c)) continue;
            var filled = rows.Select(r => Cell(r.Cells, c)).OfType<string>().ToList();
            if (filled.Count >= MinListed && filled.All(v => GradeWord().IsMatch(v))) return c;
        }
        return -1;
    }

    [System.Text.RegularExpressions.GeneratedRegex("^(?:优秀|良好|合格|不合格|中等|较差|优|良|中|差)$")]
    private static partial System.Text.RegularExpressions.Regex GradeWord();

    /// <summary>The column of the project's own money: 预算/金额/资金量, a bond project's 债券规模; not a source of funds or a rate.</summary>
    internal static bool IsAmountHeading(string key) =>
        (key.Contains("预算") || key.Contains("金额") || key.Contains("资金量") || key.Contains("资金规模") || key.Contains("债券规模")
            || key.StartsWith("资金(", StringComparison.Ordinal))
        && !key.Contains("来源") && !key.Contains("率");

    /// <summary>The column of the project's total score (自评分数, 评价得分, 总分); a 分值 column is the indicator's weight.</summary>
    internal static bool IsScoreHeading(string key) =>
        key.EndsWith("分数", StringComparison.Ordinal) || key.EndsWith("得分", StringComparison.Ordinal)
        || key.EndsWith("评分", StringComparison.Ordinal) || key == "总分";

    private static double? ScoreIn(string? cell) =>
        cell is not null && double.TryParse(cell, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var value)
        && value is >= 0 and <= MaxScore ? value : null;

    [System.Text.RegularExpressions.GeneratedRegex(@"^\d{1,3}[.、]?$")]
    private static partial System.Text.RegularExpressions.Regex SequenceNumber();

    private static readonly string[] FormEndings = LongestFirst(EmbeddedData.Lines("Projects.Data.listed-form-endings.tsv"));

    /// <summary>The endings, longest first whatever the data file's order: 绩效自评表 is cut before 自评表 could be.</summary>
    public static string[] LongestFirst(IEnumerable<string> endings) =>
        endings.Select(l => l.Trim()).Where(l => l.Length > 0).OrderByDescending(l => l.Length).ToArray();

    /// <summary>"X资金自评表" → "X资金": a listing of a department's forms names each project by its form.</summary>
    public static string WithoutFormEnding(string name)
    {
        var trimmed = name.Trim();
        foreach (var ending in FormEndings)
            if (trimmed.EndsWith(ending, StringComparison.Ordinal) && trimmed.Length >= ending.Length + MinFormName) return trimmed[..^ending.Length];
        return trimmed;
    }

    // "X自评表" with X of two characters at least: "项目自评表" alone names no project, but that is for the name rules to say.
    private const int MinFormName = 2;

    private sealed record ListedProject(DocItem Item, string Name, double? BudgetWan, ListedMoney Money, double? Score, string? Grade, string? Department);

    /// <summary>The money a listing's row prints under the form's own column words: 年初预算数, 全年预算数, 全年执行数.</summary>
    private sealed record ListedMoney(double? Initial, double? Adjusted, double? Actual);
}
