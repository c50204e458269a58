using System.Text.Encodings.Web;
using System.Text.Json;

namespace ReportMiner.Cli.Rendering;

/// <summary>
/// How the CLI writes JSON (snake_case names, indented, Chinese text as it is). A class of its own, so that a command
/// writing a table or CSV never builds these options and never loads System.Text.Json.
/// </summary>
internal static class JsonOutput
{
    public static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static void Write(object value, string? outPath)
    {
        var json = JsonSerializer.Serialize(value, Options);
        if (outPath is null) Console.Out.WriteLine(json); else File.WriteAllText(outPath, json + Environment.NewLine);
    }
}
