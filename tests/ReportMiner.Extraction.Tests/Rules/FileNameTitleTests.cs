namespace ReportMiner.Extraction.Tests.Rules;

/// <summary>The uploaded file's name a document-sharing site prints names the project when the report's own title is lost.</summary>
public sealed class FileNameTitleTests
{
    [Fact]
    public void A_file_name_without_a_report_word_names_the_project_it_ends_as()
    {
        var project = new Docs()
            .Para("某市河道长效管理项目.docx")
            .Para("上传人:b****2 文档编号:2374267 上传时间:2023-05-03 格式:DOCX 页数:15")
            .Para("为建立健全预算绩效管理机制，现对河道保洁工作开展绩效自评。")
            .Para("项目年度预算资金120万元，实际支出118万元。")
            .Para("河道保洁覆盖率达到100%，群众满意度95%。")
            .Single();
        Assert.Equal("某市河道长效管理项目", project.Name);
    }

    [Fact]
    public void A_file_name_the_site_cut_short_keeps_the_subject_before_its_performance_words()
    {
        var project = new Docs()
            .Para("上海市闵行区2012年度水域保洁项目支出绩效跟踪管理报.doc")
            .Para("项目实施单位:某环境卫生管理所")
            .Para("一、项目绩效目标的调整和确定情况")
            .Para("水域保洁面积达到规定标准，保洁质量合格率100%。")
            .Single();
        Assert.Equal("水域保洁项目支出", project.Name);
    }

    [Fact]
    public void A_preview_page_stamp_gives_the_file_name_without_the_letters_a_spam_site_glued_before_it()
    {
        var project = new Docs()
            .Para("av国道110线某段路面养护工程自评报告_第1页")
            .Para("av国道110线某段路面养护工程自评报告_第2页")
            .Para("已阅读5页，还剩24页未读，继续免费阅读")
            .Para("一、项目基本情况")
            .Para("项目年度预算资金260万元，实际支出251万元。")
            .Para("路面养护里程12公里，验收合格率100%。")
            .Single();
        Assert.Equal("国道110线某段路面养护工程", project.Name);
    }

    [Fact]
    public void A_generic_file_name_names_no_project()
    {
        var project = new Docs()
            .Para("2024年项目支出绩效评估报告.docx")
            .Para("一、项目基本情况")
            .Para("项目年度预算资金30万元，实际支出30万元。")
            .Para("馆藏档案数字化率达到80%。")
            .Single();
        Assert.True(string.IsNullOrEmpty(project.Name));
    }

    [Fact]
    public void A_report_title_still_outranks_the_file_name()
    {
        var project = new Docs()
            .Para("某县档案工作项目.docx")
            .Para("某县2021年度馆藏档案数字化项目绩效自评报告")
            .Para("一、项目基本情况")
            .Para("项目年度预算资金30万元，实际支出30万元。")
            .Single();
        Assert.Equal("馆藏档案数字化项目", project.Name);
    }
}
