using System.Text.RegularExpressions;

namespace ReportMiner.Extraction.Genre;

/// <summary>
/// The cue words of each document kind with their weights (Genre/Data/document-kinds.tsv). A cue written
/// "re:PATTERN" is a pattern matched against each line: a line of the genre's own form (a news dateline "北京7月30日电",
/// a circular's addressees "各有关单位：", a regulation's "第一条") — no other genre writes such a line. A cue written
/// "lead:PATTERN" is matched per line as well but is weaker evidence: a news lead opening on the event's day ("近日，…") names
/// the genre, yet a report may date a step so too, so it is the genre's form only in a text with no report title or form.
/// A cue written "selflead:PATTERN" is a lead where the text names itself ("本文将…"): it counts only where, besides, the
/// text states no result of its own (a score, a grade, an amount with its execution rate), since a news item reports
/// results but an article's worked example does not.
/// A cue written "title:PATTERN" is matched only against the document's own title lines (<see cref="DocumentTitle"/>): a
/// bulletin's title ("…12345热线运行情况通报") is its genre's form, but the same words named in a report's evidence list, as
/// one of its section headings or as the title of a file it attaches name another document.
/// </summary>
public sealed partial class GenreVocabulary
{
    public const string PerformanceReport = "performance_report";

    private const int MaxCounted = 3;

    private static readonly Lazy<GenreVocabulary> LazyDefault = new(() => new GenreVocabulary(EmbeddedData.Lines("Genre.Data.document-kinds.tsv")));

    private readonly Cue[] _words;
    private readonly (Cue Cue, Regex Pattern, bool IsLead, bool IsSelfLead, bool IsTitle)[] _patterns;

    public GenreVocabulary(IEnumerable<string> tsvLines)
    {
        var cues = tsvLines.Select(l => l.Split('\t'))
            .Select(f => f.Length == 3 && int.TryParse(f[1], out var w) ? new Cue(f[0], w, f[2])
                : throw new InvalidDataException("document-kinds.tsv needs kind, weight, word: " + string.Join('\t', f)))
            .ToArray();
        _words = cues.Where(c => !IsLinePattern(c)).ToArray();
        _patterns = cues.Where(IsLinePattern)
            .Select(c => (c, new Regex(c.Word[(c.Word.IndexOf(':') + 1)..], RegexOptions.Compiled | RegexOptions.CultureInvariant),
                c.Word.StartsWith(LeadPrefix, StringComparison.Ordinal), c.Word.StartsWith(SelfLeadPrefix, StringComparison.Ordinal),
                c.Word.StartsWith(TitlePrefix, StringComparison.Ordinal)))
            .ToArray();
        Kinds = cues.Select(c => c.Kind).Distinct().ToArray();
    }

    private const string FormPrefix = "re:";
    private const string LeadPrefix = "lead:";
    private const string SelfLeadPrefix = "selflead:";
    private const string TitlePrefix = "title:";

    private static bool IsLinePattern(Cue cue) =>
        cue.Word.StartsWith(FormPrefix, StringComparison.Ordinal) || cue.Word.StartsWith(LeadPrefix, StringComparison.Ordinal)
        || cue.Word.StartsWith(SelfLeadPrefix, StringComparison.Ordinal)
        || cue.Word.StartsWith(TitlePrefix, StringComparison.Ordinal);

    public static GenreVocabulary Default => LazyDefault.Value;

    public IReadOnlyList<string> Kinds { get; }

    /// <summary>The plain cue words of a kind (not its line patterns).</summary>
    public IEnumerable<string> Words(string kind) => _words.Where(c => c.Kind == kind).Select(c => c.Word);

    /// <summary>
    /// Each kind's score over the lines (simplified, without whitespace: every cue's weight times its occurrences, counted
    /// up to three, so one word repeated cannot decide alone) and the kinds the lines name by evidence of their own: a word only that
    /// genre writes (weight 3 and up: "近日", "管理办法", "采购人"), a line of its form, or two different words of it ("市民"
    /// and "接听"). One common word repeated ("市民" three times in a project's application for a sports fund) names no genre.
    /// Both come from one pass over the cues; "title:" cues are matched against <paramref name="title"/> alone.
    /// </summary>
    public (Dictionary<string, int> Scores, IReadOnlySet<string> Named) ScoreAndName(IReadOnlyList<string> lines, IReadOnlyList<string> title)
    {
        var scores = Kinds.ToDictionary(k => k, _ => 0);
        var hits = new List<Cue>();
        foreach (var (cue, count) in Hits(lines, title))
        {
            scores[cue.Kind] += cue.Weight * count;
            if (count > 0) hits.Add(cue);
        }
        var named = hits.GroupBy(c => c.Kind)
            .Where(g => g.Any(c => c.Weight >= OwnWordWeight || IsLinePattern(c)) || g.Count() >= MinCommonWords)
            .Select(g => g.Key).ToHashSet();
        return (scores, named);
    }

