using System.Text.RegularExpressions;
using ReportMiner.Extraction.Pipeline;

namespace ReportMiner.Extraction.Genre;

/// <summary>
/// A finance office's funds-allocation notice (关于下达…资金的通知; 现将…资金下达给你们) that is not a report — it attaches no
/// filled 绩效目标表, or the excerpt stops before it — is the policy document its addressees must carry out, not a text of no
/// genre: the rules before this one read such a notice as "other" from its circular's form (its addressees, 通知如下, 特此通知),
/// and here it takes the kind "policy" (Genre/Data/allocation-notice.tsv). Only a document already read as "other" changes:
/// final-accounts disclosures, blank forms and notices asking for performance work announce no allocation.
/// </summary>
public sealed class AllocationNoticeRule : IExtractionRule
{
    public const string Policy = "policy";
    private const string Other = "other";

    private static readonly Lazy<Regex[]> Patterns = new(() => EmbeddedData.Lines("Genre.Data.allocation-notice.tsv")
        .Select(l => new Regex(l, RegexOptions.Compiled | RegexOptions.CultureInvariant)).ToArray());

    public void Apply(ExtractionContext context)
    {
        if (context.DocumentKind != Other || context.Projects.Count > 0) return;
        if (!IsAllocationNotice(context.Chrome.Concat(context.Items))) return;
        context.DocumentKind = Policy;
        context.Warnings.Add("reads as policy, not other: a funds-allocation notice (its title or its announcing sentence "
            + "sends money or its targets down to the addressees), with no filled performance form");
    }

    /// <summary>Whether a paragraph carries a funds-allocation notice's title or announcing sentence.</summary>
    public static bool IsAllocationNotice(IEnumerable<DocItem> items) =>
        items.Where(i => !i.IsRow).Select(i => i.Key).Any(k => Patterns.Value.Any(p => p.IsMatch(k)));
}
