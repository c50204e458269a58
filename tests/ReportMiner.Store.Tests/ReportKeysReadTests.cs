using System.Text;
using Microsoft.Data.Sqlite;
using ReportMiner.Store.Comparing;
using ReportMiner.Store.Indexing;
using ReportMiner.Store.Schema;
using ReportMiner.TestSupport;

namespace ReportMiner.Store.Tests;

/// <summary>
/// An index catch-up reads the projects of every report it touches (<see cref="ReportCopies.Projects"/>): on SQLite all of
/// them in one statement with the keys as one JSON parameter, not 300 keys a statement as OR'ed matches of 1,200 named
/// parameters, whose parsing, planning and binding cost more than the reads (session 46: a third of a 500-report catch-up's CPU).
/// </summary>
public sealed class ReportKeysReadTests
{
    [Fact]
    public void The_projects_of_many_reports_come_from_one_SQLite_statement_key_by_key_missing_parts_included()
    {
        using var dir = new TempDirectory();
        using var connection = StoreDatabase.Open(dir.File("s.db"));
        var sql = new StringBuilder();
        // 700 reports of one project each (some without a city, a year or a report kind), and one report of three copies.
        for (var i = 1; i <= 703; i++)
        {
            var city = i % 7 == 0 ? "NULL" : $"'城{i % 13}'";
            var year = i % 11 == 0 ? "NULL" : (2016 + i % 5).ToString(System.Globalization.CultureInfo.InvariantCulture);
            var kind = i % 5 == 0 ? "NULL" : "'project'";
            var name = i > 700 ? "副本项目" : $"项目{i}";
            if (i > 700) (city, year, kind) = ("'广州'", "2021", "'project'");
            sql.Append($"INSERT INTO documents (id, path, sha256, format, size, status, imported_at) VALUES ({i}, '/r{i}.txt', 's{i}', 'txt', 1, 'imported', 'x');");
            sql.Append($"INSERT INTO projects (id, document_id, ordinal, name, name_key, city, city_key, year, report_kind) " +
                       $"VALUES ({i}, {i}, 0, '{name}', '{name}', {city}, {city}, {year}, {kind});");
        }
        using (var transaction = connection.BeginTransaction())
        {
            StoreDatabase.Execute(connection, sql.ToString(), transaction);
            transaction.Commit();
        }
        var keys = ReportKeys.OfDocuments(connection, null, null).ToList();
        Assert.Equal(701, keys.Count);

        var statements = new List<string>();
        var handle = ((SqliteConnection)connection).Handle!;
        SQLitePCL.raw.sqlite3_trace(handle, (SQLitePCL.strdelegate_trace)((_, statement) => statements.Add(statement)), null);
        List<ReportCopies.ProjectRow> projects;
        try { projects = ReportCopies.Projects(connection, keys); }
        finally { SQLitePCL.raw.sqlite3_trace(handle, (SQLitePCL.strdelegate_trace)null!, null); }

        Assert.Single(statements);
        // Every project of every key, each under its own key, key by key in the order asked (a key's copies in id order).
        var expected = keys.SelectMany(key => Enumerable.Range(1, 703).Where(id => KeyOf(id) == key)).ToList();
        Assert.Equal(expected, projects.Select(p => (int)p.Id).ToList());
        Assert.All(projects, p => Assert.Equal(KeyOf((int)p.Id), p.Key));
        Assert.Equal(3, projects.Count(p => p.Key.NameKey == "副本项目"));
    }

    [Fact]
    public void A_key_asked_for_twice_reads_its_projects_once()
    {
        using var dir = new TempDirectory();
        using var connection = StoreDatabase.Open(dir.File("s.db"));
        using (var transaction = connection.BeginTransaction())
        {
            StoreDatabase.Execute(connection,
                "INSERT INTO documents (id, path, sha256, format, size, status, imported_at) VALUES (1, '/a.txt', 's1', 'txt', 1, 'imported', 'x');" +
                "INSERT INTO documents (id, path, sha256, format, size, status, imported_at) VALUES (2, '/b.txt', 's2', 'txt', 1, 'imported', 'x');" +
                "INSERT INTO projects (id, document_id, ordinal, name, name_key, city, city_key, year, report_kind) VALUES (1, 1, 0, '热线', '热线', '合肥', '合肥', 2022, 'project');" +
                "INSERT INTO projects (id, document_id, ordinal, name, name_key, city, city_key, year, report_kind) VALUES (2, 2, 0, '热线', '热线', '合肥', '合肥', 2022, 'project');",
                transaction);
            transaction.Commit();
        }
        var key = new ComparisonKey("合肥", 2022, "project", "热线");

        var projects = ReportCopies.Projects(connection, [key, key]);

        Assert.Equal([1L, 2L], projects.Select(p => p.Id).Order().ToArray());
    }

    private static ComparisonKey KeyOf(int i) => i > 700
        ? new ComparisonKey("广州", 2021, "project", "副本项目")
        : new ComparisonKey(i % 7 == 0 ? null : $"城{i % 13}", i % 11 == 0 ? null : 2016 + i % 5, i % 5 == 0 ? null : "project", $"项目{i}");
}