    private const int OwnWordWeight = 3;
    private const int MinCommonWords = 2;

    /// <summary>Whether the lines hold a cue of the kind weighing at least <paramref name="minWeight"/>.</summary>
    public bool HasCue(IReadOnlyList<string> lines, string kind, int minWeight) =>
        Hits(lines, []).Any(h => h.Count > 0 && h.Cue.Kind == kind && h.Cue.Weight >= minWeight);

    /// <summary>Each cue with its occurrences in the lines (a "title:" cue's in the title lines), counted up to three.</summary>
    private IEnumerable<(Cue Cue, int Count)> Hits(IReadOnlyList<string> lines, IReadOnlyList<string> title)
    {
        // "根据《关于开展绩效自评工作的通知》": a cited title names another document, not this one's genre.
        var text = CitedRule().Replace(CitedTitle().Replace(string.Join('\n', lines), "《》"), "《》");
        foreach (var cue in _words) yield return (cue, Occurrences(text, cue.Word));
        var (formLines, titleLines) = (FormLines(lines), FormLines(title));
        foreach (var (cue, pattern, _, _, isTitle) in _patterns)
            yield return (cue, Math.Min(MaxCounted, (isTitle ? titleLines : formLines).Count(pattern.IsMatch)));
    }

    /// <summary>
    /// The lines as a genre's own form is matched against them. A page saved in the wrong encoding turns the full-width
    /// spaces that indent a paragraph into question marks ("??特此通知。"), and a page's dump ends a headline set in a
    /// table cell with the table's empty cells ("…开展绩效运行监控工作 | ||||||||"): neither is part of the line's form.
    /// </summary>
    private static List<string> FormLines(IReadOnlyList<string> lines) => lines.Select(l => l.TrimStart('?', '？').TrimEnd('|', '｜')).ToList();

    /// <summary>
    /// The kinds whose own form shows in some line (a "re:" cue matches, a "title:" cue in a title line, or with
    /// <paramref name="withLeads"/> a "lead:" cue, with <paramref name="withSelfLeads"/> a "selflead:" cue), best scored first.
    /// </summary>
    public IReadOnlyList<string> KindsWithForm(IReadOnlyList<string> lines, IReadOnlyList<string> title, IReadOnlyDictionary<string, int> scores, bool withLeads, bool withSelfLeads)
    {
        var (formLines, titleLines) = (FormLines(lines), FormLines(title));
        return _patterns.Where(p => (withLeads || !p.IsLead) && (withSelfLeads || !p.IsSelfLead) && (p.IsTitle ? titleLines : formLines).Any(p.Pattern.IsMatch))
            .Select(p => p.Cue.Kind).Distinct()
            .OrderByDescending(k => scores[k]).ThenBy(k => k, StringComparer.Ordinal).ToList();
    }

    private static int Occurrences(string text, string word)
    {
        var n = 0;
        for (var at = text.IndexOf(word, StringComparison.Ordinal); at >= 0 && n < MaxCounted; at = text.IndexOf(word, at + word.Length, StringComparison.Ordinal)) n++;
        return n;
    }

    [GeneratedRegex("《[^《》\n]{1,80}》")]
    private static partial Regex CitedTitle();

    // "根据资金管理办法规定", "按照管理办法要求": a report names the rules it kept to without the title's brackets as well (R584,
    // R110); a rule the text follows is another document, as a cited title is. A policy names itself (本办法) or opens its own
    // articles, and is not written "根据…办法".
    [GeneratedRegex("(?<=(?:根据|按照|依据|遵照|参照)[^，。；,;《》\n]{0,20})(?:管理办法|实施办法|暂行办法|实施细则|实施方案|指导意见)")]
    private static partial Regex CitedRule();

    public sealed record Cue(string Kind, int Weight, string Word);
}
