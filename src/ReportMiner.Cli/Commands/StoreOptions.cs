using System.CommandLine;
using ReportMiner.Store.Schema;

namespace ReportMiner.Cli.Commands;

/// <summary>Options shared by the commands that use the store.</summary>
internal static class StoreOptions
{
    /// <summary>Every command's one default store: $REPORTMINER_DB, else reportminer.db in the current folder.</summary>
    public static string DefaultDatabase =>
        Environment.GetEnvironmentVariable("REPORTMINER_DB") is { Length: > 0 } configured ? configured : StoreDatabase.DefaultPath;

    public static Option<string> Database() => new("--db")
    {
        Description = "The store: an SQLite file, or PostgreSQL as postgresql://user@host:5432/db or an Npgsql connection string " +
                      "(password from PGPASSWORD or ~/.pgpass; the search index of a PostgreSQL store goes to $REPORTMINER_INDEX). " +
                      "Default $REPORTMINER_DB, else reportminer.db here.",
        DefaultValueFactory = _ => DefaultDatabase,
    };

    public static Option<string> Format(string description, params string[] allowed)
    {
        var option = new Option<string>("--format") { Description = description, DefaultValueFactory = _ => allowed[0] };
        option.AcceptOnlyFromAmong(allowed);
        return option;
    }

    /// <summary>Comma-separated list option: "广州市,上海市" or repeated.</summary>
    public static IReadOnlyList<string> List(IEnumerable<string>? values) =>
        (values ?? []).SelectMany(v => v.Split([',', '，', '、'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToArray();

    /// <summary>Years as "2019,2021" or ranges "2019-2021".</summary>
    public static IReadOnlyList<int> Years(IEnumerable<string>? values)
    {
        var years = new List<int>();
        foreach (var part in List(values))
        {
            var bounds = part.Split('-', StringSplitOptions.TrimEntries);
            if (bounds.Length is 1 or 2 && bounds.All(b => int.TryParse(b, out var y) && y is > 1900 and < 2200))
            {
                var from = int.Parse(bounds[0]);
                var to = int.Parse(bounds[^1]);
                if (from <= to) { years.AddRange(Enumerable.Range(from, to - from + 1)); continue; }
            }
            throw new Store.StoreException($"'{part}' is not a year or a range of years (e.g. 2021 or 2019-2021).");
        }
        return years;
    }
}
