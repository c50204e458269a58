using System.Collections.Frozen;
using System.IO.Compression;
using System.Text;

namespace ReportMiner.Extraction.Classification;

/// <summary>
/// The linear part of a trained ML.NET text model, evaluated without ML.NET: for each input field the
/// n-gram dictionary FeaturizeText learned (character 1–3-grams between the start and end markers, with term
/// frequencies scaled to unit L2 length; or space-separated tokens, counted), then the maximum-entropy
/// weights and a softmax. It reproduces the ML.NET prediction engine's probabilities (checked after every
/// training and by the tests) while saving ML.NET's ~0.3 s of start-up per process.
/// </summary>
public sealed class LinearTextModel
{
    public const char StartMarker = '\u0002';
    public const char EndMarker = '\u0003';
    private const int MaxN = 3;
    private const int FormatVersion = 2;

    private readonly FrozenDictionary<string, int>[] dictionaries;
    private readonly float[] weights; // feature-major: weights[feature * classes + k]
    private readonly float[] biases;

    public LinearTextModel(IReadOnlyList<string> classes, IReadOnlyList<ModelField> fields, float[] biases, float[] weights)
    {
        ArgumentNullException.ThrowIfNull(classes);
        ArgumentNullException.ThrowIfNull(fields);
        ArgumentNullException.ThrowIfNull(biases);
        ArgumentNullException.ThrowIfNull(weights);
        Classes = classes;
        Fields = fields;
        this.biases = biases;
        this.weights = weights;
        dictionaries = fields.Select(f => f.Features.Select((g, i) => (g, i)).ToFrozenDictionary(p => p.g, p => p.i + f.Offset, StringComparer.Ordinal)).ToArray();
        FeatureCount = fields.Sum(f => f.Features.Count);
        if (biases.Length != classes.Count || weights.Length != FeatureCount * classes.Count)
            throw new InvalidDataException($"model has {classes.Count} classes and {FeatureCount} features but {biases.Length} biases and {weights.Length} weights");
    }

    public IReadOnlyList<string> Classes { get; }
    public IReadOnlyList<ModelField> Fields { get; }
    public int FeatureCount { get; }

    public float[] Probabilities(ClassifierInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var k = Classes.Count;
        var scores = new double[k];
        for (var c = 0; c < k; c++) scores[c] = biases[c];
        for (var f = 0; f < Fields.Count; f++)
        {
            var field = Fields[f];
            var counts = field.IsTokens ? TokenCounts(ValueOf(input, field.Name), dictionaries[f]) : NgramCounts(ValueOf(input, field.Name), dictionaries[f]);
            var scale = 1.0;
            if (!field.IsTokens && counts.Count > 0)
                scale = 1.0 / Math.Sqrt(counts.Values.Sum(v => (double)v * v));
            foreach (var (feature, count) in counts)
            {
                var x = count * scale;
                var row = feature * k;
                for (var c = 0; c < k; c++) scores[c] += x * weights[row + c];
            }
        }
        var max = scores.Max();
        var sum = 0.0;
        for (var c = 0; c < k; c++) { scores[c] = Math.Exp(scores[c] - max); sum += scores[c]; }
        var p = new float[k];
        for (var c = 0; c < k; c++) p[c] = (float)(scores[c] / sum);
        return p;
    }

    public static string ValueOf(ClassifierInput input, string field) => field switch
    {
        "Text" => input.Text,
        "Before" => input.Before,
        "After" => input.After,
        "Tokens" => input.Tokens,
        _ => throw new InvalidDataException($"unknown model input field '{field}'"),
    } ?? "";

    private static Dictionary<int, int> NgramCounts(string text, FrozenDictionary<string, int> dictionary)
    {
        var counts = new Dictionary<int, int>();
        // FeaturizeText gives an empty text no markers and so no features at all.
        if (text.Length == 0) return counts;
        var padded = StartMarker + text + EndMarker;
        var lookup = dictionary.GetAlternateLookup<ReadOnlySpan<char>>();
        for (var i = 0; i < padded.Length; i++)
            for (var n = 1; n <= MaxN && i + n <= padded.Length; n++)
                if (lookup.TryGetValue(padded.AsSpan(i, n), out var feature))
                    counts[feature] = counts.GetValueOrDefault(feature) + 1;
        return counts;
    }

    private static Dictionary<int, int> TokenCounts(string text, FrozenDictionary<string, int> dictionary)
    {
        var counts = new Dictionary<int, int>();
        foreach (var token in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            if (dictionary.TryGetValue(token, out var feature))
                counts[feature] = counts.GetValueOrDefault(feature) + 1;
        return counts;
    }

    // N-grams are stored as UTF-16 code units: a 1-gram can be half of a surrogate pair, which UTF-8 would lose.
    private static void WriteChars(BinaryWriter writer, string text)
    {
        writer.Write(text.Length);
        foreach (var c in text) writer.Write((ushort)c);
    }

    private static string ReadChars(BinaryReader reader)
    {
        var chars = new char[reader.ReadInt32()];
        for (var i = 0; i < chars.Length; i++) chars[i] = (char)reader.ReadUInt16();
        return new string(chars);
    }

    /// <summary>Gzipped binary: version, classes, fields with their n-grams, biases, weights (little-endian).</summary>
    public void Write(Stream stream)
    {
        using var gzip = new GZipStream(stream, CompressionLevel.Optimal, leaveOpen: true);
        using var writer = new BinaryWriter(gzip, Encoding.UTF8);
        writer.Write(FormatVersion);
        writer.Write(Classes.Count);
        foreach (var c in Classes) writer.Write(c);
        writer.Write(Fields.Count);
        foreach (var field in Fields)
        {
            writer.Write(field.Name);
            writer.Write(field.IsTokens);
            writer.Write(field.Features.Count);
            foreach (var g in field.Features) WriteChars(writer, g);
        }
        foreach (var b in biases) writer.Write(b);
        foreach (var w in weights) writer.Write(w);
    }

    public static LinearTextModel Read(Stream stream)
    {
        using var gzip = new GZipStream(stream, CompressionMode.Decompress, leaveOpen: true);
        using var reader = new BinaryReader(gzip, Encoding.UTF8);
        var version = reader.ReadInt32();
        if (version != FormatVersion) throw new InvalidDataException($"model format {version} is not {FormatVersion}: run 'reportminer train'.");
        var classes = Enumerable.Range(0, reader.ReadInt32()).Select(_ => reader.ReadString()).ToArray();
        var fields = new List<ModelField>();
        var offset = 0;
        for (var f = reader.ReadInt32(); f > 0; f--)
        {
            var name = reader.ReadString();
            var isTokens = reader.ReadBoolean();
            var grams = Enumerable.Range(0, reader.ReadInt32()).Select(_ => ReadChars(reader)).ToArray();
            fields.Add(new ModelField(name, isTokens, grams, offset));
            offset += grams.Length;
        }
        var biases = Enumerable.Range(0, classes.Length).Select(_ => reader.ReadSingle()).ToArray();
        var weights = new float[offset * classes.Length];
        for (var i = 0; i < weights.Length; i++) weights[i] = reader.ReadSingle();
        return new LinearTextModel(classes, fields, biases, weights);
    }
}

/// <summary>One input field of a <see cref="LinearTextModel"/>: its n-grams (or tokens) in feature order,
/// starting at feature <paramref name="Offset"/>.</summary>
public sealed record ModelField(string Name, bool IsTokens, IReadOnlyList<string> Features, int Offset);
