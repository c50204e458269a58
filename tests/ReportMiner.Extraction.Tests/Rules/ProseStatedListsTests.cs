namespace ReportMiner.Extraction.Tests.Rules;

public sealed class ProseStatedListsTests
{
    [Fact]
    public void A_counted_list_after_ji_gives_one_project_each_even_without_funding_endings()
    {
        var record = new Docs()
            .Para("某市档案局2023年度部门决算中项目绩效评价报告")
            .Para("二、部门预算支出情况")
            .Para("2023年共安排支出项目4个，即档案征集经费50万元、档案库房巡查12万元、史志编纂委员8万元、市本级档案抢救资金30万元，共100万元，具体项目情况说明如下：")
            .Extract();
        Assert.Equal(["档案征集经费", "档案库房巡查", "史志编纂委员", "市本级档案抢救资金"], record.Projects.Select(p => p.Name));
        Assert.Equal([50, 12, 8, 30], record.Projects.Select(p => p.BudgetWan!.Value));
    }

    [Fact]
    public void Every_counted_list_of_a_units_report_is_read_with_thousands_commas_and_years_dropped()
    {
        var record = new Docs()
            .Para("(一)项目概况")
            .Para("某州林业局2024年年初预算项目共7个，其中：1.本年财政拨款安排项目4个，预算资金为2,100.5万元，即：某州护林员补助经费60万元、林区防火道路维护项目经费20.5万元、州级生态公益林补偿专项资金2,000万元、林木病虫害监测经费20万元。2.上年结转项目3个，预算资金为9万元，即：2023年林业宣传工作经费4万元、往年结余上级补助资金1万元；2022年至2023年单位自有资金利息收入资金4万元。")
            .Para("年中追加项目资金6万元，涉及项目3个，其中：2024年林业工作会议经费1万元；执收部门成本专项补助经费3万元；林业宣传工作经费2万元。")
            .Para("项目名称：林业宣传工作经费")
            .Extract();
        Assert.Equal(
            ["某州护林员补助经费", "林区防火道路维护项目经费", "州级生态公益林补偿专项资金", "林木病虫害监测经费", "林业宣传工作经费",
             "往年结余上级补助资金", "单位自有资金利息收入资金", "林业工作会议经费", "执收部门成本专项补助经费"],
            record.Projects.Select(p => p.Name));
        Assert.Equal(2000, record.Projects[2].BudgetWan);
    }

    [Fact]
    public void A_units_counted_list_of_two_projects_gives_each_its_project_as_a_longer_one_does()
    {
        var record = new Docs()
            .Para("某县农业农村局2022年度项目支出绩效自评报告")
            .Para("2022年，我局纳入绩效自评的项目共2个，即：村庄清洁行动50万元、动物防疫工作20万元。自评等级均为优。")
            .Extract();
        Assert.Equal(["村庄清洁行动", "动物防疫工作"], record.Projects.Select(p => p.Name));
        Assert.Equal([50, 20], record.Projects.Select(p => p.BudgetWan!.Value));
    }

    [Fact]
    public void A_semicolon_list_closed_by_its_total_gives_one_project_each()
    {
        var record = new Docs()
            .Para("某县民政局2024年度资金绩效自评报告")
            .Para("(一)中央、市级下达专项转移支付预算")
            .Para("2024年度，中央、市级下达转移支付敬老院运行项目40万元；城乡低保、特困供养补助项目2.75万元；社区养老服务项目25.25万元；殡葬改革奖补资金32万元。共计下达中央、市级转移支付资金100万元。")
            .Extract();
        Assert.Equal(["敬老院运行项目", "城乡低保、特困供养补助项目", "社区养老服务项目", "殡葬改革奖补资金"], record.Projects.Select(p => p.Name));
        Assert.Equal([40, 2.75, 25.25, 32], record.Projects.Select(p => p.BudgetWan!.Value));
    }

    [Fact]
    public void A_list_whose_total_is_not_the_sum_of_its_items_is_not_believed()
    {
        var record = new Docs()
            .Para("某县民政局2024年度转移支付资金绩效自评报告")
            .Para("2024年度，下达敬老院运行项目40万元；社区养老服务项目25万元；殡葬改革奖补资金32万元。共计下达转移支付资金300万元。")
            .Extract();
        Assert.Single(record.Projects);
    }

    [Fact]
    public void A_list_whose_count_is_not_its_number_of_items_is_not_believed()
    {
        var record = new Docs()
            .Para("某市档案局2023年度部门决算中项目绩效评价报告")
            .Para("2023年共安排支出项目5个，即档案征集经费50万元、档案库房巡查12万元、市本级档案抢救资金30万元，共92万元。")
            .Extract();
        Assert.Single(record.Projects);
    }

    [Fact]
    public void Kinds_of_spending_that_sum_to_their_total_are_not_projects()
    {
        var record = new Docs()
            .Para("某县民政局2024年度资金绩效自评报告")
            .Para("2024年度，本级安排人员经费60万元；公用经费10万元；专用材料费30万元。合计100万元。")
            .Extract();
        Assert.Single(record.Projects);
    }

    [Fact]
    public void A_named_projects_counted_parts_after_ji_stay_one_project()
    {
        var record = new Docs()
            .Para("某市现代农业产业园项目2022年度绩效自评报告")
            .Para("2022年中央财政专项资金2000万元，计划实施3个项目，即园区服务中心建设500万元、冷链物流设施建设900万元、品牌推广600万元。")
            .Extract();
        Assert.EndsWith("现代农业产业园项目", Assert.Single(record.Projects).Name);
    }
}
