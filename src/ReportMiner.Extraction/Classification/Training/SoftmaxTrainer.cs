using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.Optimization;

namespace ReportMiner.Extraction.Classification.Training;

/// <summary>Fits multinomial logistic regression weights with L-BFGS on the L2-regularised mean log loss.</summary>
/// <remarks>Single-threaded plain loops in a fixed order, starting from zero: the same data gives the same bits.</remarks>
internal static class SoftmaxTrainer
{
    public static double[][] Fit(IReadOnlyList<int[]> rows, IReadOnlyList<int> labels, int classes, int columns, double l2)
    {
        var width = columns + 1;
        var n = rows.Count;

        (double, Vector<double>) LossAndGradient(Vector<double> theta)
        {
            var w = theta.AsArray() ?? theta.ToArray();
            var gradient = new double[w.Length];
            var loss = 0.0;
            var p = new double[classes];
            for (var i = 0; i < n; i++)
            {
                var row = rows[i];
                for (var k = 0; k < classes; k++)
                {
                    var score = w[k * width];
                    foreach (var j in row) score += w[k * width + j];
                    p[k] = score;
                }
                Softmax.Normalize(p);
                loss -= Math.Log(Math.Max(p[labels[i]], 1e-300));
                for (var k = 0; k < classes; k++)
                {
                    var error = (p[k] - (k == labels[i] ? 1.0 : 0.0)) / n;
                    gradient[k * width] += error;
                    foreach (var j in row) gradient[k * width + j] += error;
                }
            }
            loss /= n;
            for (var k = 0; k < classes; k++)
                for (var j = 1; j < width; j++)
                {
                    var weight = w[k * width + j];
                    loss += 0.5 * l2 * weight * weight;
                    gradient[k * width + j] += l2 * weight;
                }
            return (loss, Vector<double>.Build.DenseOfArray(gradient));
        }

        var minimizer = new LimitedMemoryBfgsMinimizer(1e-6, 1e-10, 1e-10, 10, 1000);
        var start = Vector<double>.Build.Dense(classes * width);
        MinimizationResult result;
        try
        {
            result = minimizer.FindMinimum(ObjectiveFunction.Gradient(LossAndGradient), start);
        }
        catch (OptimizationException ex)
        {
            throw new InvalidDataException($"Training did not converge ({ex.Message}); check the labelled data for contradictions.", ex);
        }
        var best = result.MinimizingPoint.ToArray();
        return Enumerable.Range(0, classes).Select(k => best.AsSpan(k * width, width).ToArray()).ToArray();
    }
}
