using ReportMiner.Documents.Model;

namespace ReportMiner.Parsing.Abstractions;

/// <summary>A file to parse, the format its content was sniffed as, and the limits to respect.</summary>
public sealed record ParseRequest(string Path, FileFormat Format, ParseLimits Limits);
