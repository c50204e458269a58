namespace ReportMiner.Extraction.Classification;

/// <summary>One example as the models see it. Text, Before and After are featurized as character 1–3-grams
/// of already normalized text; Tokens is a space-separated list of symbolic features (taxonomy keyword hits,
/// row shape). A model uses only the fields its <see cref="ModelCard.Fields"/> name.</summary>
public sealed class ClassifierInput
{
    public string Text { get; set; } = "";
    public string Before { get; set; } = "";
    public string After { get; set; } = "";
    public string Tokens { get; set; } = "";
    public string Label { get; set; } = "";
}
