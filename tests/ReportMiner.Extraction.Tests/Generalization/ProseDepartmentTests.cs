using ReportMiner.Extraction.Tests.Rules;

namespace ReportMiner.Extraction.Tests.Generalization;

/// <summary>The department a report names only in its prose.</summary>
public sealed class ProseDepartmentTests
{
    // "工作组成员到X中心" (R175), "转办到X区…" (R028), "收到X局返还…" (R172): 到 ends the words before the office.
    [Fact]
    public void The_words_of_a_visit_before_an_office_are_not_part_of_its_name()
    {
        var project = new Docs()
            .Para("环卫保洁项目绩效评价报告")
            .Para("本次绩效评价工作组成员到宁乡市城市管理局进行了现场座谈，听取了项目实施情况汇报。")
            .Single();
        Assert.Equal("宁乡市城市管理局", project.Department);
    }
}
