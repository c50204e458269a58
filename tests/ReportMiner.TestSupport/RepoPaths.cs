namespace ReportMiner.TestSupport;

/// <summary>Locates the repository and its bundled corpus from a test's output directory.</summary>
public static class RepoPaths
{
    private static readonly Lazy<string> LazyRoot = new(FindRoot);

    public static string Root => LazyRoot.Value;

    public static string Corpus => Path.Combine(Root, "corpus");

    public static string Fixtures => Path.Combine(Corpus, "fixtures");

    public static string Seeds => Path.Combine(Corpus, "seeds");

    public static string Gold => Path.Combine(Corpus, "gold");

    /// <summary>A fixture by seed number and suffix, e.g. Fixture("002", ".docx").</summary>
    public static string Fixture(string seedNumber, string suffix) =>
        Directory.GetFiles(Fixtures, seedNumber + "_*" + suffix).Single(f => f.EndsWith(suffix, StringComparison.Ordinal)
            && Path.GetFileName(f)[(Path.GetFileName(f).IndexOf('.'))..] == suffix);

    public static string Seed(string seedNumber) => Directory.GetFiles(Seeds, seedNumber + "_*.txt").Single();

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "ReportMiner.sln"))) return dir.FullName;
        throw new InvalidOperationException("ReportMiner.sln not found above " + AppContext.BaseDirectory);
    }
}
