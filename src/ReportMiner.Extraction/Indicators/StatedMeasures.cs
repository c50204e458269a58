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
    /// <summary>Sentences read for stated measures (tests count work with it, never time).</summary>
    public static WorkCounter SentencesRead { get; } = new();

    private List<(string Name, string Value)>? measures;
    private MeasureNameIndex? index;

    public Quantity? ActualOf(string name)
    {
        measures ??= Read();
        index ??= new MeasureNameIndex(measures.Select(m => m.Name).ToList());
        return index.FirstHolding(name[..^1]) is { } first ? QuantityParser.Parse(measures[first].Value) : null;
    }

    private List<(string Name, string Value)> Read()
    {
        var found = new List<(string, string)>();
        foreach (var (_, sentence) in texts)
        {
            if (!isStatement(sentence)) continue;
            SentencesRead.Add(1);
            foreach (Match m in measure.Matches(sentence))
                if (QuantityParser.Parse(m.Groups["value"].Value) is { Value: not null, Op: null })
                    found.Add((m.Groups["name"].Value, m.Groups["value"].Value));
        }
        return found;
    }
}
