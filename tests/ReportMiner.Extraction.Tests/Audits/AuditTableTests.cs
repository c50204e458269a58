using ReportMiner.TestSupport.Audits;

namespace ReportMiner.Extraction.Tests.Audits;

public sealed class AuditTableTests
{
    [Fact]
    public void Blank_lines_and_comments_are_skipped_and_each_labelled_line_is_split_at_its_tabs()
    {
        var lines = AuditTable.Read(["# address\tlabel", "", "https://example.gov.cn/a\t\tbudget=100"], "money-audit.tsv").ToList();

        var line = Assert.Single(lines);
        Assert.Equal(["https://example.gov.cn/a", "", "budget=100"], line.Cells);
    }

    [Fact]
    public void A_refused_line_names_its_file_what_a_line_needs_and_the_line()
    {
        var line = Assert.Single(AuditTable.Read(["S01\t服务外包在岸"], "selfeval-row-audit.tsv"));

        var refused = line.Refused("page, name and six fields");

        Assert.Equal("selfeval-row-audit.tsv needs page, name and six fields: S01\t服务外包在岸", refused.Message);
    }
}
