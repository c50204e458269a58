namespace ReportMiner.Extraction.Tests.Rules;

public sealed class OrdinalProjectParagraphTests
{
    [Fact]
    public void Paragraphs_labelled_project_one_two_three_are_projects_named_up_to_the_first_comma()
    {
        var record = new Docs()
            .Para("某县某镇人民政府2023年度转移支付项目绩效自评报告")
            .Para("根据县财政局通知要求，我镇完成了2023年度转移支付项目绩效自评，涉及项目3个，结果如下：")
            .Para("项目一：某财农〔2023〕12号某村集体经济发展项目，项目全年预算数50万元，执行数50万元，完成预算的100%。")
            .Para("项目二：乡村道路养护补助资金，项目全年预算数20万元，执行数18万元，完成预算的90%。")
            .Para("项目三：边民补助，项目全年预算数30万元，执行数30万元，完成预算的100%。")
            .Extract();
        Assert.Equal(["某村集体经济发展项目", "乡村道路养护补助资金", "边民补助"], record.Projects.Select(p => p.Name));
        Assert.All(record.Projects, p => Assert.Equal(2023, p.Year));
    }

    [Fact]
    public void A_single_paragraph_labelled_project_one_does_not_split_the_report()
    {
        var record = new Docs()
            .Para("某县农田水利设施维修项目2023年度绩效自评报告")
            .Para("项目一：渠道清淤，完成清淤5公里。")
            .Para("二、绩效目标完成情况")
            .Extract();
        Assert.Single(record.Projects);
    }

    [Fact]
    public void Project_labels_out_of_order_do_not_split_the_report()
    {
        var record = new Docs()
            .Para("某县农田水利设施维修项目2023年度绩效自评报告")
            .Para("项目二：渠道清淤工程，完成清淤5公里。")
            .Para("项目三：泵站维修工程，维修泵站2座。")
            .Extract();
        Assert.Single(record.Projects);
    }

    [Fact]
    public void An_excerpt_that_stops_inside_project_one_of_a_counted_summary_is_that_project_and_its_listed_works_are_its_parts()
    {
        var record = new Docs()
            .Para("某县某局2023年度项目支出绩效单位自评报告")
            .Para("我局2023年项目支出绩效评价项目3个，涉及资金900万元。具体情况报告如下：")
            .Para("项目一：2023年某河道综合治理补助资金")
            .Para("一、基本情况")
            .Para("2023年建设项目3个，总共投资600万元（某村灌溉渠道建设项目200万元，某村河堤加固项目250万元，某村排水沟改造项目150万元）。")
            .Extract();
        var project = Assert.Single(record.Projects);
        Assert.Contains("某河道综合治理补助资金", project.Name);
    }
}
