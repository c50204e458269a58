using ReportMiner.TestSupport;

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
            .Para("根据县财政局的安排，我局对河道治理工程专项资金开展绩效评价，现将评价情况报告如下。")
            .Para("评价方式:某水库除险加固项目绩效自评表")
            .Table(
                "评价指标\t分值\t得分",
                "项目决策\t20\t18",
                "项目管理\t20\t19");
        docs = Form(docs, "三、某水库除险加固项目绩效自评报告", "加固水库大坝")
            .Para("项目实施后，水库防洪能力明显提升，下游群众生命财产安全得到保障。");
        var record = docs.Extract();
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
        Assert.Contains("建成高标准农田", record.Projects[0].Indicators.Select(i => i.Name));
        Assert.DoesNotContain("奖补村级项目", record.Projects[0].Indicators.Select(i => i.Name));
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

    [Fact]
    public void A_pages_metadata_table_naming_indicators_in_its_values_is_no_form_of_its_own()
    {
        var record = Form(
                new Docs().Table(
                    "索引号\t123-2023-0001",
                    "发布机构\t某县农业农村局",
                    "发文日期\t2024-03-01",
                    "信息来源\t某县农业农村局",
                    "信息名称\t2023年度绩效指标完成情况"),
                "某县农业农村局2023年度高标准农田建设项目绩效自评表", "建成高标准农田")
            .Extract();
        Assert.Single(record.Projects);
    }

    [Fact]
    public void Two_units_forms_for_a_project_of_the_same_name_stay_one_project()
    {
        // What the rule does not tell apart (R444's 公务用车购置 for two units): pinned so a change to it is seen.
        var docs = Form(new Docs(), "某市公安局_公务用车购置项目支出绩效目标批复表", "购置执法执勤车辆");
        var record = Form(docs, "某市看守所_公务用车购置项目支出绩效目标批复表", "购置押解车辆").Extract();
        Assert.Single(record.Projects);
    }

    [Fact]
    public void A_heading_title_right_above_another_subjects_title_leaves_the_first_project_to_start_at_the_later_one()
    {
        var docs = Form(
            new Docs().Para("某县2023年度高标准农田建设项目支出绩效目标批复表").Para("合集下载"),
            "某县农业农村局_村级公益事业奖补项目支出绩效目标批复表", "奖补村级项目");
        var record = Form(docs, "某县农业农村局_农村公路养护项目支出绩效目标批复表", "养护农村公路").Extract();
        Assert.Equal(2, record.Projects.Count);
        Assert.Contains("村级公益事业奖补", record.Projects[0].Name);
        Assert.Contains("农村公路养护", record.Projects[1].Name);
    }

    [Fact]
    public void A_units_own_title_above_its_project_forms_leaves_them_one_project_each()
    {
        var docs = Form(
            new Docs().Para("富民县水务局2023年度项目支出绩效自评表"),
            "富民县水务局2023年度河道治理工程项目绩效自评表", "治理河道");
        var record = Form(docs, "富民县水务局2023年度农村饮水安全巩固提升项目绩效自评表", "巩固提升供水工程").Extract();
        Assert.Equal(2, record.Projects.Count);
        Assert.Contains("治理河道", record.Projects[0].Indicators.Select(i => i.Name));
        Assert.Contains("巩固提升供水工程", record.Projects[1].Indicators.Select(i => i.Name));
    }

    [Fact]
    public void A_units_own_report_and_its_own_form_stay_one_project()
    {
        var docs = new Docs()
            .Para("富民县水务局2023年部门整体支出绩效自评报告")
            .Para("一、部门基本情况")
            .Para("我局主要负责全县水资源管理、水利工程建设和农村饮水安全工作。")
            .Para("二、绩效目标完成情况")
            .Para("全年各项工作任务均已完成，群众满意度较高。");
        var record = Form(docs, "富民县水务局2023年部门整体支出绩效自评表", "完成水利工程建设").Extract();
        Assert.Single(record.Projects);
    }

    [Fact]
    public void A_collection_of_twenty_thousand_titled_forms_is_read_without_a_hang()
    {
        // A guard against a hang, not a speed figure: every title is compared with the subjects opened before it.
        var docs = new Docs();
        for (var k = 0; k < 20_000; k++)
        {
            // A subject of its own: four characters no other title's subject shares a run with.
            var (a, b) = ((char)(0x7000 + k / 100), (char)(0x7200 + k % 100));
            docs.Para($"某县农业农村局{a}{b}{a}{b}项目绩效自评表")
                .Para("项目年度内完成建设。")
                .Para("群众满意度较高。")
                .Para("资金按时拨付到位。");
        }
        var record = HangGuard.Within(TimeSpan.FromSeconds(60), () => docs.Extract());
        Assert.True(record.Projects.Count > 1);
    }
}
