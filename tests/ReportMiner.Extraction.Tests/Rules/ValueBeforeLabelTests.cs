namespace ReportMiner.Extraction.Tests.Rules;

public sealed class ValueBeforeLabelTests
{
    [Fact]
    public void A_forms_wrapped_name_written_before_its_label_names_a_project_of_its_own()
    {
        var record = new Docs()
            .Para("项目支出绩效自评表 (2022 年度)")
            .Para("某区全民健身中心场馆委托运营 管理费用 项目名称 主管部门 某区体育局")
            .Para("年度资金总额 30 30 30 10 100% 10")
            .Para("项目支出绩效自评表 (2022 年度)")
            .Para("项目名称\t对口支援帮扶经费")
            .Para("主管部门\t某区体育局")
            .Extract();
        Assert.Equal(["某区全民健身中心场馆委托运营管理费用", "对口支援帮扶经费"], record.Projects.Select(p => p.Name));
    }

    [Fact]
    public void A_header_line_with_a_number_column_before_the_name_label_names_no_project()
    {
        var record = new Docs()
            .Para("某区2022年度项目支出绩效自评结果")
            .Para("序号 项目名称 主管部门 资金量")
            .Para("项目名称\t对口支援帮扶经费")
            .Extract();
        Assert.Equal(["对口支援帮扶经费"], record.Projects.Select(p => p.Name));
    }
}
