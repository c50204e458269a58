namespace ReportMiner.Store;

/// <summary>Reads the data files embedded in this assembly (word lists).</summary>
internal static class EmbeddedData
{
    /// <summary>Non-empty lines that are not '#' comments.</summary>
    public static IEnumerable<string> Lines(string relativeName)
    {
        var name = "ReportMiner.Store." + relativeName;
        using var stream = typeof(EmbeddedData).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Embedded data '{name}' is missing from the build.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd().Split('\n').Select(l => l.TrimEnd('\r')).Where(l => l.Length > 0 && l[0] != '#').ToList();
    }
}
