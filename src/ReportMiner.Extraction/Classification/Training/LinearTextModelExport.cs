using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;

namespace ReportMiner.Extraction.Classification.Training;

/// <summary>Reads the n-gram dictionaries and maximum-entropy weights out of a trained ML.NET pipeline, and
/// checks that the exported model predicts what ML.NET's prediction engine predicts.</summary>
public static class LinearTextModelExport
{
    private const string StartSlot = "<\u2402>";
    private const string EndSlot = "<\u2403>";
    public const double Tolerance = 1e-5;

    public static LinearTextModel From(ITransformer transformer, DataViewSchema inputSchema, IReadOnlyList<string> fields)
    {
        ArgumentNullException.ThrowIfNull(transformer);
        ArgumentNullException.ThrowIfNull(fields);
        var output = transformer.GetOutputSchema(inputSchema);
        var slots = SlotNames(output["Features"]);
        var classes = SlotNames(output["Score"]);
        var predictor = Flatten(transformer).OfType<MulticlassPredictionTransformer<MaximumEntropyModelParameters>>().Single().Model;
        VBuffer<float>[] perClass = [];
        predictor.GetWeights(ref perClass, out var classCount);
        if (classCount != classes.Length) throw new InvalidDataException($"{classCount} weight rows for {classes.Length} classes");
        var biases = predictor.GetBiases().ToArray();

        var modelFields = new List<ModelField>();
        var offset = 0;
        foreach (var field in fields)
        {
            // Concatenating one column keeps its slot names as they are; several get the column's name as prefix.
            var prefix = fields.Count == 1 ? "" : field + "Features.";
            var grams = slots.Skip(offset).TakeWhile(s => s.StartsWith(prefix, StringComparison.Ordinal)).Select(s => s[prefix.Length..]).ToArray();
            var isTokens = field == "Tokens";
            modelFields.Add(new ModelField(field, isTokens, isTokens ? grams : grams.Select(Ngram).ToArray(), offset));
            offset += grams.Length;
        }
        if (offset != slots.Length) throw new InvalidDataException($"{slots.Length} features but the fields account for {offset}");

        var weights = new float[offset * classes.Length];
        for (var k = 0; k < classes.Length; k++)
        {
            var dense = perClass[k].DenseValues().ToArray();
            for (var j = 0; j < offset; j++) weights[j * classes.Length + k] = dense[j];
        }
        return new LinearTextModel(classes, modelFields, biases, weights);
    }

    /// <summary>Throws unless the exported model's probabilities are ML.NET's on every input.</summary>
    public static void Verify(MLContext ml, ITransformer transformer, LinearTextModel exported, IEnumerable<ClassifierInput> inputs, string kind)
    {
        ArgumentNullException.ThrowIfNull(ml);
        ArgumentNullException.ThrowIfNull(inputs);
        using var engine = ml.Model.CreatePredictionEngine<ClassifierInput, MlNetPrediction>(transformer);
        foreach (var input in inputs)
        {
            var expected = engine.Predict(input).Score;
            var actual = exported.Probabilities(input);
            for (var k = 0; k < expected.Length; k++)
                if (Math.Abs(expected[k] - actual[k]) > Tolerance)
                    throw new InvalidDataException($"{kind}: the exported model gives p={actual[k]} for {exported.Classes[k]} where ML.NET gives {expected[k]} on '{input.Text}'");
        }
    }

    private static IEnumerable<ITransformer> Flatten(ITransformer transformer) =>
        transformer is IEnumerable<ITransformer> chain ? chain.SelectMany(Flatten) : [transformer];

    private static string[] SlotNames(DataViewSchema.Column column)
    {
        VBuffer<ReadOnlyMemory<char>> names = default;
        column.GetSlotNames(ref names);
        return names.DenseValues().Select(n => n.ToString()).ToArray();
    }

    // A slot name joins the n-gram's characters with '|' and writes the text's start and end as <␂> and <␃>;
    // each part is one character or a marker, so a '|' character in the text still reads back unambiguously.
    private static string Ngram(string slot)
    {
        var chars = new List<char>();
        var i = 0;
        while (i < slot.Length)
        {
            if (slot.AsSpan(i).StartsWith(StartSlot, StringComparison.Ordinal)) { chars.Add(LinearTextModel.StartMarker); i += StartSlot.Length; }
            else if (slot.AsSpan(i).StartsWith(EndSlot, StringComparison.Ordinal)) { chars.Add(LinearTextModel.EndMarker); i += EndSlot.Length; }
            else chars.Add(slot[i++]);
            if (i < slot.Length)
            {
                if (slot[i] != '|') throw new InvalidDataException($"unexpected n-gram slot name '{slot}'");
                i++;
            }
        }
        return new string(chars.ToArray());
    }
}
