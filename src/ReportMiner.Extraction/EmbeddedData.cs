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

    /// <summary>Non-empty lines that are not '#' comments.</summary>
    public static IEnumerable<string> Lines(string relativeName) =>
        Text(relativeName).Split('\n').Select(l => l.TrimEnd('\r')).Where(l => l.Length > 0 && l[0] != '#');
}
