using System.Reflection;

namespace ReportMiner.Extraction;

/// <summary>
/// Reads the data files embedded in an assembly (gazetteer, script table, taxonomy, word lists): this one's by their
/// name below ReportMiner.Extraction, another's (the store's word lists) by their whole resource name.
/// </summary>
public static class EmbeddedData
{
    internal static string Text(string relativeName) => Text(typeof(EmbeddedData).Assembly, "ReportMiner.Extraction." + relativeName);

    internal static IEnumerable<string> Lines(string relativeName) => Lines(typeof(EmbeddedData).Assembly, "ReportMiner.Extraction." + relativeName);

    public static string Text(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Embedded data '{name}' is missing from the build.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>
    /// Lines that are neither blank nor '#' comments. A line of spaces is blank too: trimmed, it would join a word list as
    /// "", which every text ends with and an alternation regex matches everywhere.
    /// </summary>
    public static IEnumerable<string> Lines(Assembly assembly, string name) =>
        Text(assembly, name).Split('\n').Select(l => l.TrimEnd('\r')).Where(l => !string.IsNullOrWhiteSpace(l) && l[0] != '#');
}
