namespace ReportMiner.Store.Importing;

/// <summary>Expands the paths given to import: files as given, directories recursively by known extensions.</summary>
public static class InputFiles
{
    public static IReadOnlySet<string> Extensions { get; } = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        ".docx", ".doc", ".wps", ".rtf", ".pdf", ".txt", ".xlsx", ".xls", ".html", ".htm", ".json",
    };

    public static IReadOnlyList<string> Expand(IEnumerable<string> inputs)
    {
        var files = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var input in inputs)
        {
            var full = Path.GetFullPath(input);
            if (File.Exists(full)) files.Add(full);
            else if (Directory.Exists(full))
            {
                var options = new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true, AttributesToSkip = FileAttributes.Hidden };
                foreach (var file in Directory.EnumerateFiles(full, "*", options))
                    if (Extensions.Contains(Path.GetExtension(file)) && !Path.GetFileName(file).StartsWith("~$", StringComparison.Ordinal))
                        files.Add(file);
            }
            else throw new FileNotFoundException($"No such file or directory: {input}", input);
        }
        return files.ToArray();
    }
}
