using ReportMiner.Parsing.Layout;

namespace ReportMiner.Parsing.Abstractions;

/// <summary>
/// One page's OCR: its words, or the error that cost it (a timeout, a failed tool); <paramref name="Incomplete"/> says
/// what a page read in part is missing (a later pass that ran out of time), so the loss is reported, not silent.
/// </summary>
public sealed record PageOcrResult(int PageNumber, PageWords? Words, DocumentParseException? Error, IReadOnlyList<string>? Incomplete = null);
