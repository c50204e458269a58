using ReportMiner.Extraction.Pipeline;

namespace ReportMiner.Extraction.Projects;

/// <summary>
/// The last resort for an untitled transfer-payment self-evaluation: the funds its outline's first point says were
/// handed down, in its heading, in the heading above it (a part of a report on several funds) or else in its first
/// sentence. It runs after every other name rule, so a name from a
/// title, a form, the prose or a file name stands (R185, R280 name their funds better in the prose than in
/// "（一）下达X转移支付预算…").
/// </summary>
public sealed class TransferHeadingNameRule : IExtractionRule
{
    public void Apply(ExtractionContext context)
    {
        if (context.DocumentKind != Genre.GenreVocabulary.PerformanceReport || context.Projects.Count != 1) return;
        var project = context.Projects[0];
        if (!string.IsNullOrEmpty(project.Name)) return;
        var items = context.ItemsOf(project).ToList();
        if ((ProjectNameRule.TransferHeadingName(items) ?? ProjectNameRule.HeadingAboveOutlineName(items)
            ?? ProjectNameRule.HandedDownFundsName(items)) is not { } found) return;
        project.SetName(found.Name, found.Item.Source());
    }
}
