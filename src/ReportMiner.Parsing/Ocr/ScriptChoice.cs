using ReportMiner.Parsing.Layout;

namespace ReportMiner.Parsing.Ocr;

/// <summary>
/// Each Chinese model writes only its own script: a traditional-script report read by the simplified model comes
/// back as simplified look-alikes (麗江 → 震江, 績效 → 续效) that no later step can map back, only with lower
/// confidence. Which script a page is in shows only by comparing the two models' confidence on the same images,
/// so the document's wordiest images are read again by the other model when the first reading is doubtful.
/// </summary>
public static class ScriptChoice
{
    /// <summary>Confidence (0–1) below which a Chinese character counts as doubtful.</summary>
    public const double Doubtful = 0.6;

    /// <summary>Share of doubtful Chinese characters from which the other script is tried.</summary>
    public const double DoubtfulShare = 0.04;

    /// <summary>How many Chinese characters of the first reading are read again by the other model.</summary>
    public const int SampleCharacters = 160;

    /// <summary>How much higher (0–1) the other model's mean confidence must be on the sample for it to read the document.</summary>
    public const double Margin = 0.015;

    /// <summary>Whether enough of the Chinese characters read are doubtful to try the other script.</summary>
    public static bool WorthTrying(IEnumerable<TsvWord> words) => DoubtfulShareOf(words) >= DoubtfulShare;

    /// <summary>The share of the Chinese characters read whose word's confidence is below <see cref="Doubtful"/>; 0 without any.</summary>
    public static double DoubtfulShareOf(IEnumerable<TsvWord> words)
    {
        var (total, doubtful) = (0, 0);
        foreach (var word in words)
        {
            var han = HanCount(word.Text);
            total += han;
            if (word.Confidence < Doubtful) doubtful += han;
        }
        return total == 0 ? 0 : (double)doubtful / total;
    }

    /// <summary>The images to read again: the wordiest first, until about <see cref="SampleCharacters"/> characters.</summary>
    public static IReadOnlyList<T> Sample<T>(IEnumerable<(T Image, IReadOnlyList<TsvWord> Words)> images)
    {
        var sample = new List<T>();
        var characters = 0;
        foreach (var (image, han) in images.Select(i => (i.Image, Han: i.Words.Sum(w => HanCount(w.Text))))
                     .Where(i => i.Han > 0).OrderByDescending(i => i.Han))
        {
            if (characters >= SampleCharacters) break;
            sample.Add(image);
            characters += han;
        }
        return sample;
    }

    /// <summary>Whether the other model read the same images with clearly higher confidence per Chinese character.</summary>
    public static bool OtherWins(IEnumerable<TsvWord> first, IEnumerable<TsvWord> other) =>
        MeanConfidence(other) >= MeanConfidence(first) + Margin;

    /// <summary>Confidence per Chinese character (a word's confidence counts once for each of its characters); 0 without any.</summary>
    public static double MeanConfidence(IEnumerable<TsvWord> words)
    {
        var (sum, count) = (0.0, 0);
        foreach (var word in words)
        {
            var han = HanCount(word.Text);
            sum += word.Confidence * han;
            count += han;
        }
        return count == 0 ? 0 : sum / count;
    }

    private static int HanCount(string text) => text.Count(CjkText.IsHan);
}
