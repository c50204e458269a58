using ReportMiner.Extraction.Tests.Rules;

namespace ReportMiner.Extraction.Tests.Generalization;

/// <summary>Project fields as the national forms and prose reports print them.</summary>
public sealed class ProjectFieldFormTests
{
    [Fact]
    public void The_national_forms_主管部门及代码_label_gives_the_department_without_its_code()
    {
        var project = new Docs().Para("项目支出绩效自评表").Para("（2021年度）")
            .Table("项目名称\t河道保洁经费", "主管部门及代码\t[212]某某县水利局\t实施单位\t某某县河道管理所").Single();
        Assert.Equal("某某县水利局", project.Department);
    }

    [Fact]
    public void A_year_in_chinese_numerals_is_not_part_of_the_name()
    {
        var project = new Docs().Para("二〇二二年度乡镇综合文化站免费开放项目绩效自评报告").Para("一、项目基本情况")
            .Para("项目预算资金20万元，实际支出20万元。").Single();
        Assert.Equal("乡镇综合文化站免费开放项目", project.Name);
        Assert.Equal(2022, project.Year);
    }

    [Theory]
    [InlineData("根据《关于开展2022年度项目支出绩效自评工作的通知》要求，现将城区绿化养护项目绩效自评情况报告如下。", "城区绿化养护项目")]
    [InlineData("按照县财政局的统一部署，我局对农村饮水安全维修养护资金开展了绩效自评。", "农村饮水安全维修养护资金")]
    public void A_reports_sentence_about_itself_names_the_project_and_a_cited_notice_is_no_title(string sentence, string name)
    {
        var project = new Docs().Para("项目绩效自评报告").Para("一、项目概况").Para(sentence)
            .Para("项目预算资金100万元，实际支出98万元。").Single();
        Assert.Equal(name, project.Name);
    }

    [Fact]
    public void A_transfer_payment_form_naming_the_主管部门_of_each_level_gives_the_local_one()
    {
        var project = new Docs().Para("马铃薯种薯繁育项目绩效目标自评表（2022年度）")
            .Table("项目名称\t马铃薯种薯繁育项目\t实施单位\t某某县农技中心",
                "自治区主管部门\t农业农村厅\t专项实施期\t2022年3月-2022年11月",
                "市县财政部门\t某某县财政局\t市县主管部门\t某某县农业农村局").Single();
        Assert.Equal("某某县农业农村局", project.Department);
    }

    [Fact]
    public void A_form_naming_the_central_and_the_local_主管部门_gives_the_local_one()
    {
        var project = new Docs().Para("中央对地方转移支付区域绩效自评表（2023年度）")
            .Table("转移支付项目\t农村综合改革转移支付", "中央主管部门\t某某部\t地方主管部门\t某某县财政局").Single();
        Assert.Equal("某某县财政局", project.Department);
    }

    [Theory]
    [InlineData("部门整体支出绩效自评表", "填报日期:2023年3月20日", 2022)]
    [InlineData("部门整体支出绩效自评表", "填报日期:2022年12月28日", 2022)]
    [InlineData("部门整体支出绩效目标申报表", "填报日期:2023年1月28日", 2023)]
    public void A_self_evaluation_filed_early_in_a_year_reports_on_the_year_before(string title, string filed, int year)
    {
        var project = new Docs().Para(title)
            .Table("单位(盖章):某某县某某镇人民政府\t" + filed, "部门(单位)名称\t某某县某某镇人民政府").Single();
        Assert.Equal(year, project.Year);
    }
}
