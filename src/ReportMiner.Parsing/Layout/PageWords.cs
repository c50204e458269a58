namespace ReportMiner.Parsing.Layout;

/// <summary>Everything layout analysis needs of one page: its size, its words and its ruling lines.</summary>
public sealed record PageWords(int PageNumber, double Width, double Height,
    IReadOnlyList<PositionedWord> Words, IReadOnlyList<RuleLine> Rules, bool FromOcr = false);
