using ReportMiner.Extraction.Pipeline;

namespace ReportMiner.Extraction.Tests.Rules;

/// <summary>
/// Which lines make a list of attachments: numbered document names under a 附件 opening, not the label lines
/// ("1.项目名称：…") of the one attachment the text goes on to show.
/// </summary>
public sealed class AttachmentListLinesTests
{
    private static HashSet<int> ListedIn(params string[] lines) =>
        AttachmentLists.Of(lines.Select((t, i) => new DocItem(i, 1, t, null, null, [])).ToList());

    [Fact]
    public void Numbered_document_names_under_an_attachment_opening_are_a_list()
    {
        Assert.Equal([0, 1, 2], ListedIn("附件：", "1.2024年农村公路养护补助资金分配表", "2.2024年农村公路养护补助资金绩效目标表", "某市财政局"));
    }

    [Fact]
    public void Numbered_label_lines_under_a_bare_attachment_opening_are_no_list()
    {
        Assert.Empty(ListedIn("附件：", "1.项目名称：农村公路养护补助资金", "2.主管部门：某市交通运输局", "3.实施单位：某市公路事务中心"));
    }
}
