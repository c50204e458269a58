using ReportMiner.Parsing.Layout;

namespace ReportMiner.Parsing.Abstractions;

/// <summary>One page's OCR: its words, or the error that cost it (a timeout, a failed tool).</summary>
public sealed record PageOcrResult(int PageNumber, PageWords? Words, DocumentParseException? Error);
