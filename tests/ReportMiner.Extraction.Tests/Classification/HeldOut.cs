using ReportMiner.Extraction.Classification.Training;
using ReportMiner.TestSupport;

namespace ReportMiner.Extraction.Tests.Classification;

/// <summary>The labelled examples the committed models were not trained on.</summary>
internal static class HeldOut
{
    public static string Labels => Path.Combine(RepoPaths.Corpus, "labels");

    public static IReadOnlyList<LabelledExample> Of(string file) =>
        LabelledExample.ReadTsv(Path.Combine(Labels, file)).Where(e => e.IsHeldOut).ToArray();
}
