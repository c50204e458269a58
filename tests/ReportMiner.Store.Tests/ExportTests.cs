using ReportMiner.Store.Data;
using System.Text;
using System.Text.Json.Nodes;
using CsvHelper;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using ReportMiner.Store.Exporting;
using ReportMiner.Store.Statistics;
using ReportMiner.TestSupport;

namespace ReportMiner.Store.Tests;

public abstract class ExportTestsContract
{
    protected abstract StoreEngine Engine { get; }

    private string NewDb(TempDirectory dir) => StoreFixture.NewStore(dir, Engine);

    private (TempDirectory Dir, string Db) GoldStore()
    {
        var dir = new TempDirectory();
        var db = NewDb(dir);
        StoreFixture.Import(db, StoreFixture.CopyGold(dir));
        return (dir, db);
    }

    [Fact]
    public void Csv_starts_with_a_bom_and_round_trips_through_csvhelper()
    {
        var (dir, db) = GoldStore();
        using var _ = dir;
        using var connection = StoreFixture.Open(db);
        var sheet = new ExportService(connection).Indicators(new ExportFilter());
        var path = dir.File("i.csv");
        CsvSheet.Write(sheet, path);

        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, File.ReadAllBytes(path)[..3]);
        using var reader = CsvReader.Create(File.OpenRead(path), CsvReaderOptions.Default);
        var rows = new List<string[]>();
        while (reader.Read()) rows.Add(Enumerable.Range(0, reader.FieldCount).Select(reader.GetString).ToArray());
        Assert.Equal(sheet.Columns, reader.Headers.ToArray());
        Assert.Equal(52, rows.Count);
        var nameColumn = sheet.Columns.ToList().IndexOf("name");
        Assert.Equal(sheet.Rows.Select(r => (string)r[nameColumn]!), rows.Select(r => r[nameColumn]));
        var snippetColumn = sheet.Columns.ToList().IndexOf("target_text");
        // Targets such as "=1" come back with the quote that keeps spreadsheet programs from evaluating them.
        Assert.Equal(sheet.Rows.Select(r => InertText.ForSpreadsheet(r[snippetColumn] as string ?? "")), rows.Select(r => r[snippetColumn]));
        Assert.Contains("'=1", rows.Select(r => r[snippetColumn]));
    }

    [Fact]
    public void Xlsx_has_a_sheet_per_table_with_every_row()
    {
        var (dir, db) = GoldStore();
        using var _ = dir;
        using var connection = StoreFixture.Open(db);
        var service = new ExportService(connection);
        var path = dir.File("all.xlsx");
        XlsxWorkbook.Write([service.Projects(new ExportFilter()), service.Indicators(new ExportFilter())], path);

        using var document = SpreadsheetDocument.Open(path, false);
        var workbook = document.WorkbookPart!;
        var sheets = workbook.Workbook.Descendants<DocumentFormat.OpenXml.Spreadsheet.Sheet>().ToArray();
        Assert.Equal(["projects", "indicators"], sheets.Select(s => s.Name!.Value!).ToArray());
        var indicatorRows = ((WorksheetPart)workbook.GetPartById(sheets[1].Id!)).Worksheet.Descendants<Row>().ToArray();
        Assert.Equal(53, indicatorRows.Length);
        var projectRows = ((WorksheetPart)workbook.GetPartById(sheets[0].Id!)).Worksheet.Descendants<Row>().ToArray();
        Assert.Equal(7, projectRows.Length);
        Assert.Contains(projectRows.SelectMany(r => r.Descendants<Cell>()), c => c.InnerText == "12345政府服务热线人工坐席服务外包项目");
        Assert.Contains(projectRows.SelectMany(r => r.Descendants<Cell>()), c => c.CellValue?.Text == "13410.06");
    }

    [Fact]
    public void Jsonl_has_one_project_per_line_with_its_indicators()
    {
        var (dir, db) = GoldStore();
        using var _ = dir;
        using var connection = StoreFixture.Open(db);
        var service = new ExportService(connection);
        var filter = new ExportFilter { Cities = ["上海"] };
        var path = dir.File("p.jsonl");
        JsonLines.Write(service.Projects(filter), service.Indicators(filter), path);

        var lines = File.ReadAllLines(path, Encoding.UTF8).Select(l => JsonNode.Parse(l)!).ToArray();
        Assert.Equal(2, lines.Length);
        Assert.Equal([17, 18], lines.Select(l => l["indicators"]!.AsArray().Count).ToArray());
        Assert.All(lines, l => Assert.Equal("上海市", (string?)l["city"]));
    }

    [Fact]
    public void Stats_count_documents_by_format_status_city_and_year()
    {
        var (dir, db) = GoldStore();
        using var _ = dir;
        File.WriteAllText(dir.File("bad.json"), "not json");
        StoreFixture.Import(db, dir.File("bad.json"));
        using var connection = StoreFixture.Open(db);
        var stats = new StatsService(connection, db).Collect();

        Assert.Equal((6, 6, 52), (stats.Documents, stats.Projects, stats.Indicators));
        Assert.Equal([new CountBy("imported", 5), new CountBy("failed", 1)], stats.ByStatus);
        Assert.Equal(new CountBy("上海市", 1), stats.ByCity.Single(c => c.Key == "上海市"));
        Assert.Equal(new CountBy("2019", 2), stats.ByYear.Single(c => c.Key == "2019"));
        Assert.EndsWith("bad.json", Assert.Single(stats.Failures).Path);
        Assert.True(stats.FileBytes > 0);
        Assert.All(stats.IndexBytes.Where(i => i.Key.StartsWith("indicator", StringComparison.Ordinal)), i => Assert.True(i.Count > 0));
    }
}

public sealed class SqliteExportTests : ExportTestsContract
{
    protected override StoreEngine Engine => StoreEngine.Sqlite;
}

public sealed class PostgresExportTests : ExportTestsContract
{
    protected override StoreEngine Engine => StoreEngine.Postgres;
}
