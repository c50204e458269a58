using System.Reflection;

namespace ReportMiner.Extraction;

/// <summary>Reads the data files embedded in this assembly (gazetteer, script table, taxonomy).</summary>
internal static class EmbeddedData
{
    public static string Text(string relativeName)
    {
        var name = "ReportMiner.Extraction." + relativeName;
        using var stream = typeof(EmbeddedData).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Embedded data '{name}' is missing from the build.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>
    /// Lines that are neither blank nor '#' comments. A line of spaces is blank too: trimmed, it would join a word list as
    /// "", which every text ends with and an alternation regex matches everywhere.
    /// </summary>
    public static IEnumerable<string> Lines(string relativeName) =>
        Text(relativeName).Split('\n').Select(l => l.TrimEnd('\r')).Where(l => !string.IsNullOrWhiteSpace(l) && l[0] != '#');
}
