using System.Diagnostics;
using ReportMiner.Store.Comparing;
using ReportMiner.Store.Schema;
using ReportMiner.Store.Searching;

namespace ReportMiner.Bench.Store;

/// <summary>Latency of representative searches and comparisons: each run several times, median and p95 reported.</summary>
internal static class QueryBench
{
    // The issue's measure is a ranked top-50 with facets.
    private static readonly SearchQuery[] Searches = new SearchQuery[]
    {
        new("率"), new("率") { City = "广州" }, new("费") { Year = 2020 }, new("满"),
        new("预算"), new("回访"), new("预算") { City = "上海市", Year = 2021 }, new("满意") { Category = "satisfaction" }, new("热线") { City = "Guangzhou" },
        new("满意度"), new("接通率"), new("滿意度"), new("接通率") { City = "北京", Year = 2019 }, new("执行率") { Year = 2022 },
        new("话务接通率"), new("市民满意度"), new("预算执行率") { City = "长沙" }, new("一次性解答"), new("回访率 广州"), new("热线 接通率") { Year = 2018 },
    }.Select(q => q with { Limit = 50 }).ToArray();

    private static readonly CompareQuery[] Compares =
    [
        new() { Category = "answer_rate" },
        new() { Category = "answer_rate", Cities = ["广州市", "上海市", "北京", "Shenzhen"] },
        new() { Category = "satisfaction", Years = [2020, 2021] },
        new() { Indicator = "接通率", Cities = ["广州", "上海"] },
        new() { Indicator = "接通率" },
    ];

    // The web compare page's default.
    private const int PageSize = 200;

    public static int Run(string path, int runs, bool comparesOnly = false, bool searchesOnly = false)
    {
        using var connection = StoreDatabase.OpenExisting(path);
        var search = new SearchService(connection);
        var compare = new CompareService(connection);
        var all = new List<double>();
        var allCpu = new List<double>();
        var allIndex = new List<double>();
        var allRows = new List<double>();
        // Wall time depends on what else the machine runs; CPU time of this process per query much less so.
        // index: the index's part of a search (freshness check included); rows: the store command loading the hits.
        Console.WriteLine($"{"search",-40} {"hits",6} {"matches",8} {"median ms",10} {"p95 ms",8} {"cpu median",11} {"cpu p95",8} {"index med",10} {"rows med",9}");
        foreach (var query in comparesOnly ? [] : Searches)
        {
            var result = search.Search(query);
            var cpu = new List<double>();
            var index = new List<double>();
            var rows = new List<double>();
            var times = Measure(runs, () =>
            {
                var durations = search.Search(query).Durations;
                index.Add(durations.Index);
                rows.Add(durations.Rows);
            }, cpu);
            all.AddRange(times);
            allCpu.AddRange(cpu);
            allIndex.AddRange(index);
            allRows.AddRange(rows);
            Console.WriteLine($"{Describe(query),-40} {result.Indicators.Count,6} {result.TotalIndicators,8} {Percentile(times, 50),10:F2} {Percentile(times, 95),8:F2} " +
                              $"{Percentile(cpu, 50),11:F2} {Percentile(cpu, 95),8:F2} {Percentile(index, 50),10:F2} {Percentile(rows, 50),9:F2}");
        }
        if (!comparesOnly) Console.WriteLine($"ALL SEARCHES: median {Percentile(all, 50):F2} ms, p95 {Percentile(all, 95):F2} ms over {all.Count} runs; " +
                          $"CPU median {Percentile(allCpu, 50):F2} ms, p95 {Percentile(allCpu, 95):F2} ms; index median {Percentile(allIndex, 50):F2} / p95 {Percentile(allIndex, 95):F2} ms, " +
                          $"rows median {Percentile(allRows, 50):F2} / p95 {Percentile(allRows, 95):F2} ms; load average {LoadAverage()}");
        // The store server's CPU of the searches alone (a PostgreSQL backend's, reaped when the bench ends) needs a run without compares.
        if (searchesOnly) return 0;
        var compareTimes = new List<double>();
        foreach (var query in Compares)
        {
            var rows = compare.Indicators(query).Count;
            var cpu = new List<double>();
            var times = Measure(comparesOnly ? runs : Math.Max(3, runs / 3), () => compare.Indicators(query), cpu);
            compareTimes.AddRange(times);
            Console.WriteLine($"compare {query.Category ?? query.Indicator} cities={query.Cities.Count} years={query.Years.Count}: {rows} rows, median {Percentile(times, 50):F1} ms, p95 {Percentile(times, 95):F1} ms, CPU median {Percentile(cpu, 50):F1} ms");
        }
        // The web page's view: one page of the comparison with the total count, first and middle page.
        foreach (var query in Compares)
        {
            var pages = compare.Page(query, budgets: false, 1, PageSize).PageCount;
            foreach (var page in new[] { 1, Math.Max(1, (pages + 1) / 2) }.Distinct())
            {
                var cpu = new List<double>();
                var times = Measure(comparesOnly ? runs : Math.Max(3, runs / 3), () => compare.Page(query, budgets: false, page, PageSize), cpu);
                compareTimes.AddRange(times);
                Console.WriteLine($"compare page {page}/{pages} of {PageSize} {query.Category ?? query.Indicator} cities={query.Cities.Count} years={query.Years.Count}: " +
                                  $"median {Percentile(times, 50):F1} ms, p95 {Percentile(times, 95):F1} ms, CPU median {Percentile(cpu, 50):F1} ms");
            }
        }
        var budgetTimes = Measure(3, () => compare.Budgets(new CompareQuery()));
        Console.WriteLine($"compare --budgets (all): median {Percentile(budgetTimes, 50):F1} ms");
        Console.WriteLine($"ALL COMPARES: median {Percentile(compareTimes, 50):F1} ms, p95 {Percentile(compareTimes, 95):F1} ms; load average {LoadAverage()}");
        return 0;
    }

    private static List<double> Measure(int runs, Action action, List<double>? cpu = null)
    {
        var times = new List<double>();
        var process = Process.GetCurrentProcess();
        for (var i = 0; i < runs; i++)
        {
            process.Refresh();
            var cpuBefore = process.TotalProcessorTime;
            var clock = Stopwatch.StartNew();
            action();
            times.Add(clock.Elapsed.TotalMilliseconds);
            process.Refresh();
            cpu?.Add((process.TotalProcessorTime - cpuBefore).TotalMilliseconds);
        }
        return times;
    }

    private static string LoadAverage() => File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "?";

    private static double Percentile(List<double> values, int percent)
    {
        var sorted = values.Order().ToArray();
        return sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(percent / 100.0 * sorted.Length) - 1)];
    }

    private static string Describe(SearchQuery q) =>
        $"{q.Text} ({q.Text.Replace(" ", "").Length}ch){(q.City is null ? "" : " city=" + q.City)}{(q.Year is null ? "" : " year=" + q.Year)}{(q.Category is null ? "" : " cat=" + q.Category)}";
}
