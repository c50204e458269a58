using ReportMiner.Bench.Store;

// bench-store rows --db FILE --indicators N      bulk-generates a store of synthetic records
// bench-store queries --db STORE [--runs N] [--compares-only | --searches-only]   search and compare latency (median, p95, CPU) on that store (file or PostgreSQL)
// bench-store corpus --out DIR [--count N] [--pdf-share F]   scale corpus of .txt/.docx/.pdf reports for import
// bench-store results --db STORE [--limit N]   the results of fixed 1–5 character searches as text, to compare two builds on one store
// bench-store index --files DIR [--runs N] [--step N]   index sync time of an import of those files, apart from writing (no parsing)
return args.FirstOrDefault() switch
{
    "rows" => RowGenerator.Run(Arg(args, "--db", "bench.db"), int.Parse(Arg(args, "--indicators", "1000000"))),
    "queries" => QueryBench.Run(Arg(args, "--db", "bench.db"), int.Parse(Arg(args, "--runs", "15")), args.Contains("--compares-only"), args.Contains("--searches-only")),
    "corpus" => CorpusWriter.Run(Arg(args, "--out", "scale-corpus"), int.Parse(Arg(args, "--count", "2100")), double.Parse(Arg(args, "--pdf-share", "0.15"), System.Globalization.CultureInfo.InvariantCulture)),
    "results" => ResultsDump.Run(Arg(args, "--db", "bench.db"), int.Parse(Arg(args, "--limit", "50"))),
    "index" => IndexBench.Run(Arg(args, "--files", "scale-corpus"), int.Parse(Arg(args, "--runs", "5")), int.Parse(Arg(args, "--step", "500"))),
    _ => Usage(),
};

static string Arg(string[] args, string name, string fallback)
{
    var at = Array.IndexOf(args, name);
    return at >= 0 && at + 1 < args.Length ? args[at + 1] : fallback;
}

static int Usage()
{
    Console.Error.WriteLine("usage: bench-store rows --db FILE --indicators N | queries --db FILE [--runs N] [--compares-only | --searches-only] | corpus --out DIR [--count N] [--pdf-share F] | results --db STORE [--limit N] | index --files DIR [--runs N] [--step N]");
    return 2;
}
