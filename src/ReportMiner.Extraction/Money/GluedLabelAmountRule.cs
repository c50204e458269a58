using System.Text.RegularExpressions;
using ReportMiner.Extraction.Grammar;
using ReportMiner.Extraction.Pipeline;

namespace ReportMiner.Extraction.Money;

/// <summary>
/// A form's money label glued to its figure in a page's stored text, the unit in brackets between them
/// ("计划投资额(万元)110.00实际到位资金(万元)84.74", "…资金总额(万元)50"): the label's cue words decide what the figure
/// is, as they do for a table's label cell. Paragraphs only, and only fields no other rule filled; a figure that runs
/// on into more digits, a decimal point or a % (a glued budget row) is not read.
/// </summary>
public sealed partial class GluedLabelAmountRule : IExtractionRule
{
    public void Apply(ExtractionContext context)
    {
        foreach (var project in context.Projects)
            foreach (var item in context.ItemsOf(project).Where(i => !i.IsRow))
                foreach (Match m in LabelAmount().Matches(item.Text))
                {
                    var role = MoneyLabels.Of(m.Groups["label"].Value);
                    if (role is MoneyRole.None or MoneyRole.ExecutionRate) continue;
                    var unit = m.Groups["unit"].Value switch { "亿元" => MoneyUnit.Yi, "万元" => MoneyUnit.Wan, _ => MoneyUnit.Yuan };
                    MoneyAssignment.Assign(project, role, m.Groups["num"].Value, unit, item.Source(item.SentenceAt(m.Index)));
                }
    }

    [GeneratedRegex(@"(?<label>\p{IsCJKUnifiedIdeographs}{2,16})[(（](?<unit>亿元|万元|元)[)）][:：]?(?<num>\d+(?:\.\d+)?)(?![\d.,%])")]
    private static partial Regex LabelAmount();
}
