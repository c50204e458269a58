using ReportMiner.Parsing.Layout;

namespace ReportMiner.Parsing.Ocr;

/// <summary>Groups words into visual lines by vertical overlap and joins them with the CJK spacing rule.</summary>
public static class TextLines
{
    public static IReadOnlyList<IReadOnlyList<PositionedWord>> Group(IEnumerable<PositionedWord> words)
    {
        var lines = new List<List<PositionedWord>>();
        foreach (var word in words.OrderBy(w => (w.YMin + w.YMax) / 2))
        {
            var middle = (word.YMin + word.YMax) / 2;
            var line = lines.LastOrDefault(l => middle >= l.Min(w => w.YMin) && middle <= l.Max(w => w.YMax));
            if (line is null) lines.Add([word]);
            else line.Add(word);
        }
        return lines.Select(l => (IReadOnlyList<PositionedWord>)l.OrderBy(w => w.XMin).ToList()).ToList();
    }

    public static string Join(IReadOnlyList<PositionedWord> line)
    {
        var text = new System.Text.StringBuilder();
        foreach (var word in line)
        {
            if (text.Length > 0 && !CjkText.JoinsWithoutSpace(text.ToString(), word.Text)) text.Append(' ');
            text.Append(word.Text);
        }
        return text.ToString();
    }
}
