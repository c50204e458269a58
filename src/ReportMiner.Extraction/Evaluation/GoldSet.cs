namespace ReportMiner.Extraction.Evaluation;

/// <summary>Pairs gold annotations with inputs or predictions by the seed prefix of their file names (002_c925… ↔ 002_c925….json).</summary>
public static class GoldSet
{
    public static IReadOnlyList<string> GoldFiles(string goldDirectory) =>
        Directory.GetFiles(goldDirectory, "*.json").OrderBy(f => f, StringComparer.Ordinal).ToList();

    /// <summary>The stem shared by a gold file and the inputs annotated by it.</summary>
    public static string Stem(string goldFile) => Path.GetFileNameWithoutExtension(goldFile);

    /// <summary>The file in <paramref name="directory"/> named stem + suffix, or null.</summary>
    public static string? Find(string directory, string stem, string suffix)
    {
        var exact = Path.Combine(directory, stem + suffix);
        if (File.Exists(exact)) return exact;
        return Directory.GetFiles(directory, stem + "*" + suffix)
            .Where(f => Path.GetFileName(f).StartsWith(stem, StringComparison.Ordinal))
            .OrderBy(f => f.Length).FirstOrDefault();
    }
}
