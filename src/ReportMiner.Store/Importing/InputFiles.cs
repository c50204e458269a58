using ReportMiner.Parsing.Sniffing;

namespace ReportMiner.Store.Importing;

/// <summary>An input that import passes over without opening it, and why.</summary>
public sealed record SkippedInput(string Path, string Reason);

/// <summary>Expands the paths given to import: files as given, directories recursively by known extensions.</summary>
public static class InputFiles
{
    public static IReadOnlySet<string> Extensions { get; } = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        ".docx", ".doc", ".wps", ".rtf", ".pdf", ".ofd", ".et", ".txt", ".xlsx", ".xls", ".html", ".htm", ".json",
        ".png", ".jpg", ".jpeg", ".tif", ".tiff",
    };

    public static IReadOnlyList<string> Expand(IEnumerable<string> inputs) => Expand(inputs, null);

    /// <summary>
    /// Special files (FIFOs, devices, sockets) and names the system cannot give back intact are added to
    /// <paramref name="skipped"/> and never opened; given without a list, a named one is an error.
    /// </summary>
    public static IReadOnlyList<string> Expand(IEnumerable<string> inputs, ICollection<SkippedInput>? skipped)
    {
        var files = new SortedSet<string>(StringComparer.Ordinal);
        void Skip(string path, string reason)
        {
            if (skipped is null) throw new IOException($"{path}: {reason}.");
            skipped.Add(new SkippedInput(path, reason));
        }
        void Add(string path)
        {
            if (path.Contains('\uFFFD')) Skip(path, "its name is not valid UTF-8, so it cannot be opened by name; rename it");
            else if (FileKind.Special(path) is { } kind) Skip(path, $"it is {kind}, not a document");
            else files.Add(path);
        }
        foreach (var input in inputs)
        {
            var full = Path.GetFullPath(input);
            if (Directory.Exists(full))
            {
                var options = new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true, AttributesToSkip = FileAttributes.Hidden };
                foreach (var file in Directory.EnumerateFiles(full, "*", options))
                    if (Extensions.Contains(Path.GetExtension(file)) && !Path.GetFileName(file).StartsWith("~$", StringComparison.Ordinal))
                        Add(file);
            }
            else if (File.Exists(full)) Add(full);
            else if (input.Contains('\uFFFD'))
                Skip(input, "its name is not valid UTF-8 (the shell passed bytes this system cannot decode); rename it");
            else throw new FileNotFoundException($"No such file or directory: {input}", input);
        }
        return files.ToArray();
    }
}
