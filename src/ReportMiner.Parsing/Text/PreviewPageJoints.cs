using System.Text.RegularExpressions;

namespace ReportMiner.Parsing.Text;

/// <summary>
/// Document-sharing sites print a report's free preview as numbered chunks of nearly equal length ("1、…", "2、…",
/// "3、…" at the start of a line), cut wherever the count runs out: inside a word ("项目名" | "3、称"), a number
/// ("1" | "2、.42") or a label ("绩效目标" | "2、表"). The numbers are the site's, not the report's, so each is removed
/// and its chunk joined back onto the line it was cut from. Only a run of consecutive numbers at nearly equal
/// distances, at least one of them cut mid-sentence, is read as chunks: a report's own numbered paragraphs are
/// neither evenly spaced nor cut. A preview flattened to one line per chunk is left as it is.
/// </summary>
internal static partial class PreviewPageJoints
{
    private const int MinChunks = 3;
    private const int MinChunkChars = 150;
    private const double SpacingTolerance = 0.15;

    public static List<TextLine> Join(List<TextLine> lines)
    {
        var markers = FindRun(lines);
        if (markers is null) return lines;
        var joined = new List<TextLine>(lines.Count);
        var next = 0;
        for (var i = 0; i < lines.Count; i++)
        {
            if (next < markers.Count && markers[next] == i)
            {
                var rest = StripNumber(lines[i].Text, next == 0);
                if (next > 0)
                {
                    while (joined.Count > 0 && joined[^1].IsBlank) joined.RemoveAt(joined.Count - 1);
                    if (joined.Count > 0)
                    {
                        joined[^1] = joined[^1] with { Text = joined[^1].Text + Seam(joined[^1], rest) + rest };
                        next++;
                        continue;
                    }
                }
                joined.Add(lines[i] with { Text = rest });
                next++;
                continue;
            }
            joined.Add(lines[i]);
        }
        return joined;
    }

    /// <summary>The lines that open the chunks 1、2、3… in order, or null when the text is not a chunked preview.</summary>
    private static List<int>? FindRun(List<TextLine> lines)
    {
        var offsets = new int[lines.Count];
        for (int i = 0, at = 0; i < lines.Count; at += lines[i].Text.Length + 1, i++) offsets[i] = at;
        var run = new List<int>();
        for (var i = 0; i < lines.Count; i++)
        {
            var m = ChunkNumber().Match(lines[i].Text);
            if (m.Success && int.Parse(m.Groups["n"].Value) == run.Count + 1) run.Add(i);
        }
        if (run.Count < MinChunks) return null;
        var spacings = run.Zip(run.Skip(1), (a, b) => offsets[b] - offsets[a]).ToList();
        var typical = spacings.Order().ElementAt(spacings.Count / 2);
        if (typical < MinChunkChars || spacings.Any(s => Math.Abs(s - typical) > typical * SpacingTolerance)) return null;
        // A preview flattened to one line per chunk has no lines left to join: joined, it would be one line.
        if (run.Zip(run.Skip(1)).All(p => lines.Skip(p.First + 1).Take(p.Second - p.First - 1).All(l => l.IsBlank))) return null;
        return run.Skip(1).Any(i => CutMidSentence(lines, i)) ? run : null;
    }

    private static bool CutMidSentence(List<TextLine> lines, int marker)
    {
        var before = marker - 1;
        while (before >= 0 && lines[before].IsBlank) before--;
        return before >= 0 && !SentenceEnd().IsMatch(lines[before].Text);
    }

    /// <summary>
    /// A cut between two cells of a row ("项目管理\t投入管理" | "2、预算执行率\t10") continues the row with a new cell;
    /// a cut inside a line or a cell ("项目名" | "3、称", "2.37\t1" | "2、.42", "音响、" | "2、灯光", "对经济和社会" |
    /// "2、的影响") closes without a seam.
    /// </summary>
    private static string Seam(TextLine cut, string rest) =>
        cut.HasTab && rest.Contains('\t') && !OpenEnd().IsMatch(cut.Text) && !Continuation().IsMatch(rest) ? "\t" : string.Empty;

    // A line ending in a list or clause mark, or an opening bracket or quote, goes on.
    [GeneratedRegex(@"[、，,：:（(“《]$")]
    private static partial Regex OpenEnd();

    // Text that cannot open a cell: a particle or conjunction, closing punctuation, the rest of a number.
    [GeneratedRegex(@"^[的之与及和等、，,。．.%）)”》\d]")]
    private static partial Regex Continuation();

    private static string StripNumber(string text, bool first)
    {
        var rest = ChunkNumber().Replace(text, string.Empty, 1);
        // The first chunk starts the text; a later one continues a cut line, spaces and all.
        return first ? rest.TrimStart(' ', '\u3000') : rest;
    }

    [GeneratedRegex(@"^(?<n>\d{1,3})、")]
    private static partial Regex ChunkNumber();

    [GeneratedRegex(@"[。；;：:！!？?]\s*$")]
    private static partial Regex SentenceEnd();
}
