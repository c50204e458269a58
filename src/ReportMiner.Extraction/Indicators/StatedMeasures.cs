using System.Text.RegularExpressions;
using ReportMiner.Extraction.Grammar;
using ReportMiner.Extraction.Pipeline;
using ReportMiner.Extraction.Records;

namespace ReportMiner.Extraction.Indicators;

/// <summary>
/// The measures a project's sentences state outside its goals ("回访满意率93.62%"), read once when the first goal asks
/// for its actual: reading every sentence again for every goal made a report of thousands of goal and result lines
/// quadratic in its sentences (6,000 pairs: 23 s). The actual of a goal's measure is the first stated value, without
/// a comparator, of a measure whose name holds the goal's name less its last character (率, 度, 数 …).
/// </summary>
internal sealed class StatedMeasures(List<(DocItem Item, string Sentence)> texts, Func<string, bool> isStatement, Regex measure)
{
    [ThreadStatic] private static long sentencesRead;

    /// <summary>Sentences read for stated measures on this thread (tests count work with it, never time).</summary>
    public static long SentencesRead => sentencesRead;

    private List<(string Name, string Value)>? measures;

    public Quantity? ActualOf(string name)
    {
        var stem = name[..^1];
        foreach (var (measured, value) in measures ??= Read())
            if (measured.Contains(stem, StringComparison.Ordinal)) return QuantityParser.Parse(value);
        return null;
    }

    private List<(string Name, string Value)> Read()
    {
        var found = new List<(string, string)>();
        foreach (var (_, sentence) in texts)
        {
            if (!isStatement(sentence)) continue;
            sentencesRead++;
            foreach (Match m in measure.Matches(sentence))
                if (QuantityParser.Parse(m.Groups["value"].Value) is { Value: not null, Op: null })
                    found.Add((m.Groups["name"].Value, m.Groups["value"].Value));
        }
        return found;
    }
}
