namespace ReportMiner.Extraction.Records;

/// <summary>The values of a project's <c>report_kind</c> (Data/report-kind-words.tsv names them by the same strings).</summary>
public static class ReportKinds
{
    public const string SelfEvaluation = "self_evaluation";
    public const string Evaluation = "evaluation";
    public const string Target = "target";
    public const string Monitoring = "monitoring";
}
