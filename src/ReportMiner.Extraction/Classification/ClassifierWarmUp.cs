namespace ReportMiner.Extraction.Classification;

/// <summary>Loads the models the extractor uses on a pool thread, so that ML.NET's one-time start-up
/// (~0.25 s of JIT and reflection) overlaps with parsing the first document instead of following it.</summary>
public static class ClassifierWarmUp
{
    public static Task Start() => Task.Run(() =>
    {
        // A failure here is not lost: the same Lazy rethrows it where the extractor first uses the model.
        try
        {
            IndicatorCategorizer.Default.Categorize("接通率");
            AmountRoleClassifier.Default.Classify("预算1万元");
        }
        catch (Exception ex) when (ex is IOException or InvalidDataException or InvalidOperationException)
        {
        }
    });
}
