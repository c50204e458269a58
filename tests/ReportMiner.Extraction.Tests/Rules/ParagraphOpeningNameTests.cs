namespace ReportMiner.Extraction.Tests.Rules;

/// <summary>A prose report with no title or form opens a paragraph with its project's name as the subject.</summary>
public sealed class ParagraphOpeningNameTests
{
    [Fact]
    public void A_paragraph_opening_with_a_project_as_its_subject_names_the_project()
    {
        var project = new Docs()
            .Para("一、项目基本情况")
            .Para("为保障辖区群众出行安全，县里每年安排专项资金开展桥梁检测。")
            .Para("二、项目绩效自评工作开展情况")
            .Para("农村桥梁定期检测经费项目是县交通运输局的经常性项目，我局成立自评小组开展了绩效自评。")
            .Single();
        Assert.Equal("农村桥梁定期检测经费项目", project.Name);
    }

    [Fact]
    public void A_paragraph_opening_with_this_project_names_no_project()
    {
        var project = new Docs()
            .Para("一、项目基本情况")
            .Para("本项目专项资金是县交通运输局的经常性项目，我局成立自评小组开展了绩效自评。")
            .Para("二、项目绩效自评工作开展情况")
            .Para("项目资金按照年初预算全部拨付到位。")
            .Single();
        Assert.True(string.IsNullOrEmpty(project.Name));
    }

    [Fact]
    public void An_office_and_the_money_it_got_at_a_paragraphs_opening_name_no_project()
    {
        var project = new Docs()
            .Para("一、项目基本情况")
            .Para("某县档案馆30万元资金按照年初预算全部拨付到位，我馆成立自评小组开展了绩效自评。")
            .Para("二、项目绩效自评工作开展情况")
            .Single();
        Assert.True(string.IsNullOrEmpty(project.Name));
    }

    [Fact]
    public void A_title_name_is_not_replaced_by_a_paragraph_opening()
    {
        var project = new Docs()
            .Para("某县2023年度农村桥梁定期检测经费项目绩效自评报告")
            .Para("一、项目基本情况")
            .Para("桥梁安全巡查工程是县交通运输局的经常性项目，我局成立自评小组开展了绩效自评。")
            .Single();
        Assert.Equal("农村桥梁定期检测经费项目", project.Name);
    }
}
