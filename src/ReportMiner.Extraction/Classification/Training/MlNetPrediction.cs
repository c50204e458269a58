namespace ReportMiner.Extraction.Classification.Training;

/// <summary>What an ML.NET multiclass model returns: the top label and one probability per class.</summary>
public sealed class MlNetPrediction
{
    public string PredictedLabel { get; set; } = "";
    public float[] Score { get; set; } = [];
}
