namespace ReportMiner.Extraction.Pipeline;

/// <summary>
/// With <c>REPORTMINER_TRACE_FIELDS=1</c> each project's warnings name the rule path that claimed each field
/// ("trace department: DepartmentRule.FromProse:204"), so that eval can count each path's precision apart.
/// </summary>
public static class FieldTrace
{
    public const string Variable = "REPORTMINER_TRACE_FIELDS";

    public const string Prefix = "trace ";

    public static bool Enabled { get; } = Environment.GetEnvironmentVariable(Variable) == "1";

    public static string Path(string file, string member, int line) =>
        $"{System.IO.Path.GetFileNameWithoutExtension(file.Replace('\\', '/'))}.{member}:{line}";

    public static IEnumerable<string> Warnings(IReadOnlyDictionary<string, string> paths) =>
        paths.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{Prefix}{p.Key}: {p.Value}");

    /// <summary>The path a traced record's warnings give for <paramref name="field"/>, or null.</summary>
    public static string? PathOf(IEnumerable<string> warnings, string field)
    {
        var head = Prefix + field + ": ";
        return warnings.FirstOrDefault(w => w.StartsWith(head, StringComparison.Ordinal))?[head.Length..];
    }
}
