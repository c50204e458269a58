namespace ReportMiner.Extraction.Classification;

/// <summary>Class probabilities of a linear model over binary features (bias in column 0).</summary>
internal static class Softmax
{
    public static double[] Of(IReadOnlyList<double[]> weights, int[] featureColumns)
    {
        var scores = new double[weights.Count];
        for (var k = 0; k < scores.Length; k++)
        {
            var row = weights[k];
            var score = row[0];
            foreach (var j in featureColumns) score += row[j];
            scores[k] = score;
        }
        Normalize(scores);
        return scores;
    }

    public static void Normalize(double[] scores)
    {
        var max = scores.Max();
        var sum = 0.0;
        for (var k = 0; k < scores.Length; k++) { scores[k] = Math.Exp(scores[k] - max); sum += scores[k]; }
        for (var k = 0; k < scores.Length; k++) scores[k] /= sum;
    }
}
