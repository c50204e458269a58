namespace ReportMiner.Parsing.Processes;

public sealed record ToolRunResult(int ExitCode, string StandardOutput, string StandardError, TimeSpan Elapsed);
