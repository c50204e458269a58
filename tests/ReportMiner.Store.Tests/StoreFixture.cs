using System.Data.Common;
using Npgsql;
using ReportMiner.Store.Data;
using ReportMiner.Documents.Model;
using ReportMiner.Extraction.Records;
using ReportMiner.Store.Importing;
using ReportMiner.Store.Schema;
using ReportMiner.TestSupport;

namespace ReportMiner.Store.Tests;

/// <summary>
/// Test helpers over real SQLite files. Small text files stand in for reports: each line
/// "city|year|project|indicator|category|target|actual[|department[|report kind]]" becomes one indicator through an
/// injected extractor ("#" lines are comments, so copies of a report can differ in bytes; "!" lines are the reader's warnings).
/// </summary>
internal static class StoreFixture
{
    public static ImportPipeline LinePipeline() => new(ReadText, ExtractLines);

    public static ImportSummary Import(string db, params string[] inputs) =>
        LinePipeline().RunAsync(InputFiles.Expand(inputs), db, new ImportOptions { Jobs = 2, BatchSize = 3 }).GetAwaiter().GetResult();

    public static string WriteReport(TempDirectory dir, string name, params string[] lines)
    {
        var path = dir.File(name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllLines(path, lines);
        return path;
    }

    /// <summary>Copies the gold records (the record schema) into a folder, for import as precomputed records.</summary>
    public static string CopyGold(TempDirectory dir, string folder = "gold")
    {
        var target = Path.Combine(dir.Path, folder);
        Directory.CreateDirectory(target);
        foreach (var file in Directory.GetFiles(RepoPaths.Gold, "*.json")) File.Copy(file, Path.Combine(target, Path.GetFileName(file)));
        return target;
    }

    public static long Count(string db, string sql)
    {
        using var connection = StoreDatabase.Open(db);
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(command.ExecuteScalar());
    }

    public static DbConnection Open(string db) => StoreDatabase.OpenExisting(db);

    /// <summary>A new empty store: a file in <paramref name="dir"/>, or a new database on the test run's PostgreSQL server.</summary>
    public static string NewStore(TempDirectory dir, StoreEngine engine) =>
        engine == StoreEngine.Sqlite ? dir.File("s.db") : TestPostgres.NewDatabase();

    /// <summary>Undoes migration 21 (a report's identity in its indicator name rows; on SQLite the index that holds it, which 20 made).</summary>
    public const string BackToVersion20 = "DROP INDEX IF EXISTS compare_name_rows_in_order; ALTER TABLE compare_name_rows DROP COLUMN report_id; ";

    /// <summary>Undoes migrations 21 and 20 (compare rows of an indicator name read in order from an index; SQLite only).</summary>
    public const string BackToVersion19 = BackToVersion20;

    /// <summary>Undoes migrations 20 and 14 (documents keep their document-level warnings); 15 to 19 only re-settle keys.</summary>
    public const string BackToVersion13 = BackToVersion19 + "ALTER TABLE documents DROP COLUMN warnings; ";

    /// <summary>Undoes migrations 14 and 13 (compare rows of a category read in order from an index; SQLite only).</summary>
    public const string BackToVersion12 = BackToVersion13 + "DROP INDEX IF EXISTS compare_rows_in_order; ";

    /// <summary>Undoes migration 12 (the report kind in the comparison key): the compare tables as version 11 had them.</summary>
    public const string BackToVersion11 = BackToVersion12 +
        "DROP INDEX compare_rows_by_project; DROP INDEX budget_compare_rows_by_project; DROP INDEX compare_name_rows_by_project; " +
        "DROP INDEX projects_by_compare_key; ALTER TABLE compare_rows DROP COLUMN report_kind; " +
        "ALTER TABLE budget_compare_rows DROP COLUMN report_kind; ALTER TABLE compare_name_rows DROP COLUMN report_kind; " +
        "CREATE INDEX compare_rows_by_project ON compare_rows(city_key, year, name_key); " +
        "CREATE INDEX budget_compare_rows_by_project ON budget_compare_rows(city_key, year, name_key); " +
        "CREATE INDEX compare_name_rows_by_project ON compare_name_rows(city_key, year, name_key); " +
        "CREATE INDEX projects_by_compare_key ON projects(city_key, year, name_key);";

    private static Document ReadText(string path, CancellationToken ct)
    {
        var text = File.ReadAllText(path);
        if (text.StartsWith("CORRUPT", StringComparison.Ordinal))
            throw new ReportMiner.Parsing.Abstractions.DocumentParseException(ReportMiner.Parsing.Abstractions.ParseErrorKind.Corrupt, path,
                "The file is damaged.", "Re-save it.");
        // "!" lines stand for what a reader warns about (read by OCR, fonts without Unicode …).
        var warnings = text.Split('\n').Where(line => line.StartsWith('!')).Select(line => line[1..].Trim()).ToList();
        return new Document(path, FileFormat.Txt, [new Page(1)], [new Paragraph(text, new Provenance(1, CharLength: text.Length))], text) { Warnings = warnings };
    }

    private static DocumentRecord ExtractLines(Document document, string sha256)
    {
        var projects = document.Text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(line => !line.StartsWith('#') && !line.StartsWith('!'))
            .Select(line => line.Split('|'))
            .GroupBy(f => (City: f[0], Year: int.Parse(f[1]), Project: f[2], Department: Field(f, 7), Kind: Field(f, 8)))
            .Select(g => new ProjectRecord
            {
                Name = g.Key.Project, City = g.Key.City, Year = g.Key.Year, Department = g.Key.Department, ReportKind = g.Key.Kind, BudgetWan = 100, ActualWan = 90,
                Indicators = g.Select((f, i) => new IndicatorRecord
                {
                    Name = f[3], Category = f[4].Length == 0 ? null : f[4], Target = new Quantity(f[5], null, null, null),
                    Actual = new Quantity(f[6], null, null, null), Source = new SourceRef(1, 0, i + 1, string.Join('\t', f[3], f[5], f[6])),
                }).ToArray(),
            }).ToArray();
        return new DocumentRecord { File = Path.GetFileName(document.Path), Sha256 = sha256, Format = "txt", Projects = projects };
    }

    private static string? Field(string[] fields, int index) => fields.Length > index && fields[index].Length > 0 ? fields[index] : null;
}
