using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace ReportMiner.Extraction.Pipeline;

/// <summary>
/// Puts right a label word of indicator tables that OCR misread by one character ("正向半标" → 正向指标, "服务对象满划度指标"
/// → 服务对象满意度指标). Only a cell that is the whole word (or the word and its points, "产山指标（50分）") is repaired, only
/// for words of four characters or more, and only when a single label word is that near: a cell a character away from
/// two labels (数量指标/质量指标) is left as read.
/// </summary>
public sealed partial class OcrLabelRepair
{
    private const int ShortestWord = 4;
    // A missing character is taken back only in longer words: a three-character cell is as often a word of its own.
    private const int ShortestWordForMissingCharacter = 5;

    private static readonly Lazy<OcrLabelRepair> LazyDefault = new(() => new OcrLabelRepair(DefaultWords()));

    private readonly FrozenSet<string> words;

    public OcrLabelRepair(IEnumerable<string> labelWords) =>
        words = labelWords.Where(w => w.Length >= ShortestWord).ToFrozenSet(StringComparer.Ordinal);

    public static OcrLabelRepair Default => LazyDefault.Value;

    /// <summary>The cell with its misread label word put right, or the same instance when there is nothing to repair.</summary>
    public string Repair(string cell)
    {
        var match = WordAndPoints().Match(cell);
        if (!match.Success) return cell;
        var word = match.Groups["word"].Value;
        if (word.Length < ShortestWord - 1 || words.Contains(word) || word.Count(c => !IsIdeograph(c)) > 1) return cell;
        // Forms write 目标 for 指标 and back (目标内容, 产出目标): that is their wording, not a misread.
        if (words.Contains(word.Replace("目标", "指标", StringComparison.Ordinal))
            || words.Contains(word.Replace("指标", "目标", StringComparison.Ordinal))) return cell;
        string? found = null;
        foreach (var candidate in words)
        {
            if (!OneCharacterAway(word, candidate)) continue;
            if (found is not null) return cell;
            found = candidate;
        }
        if (found is null) return cell;
        var at = match.Groups["word"].Index;
        return string.Concat(cell.AsSpan(0, at), found, cell.AsSpan(at + word.Length));
    }

    private static bool IsIdeograph(char c) => c is >= '\u4e00' and <= '\u9fff';

    private static bool OneCharacterAway(string read, string word)
    {
        if (read.Length == word.Length)
        {
            var differences = 0;
            for (var i = 0; i < read.Length && differences < 2; i++)
                if (read[i] != word[i]) differences++;
            return differences == 1;
        }
        // A character too many ("效益指标已": a stroke of the ruling read as ink) only beside a level label, which no
        // indicator's own words end in.
        if (read.Length == word.Length + 1) return word.EndsWith("指标", StringComparison.Ordinal) && MissingOne(word, read);
        return read.Length == word.Length - 1 && word.Length >= ShortestWordForMissingCharacter && MissingOne(read, word);
    }

    private static bool MissingOne(string shorter, string longer)
    {
        var skip = 0;
        while (skip < shorter.Length && shorter[skip] == longer[skip]) skip++;
        return shorter.AsSpan(skip).SequenceEqual(longer.AsSpan(skip + 1));
    }

    private static IEnumerable<string> DefaultWords()
    {
        static IEnumerable<string> Column(string name) => EmbeddedData.Lines(name).Select(l => l.Split('\t')[0].Trim());
        var level1 = Column("Indicators.Data.evaluation-level1.tsv").ToList();
        var level2 = Column("Indicators.Data.evaluation-level2.tsv")
            .Concat(Column("Indicators.Data.indicator-framework.tsv")).ToList();
        var levelLabels = level1.SelectMany(l => new[] { l + "指标", l + "目标" })
            .Concat(level2.Select(l => l.EndsWith("指标", StringComparison.Ordinal) ? l : l + "指标"))
            .Concat(EmbeddedData.Lines("Indicators.Data.indicator-framework.tsv").Select(l => l.Split('\t')[1].Trim()));
        // Bare labels without 指标 (资金到位, 项目实施) are left out: they are as often the words of an indicator's name.
        return levelLabels
            .Concat(Column("Indicators.Data.header-phrases.tsv"))
            .Concat(Column("Pipeline.Data.ocr-label-words.tsv"));
    }

    // The word (OCR may have read one of its characters as a letter or digit), then optionally its points:
    // "产出指标（50分）", "满意度指标 10分".
    [GeneratedRegex(@"^\s*(?<word>[^\s（()）]+?)\s*(?:[（(]?\s*\d+(?:\.\d+)?\s*分\s*[)）]?)?\s*$")]
    private static partial Regex WordAndPoints();
}
