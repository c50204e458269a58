using ReportMiner.Bench.Store;

// bench-store rows --db FILE --indicators N      bulk-generates a store of synthetic records
// bench-store queries --db FILE [--runs N]       search and compare latency (median, p95) on that store
return args.FirstOrDefault() switch
{
    "rows" => RowGenerator.Run(Arg(args, "--db", "bench.db"), int.Parse(Arg(args, "--indicators", "1000000"))),
    "queries" => QueryBench.Run(Arg(args, "--db", "bench.db"), int.Parse(Arg(args, "--runs", "15"))),
    _ => Usage(),
};

static string Arg(string[] args, string name, string fallback)
{
    var at = Array.IndexOf(args, name);
    return at >= 0 && at + 1 < args.Length ? args[at + 1] : fallback;
}

static int Usage()
{
    Console.Error.WriteLine("usage: bench-store rows --db FILE --indicators N | queries --db FILE [--runs N]");
    return 2;
}
