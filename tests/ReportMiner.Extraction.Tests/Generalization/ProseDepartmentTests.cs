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

    // "2021 年茂名市发展和改革局整体支出绩效自评报告": a text export that spaced the year from its 年 (an unseen page).
    [Fact]
    public void A_year_written_before_an_office_leaves_no_年_on_its_name()
    {
        var project = new Docs()
            .Para("绩效自评报告")
            .Para("2021 年宁乡市城市管理局按照要求开展自评，项目资金80万元已全部支付。")
            .Single();
        Assert.Equal("宁乡市城市管理局", project.Department);
    }
}
