using System.Text;

namespace ReportMiner.Extraction.Classification.Training;

/// <summary>One labelled line of corpus/labels/*.tsv: text, label, the group (core phrase or source document)
/// it came from, and any further fields the file defines.</summary>
public sealed record LabelledExample(string Text, string Label, string Group)
{
    public IReadOnlyList<string> Extra { get; init; } = [];

    /// <summary>Whole groups are held out (FNV-1a of the group mod 5 == 0) so evaluation sees unseen wording.</summary>
    public bool IsHeldOut => Fnv1a(Group) % 5 == 0;

    public static IReadOnlyList<LabelledExample> ReadTsv(string path)
    {
        var examples = new List<LabelledExample>();
        foreach (var line in File.ReadLines(path, Encoding.UTF8))
        {
            if (line.Length == 0 || line[0] == '#') continue;
            var f = line.Split('\t');
            if (f.Length < 2) throw new InvalidDataException($"{path}: a line needs text<TAB>label[<TAB>group]: {line}");
            examples.Add(new LabelledExample(f[0], f[1], f.Length > 2 && f[2].Length > 0 ? f[2] : f[0]) { Extra = f.Skip(3).ToArray() });
        }
        return examples;
    }

    private static uint Fnv1a(string text)
    {
        var hash = 2166136261u;
        foreach (var b in Encoding.UTF8.GetBytes(text)) hash = (hash ^ b) * 16777619u;
        return hash;
    }
}
