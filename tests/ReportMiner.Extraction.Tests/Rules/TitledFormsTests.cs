namespace ReportMiner.Extraction.Tests.Rules;

public sealed class TitledFormsTests
{
    private static Docs Form(Docs docs, string title, string indicator) => docs
        .Para(title)
        .Table(
            "一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值",
            "产出指标\t数量指标\t" + indicator + "\t≥10个\t12个",
            "^\t质量指标\t验收合格率\t100%\t100%",
            "效益指标\t社会效益指标\t群众满意度\t≥90%\t95%");

    [Fact]
    public void Forms_printed_one_after_another_under_titles_naming_other_projects_give_one_project_each()
    {
        var docs = Form(new Docs(), "某县农业农村局2023年度高标准农田建设项目绩效自评表", "建成高标准农田");
        var record = Form(docs, "某县农业农村局2023年度村级公益事业奖补资金绩效自评表", "奖补村级项目").Extract();
        Assert.Equal(2, record.Projects.Count);
        Assert.Contains("建成高标准农田", record.Projects[0].Indicators.Select(i => i.Name));
        Assert.Contains("奖补村级项目", record.Projects[1].Indicators.Select(i => i.Name));
        Assert.DoesNotContain("奖补村级项目", record.Projects[0].Indicators.Select(i => i.Name));
    }

    [Fact]
    public void A_report_and_its_form_titled_with_the_same_subject_stay_one_project()
    {
        var docs = Form(new Docs(), "寻甸回族彝族自治县应急管理局2023年部门整体支出绩效自评报告", "开展应急演练");
        var record = Form(docs, "寻甸县应急管理局2023年部门整体支出绩效自评表", "排查隐患").Extract();
        Assert.Single(record.Projects);
    }

    [Fact]
    public void A_title_the_text_ends_on_opens_no_project()
    {
        var record = Form(new Docs(), "某县农业农村局2023年度高标准农田建设项目绩效自评表", "建成高标准农田")
            .Para("附件2")
            .Para("2022年度农村公路养护项目绩效目标表")
            .Extract();
        Assert.Single(record.Projects);
    }

    [Fact]
    public void A_field_or_a_numbered_heading_that_mentions_a_report_type_is_no_title()
    {
        var docs = Form(new Docs(), "某县水利局2019年度河道治理工程专项资金绩效评价报告", "治理河道")
            .Para("评价方式:单位绩效自评");
        var record = Form(docs, "三、专项资金主要绩效(附专项资金绩效目标自评表)", "清理淤泥").Extract();
        Assert.Single(record.Projects);
    }

    [Fact]
    public void A_filled_form_above_the_first_titled_one_is_a_project_of_its_own()
    {
        var docs = Form(new Docs(), "项目支出绩效自评表", "建成高标准农田")
            .Table(
                "预算执行情况\t全年预算数\t全年执行数",
                "年度资金总额\t100\t100",
                "其中：财政拨款\t100\t100");
        var record = Form(docs, "2023年度村级公益事业奖补资金绩效自评表", "奖补村级项目").Extract();
        Assert.Equal(2, record.Projects.Count);
        Assert.Contains("奖补村级项目", record.Projects[1].Indicators.Select(i => i.Name));
    }

    [Fact]
    public void A_pages_metadata_table_above_a_titled_form_is_no_form_of_its_own()
    {
        var record = Form(
                new Docs().Table(
                    "索引号\t123-2023-0001",
                    "发布机构\t某县农业农村局",
                    "发文日期\t2024-03-01",
                    "信息来源\t某县农业农村局",
                    "信息名称\t高标准农田建设项目绩效自评"),
                "某县农业农村局2023年度高标准农田建设项目绩效自评表", "建成高标准农田")
            .Extract();
        Assert.Single(record.Projects);
    }
}
