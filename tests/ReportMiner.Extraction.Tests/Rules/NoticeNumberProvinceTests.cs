namespace ReportMiner.Extraction.Tests.Rules;

/// <summary>A report that names no place gets its province from the numbers of the provincial finance notices it cites.</summary>
public sealed class NoticeNumberProvinceTests
{
    [Fact]
    public void A_cited_provincial_finance_notice_number_names_the_province_of_a_report_that_names_no_place()
    {
        var project = new Docs()
            .Para("普通高校学生资助补助经费绩效自评报告")
            .Para("一、项目基本情况")
            .Para("根据《关于下达2021年普通高校学生资助补助经费预算的通知》(鄂财教发[2021]40号)文件批复，2021年本专科学生资助经费共计820万元。")
            .Single();
        Assert.Equal("湖北省", project.Province);
    }

    [Fact]
    public void Notice_numbers_of_two_provinces_leave_the_province_unread()
    {
        var project = new Docs()
            .Para("普通高校学生资助补助经费绩效自评报告")
            .Para("一、项目基本情况")
            .Para("根据(鄂财教发[2021]40号)和(湘财社〔2018〕25号)文件要求，2021年本专科学生资助经费共计820万元。")
            .Single();
        Assert.Null(project.Province);
    }

    [Fact]
    public void A_notice_number_whose_year_a_template_left_as_xx_still_names_the_province()
    {
        var project = new Docs()
            .Para("省级财政资金绩效自评报告")
            .Para("一、基本情况")
            .Para("按照《关于开展xx年省级财政资金绩效自评工作的通知》(粤财绩﹝xx﹞13号)要求，我中心对xx年度省级财政资金开展了绩效自评。")
            .Single();
        Assert.Equal("广东省", project.Province);
    }
}
