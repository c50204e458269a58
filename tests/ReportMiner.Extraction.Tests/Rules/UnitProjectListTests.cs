namespace ReportMiner.Extraction.Tests.Rules;

public sealed class UnitProjectListTests
{
    [Fact]
    public void A_unit_that_counts_its_projects_and_names_them_after_fenbiewei_gives_one_project_each()
    {
        var record = new Docs()
            .Para("2021年市级发展项目绩效自评价报告")
            .Para("2021年，我单位共有3个市级发展项目，分别为市级农产品品牌培育专项资金、市级物流园区建设专项资金、市级节能改造奖补资金。现将自评情况公开如下：")
            .Para("一、市级农产品品牌培育项目")
            .Para("(一)项目概况")
            .Extract();
        Assert.Equal(["市级农产品品牌培育专项资金", "市级物流园区建设专项资金", "市级节能改造奖补资金"], record.Projects.Select(p => p.Name));
        Assert.All(record.Projects, p => Assert.Equal(2021, p.Year));
    }

    [Fact]
    public void The_last_counted_name_ends_at_its_project_ending_when_the_sentence_runs_on()
    {
        var record = new Docs()
            .Para("某县交通运输局：")
            .Para("我局2022年实施的专项债项目有两项，分别是某县城乡客运站建设项目、某县农村公路安防工程项目现将项目资金绩效评价报告如下：")
            .Extract();
        Assert.Equal(["某县城乡客运站建设项目", "某县农村公路安防工程项目"], record.Projects.Select(p => p.Name));
    }

    [Fact]
    public void Quoted_project_names_before_their_count_each_take_the_results_of_their_own_clause()
    {
        var record = new Docs()
            .Para("某市图书馆关于2019年度项目绩效评价结果的说明")
            .Para("我馆对9个支出项目进行了绩效自评。其中“古籍保护经费”及“阅读推广活动经费”两项目纳入了市重点评价，涉及支出共150万元：“古籍保护经费”项目支出40.5万元，预算执行率90.00%，绩效评价结果分数为88分，达到良好水平；“阅读推广活动经费”项目支出99.5万元，预算执行率99.50%，绩效评价结果分数为92分，达到优秀水平。")
            .Extract();
        Assert.Equal(["古籍保护经费", "阅读推广活动经费"], record.Projects.Select(p => p.Name));
        Assert.Equal([40.5, 99.5], record.Projects.Select(p => p.ActualWan!.Value));
        Assert.Equal([90.0, 99.5], record.Projects.Select(p => p.ExecutionRatePct!.Value));
        Assert.Equal([88.0, 92.0], record.Projects.Select(p => p.Score!.Value));
        Assert.Equal(["良好", "优秀"], record.Projects.Select(p => p.Grade));
    }

    [Fact]
    public void Bare_names_with_their_money_are_projects_when_the_first_heads_a_section_of_its_own()
    {
        var record = new Docs()
            .Para("省财政厅：")
            .Para("我厅委托第三方机构开展2020年度省级专项资金绩效评价，现将有关情况报送如下：")
            .Para("2020年评价资金范围包括两个部分：一是清单管理项目资金，包含城市燃气管网改造12,000万元、老旧小区提升8,500万元、村庄规划编制1,200万元；二是2020年度部门业务费2,345.6万元和城乡垃圾治理3,000万元(含省发改委500万元)。")
            .Para("(一)城市燃气管网改造资金。用于老旧燃气管道更新。")
            .Extract();
        Assert.Equal(["城市燃气管网改造", "老旧小区提升", "村庄规划编制", "部门业务费", "城乡垃圾治理"], record.Projects.Select(p => p.Name));
        Assert.Equal([12000, 8500, 1200, 2345.6, 3000], record.Projects.Select(p => p.BudgetWan!.Value));
    }

    [Fact]
    public void Bare_names_with_money_and_no_section_of_their_own_stay_one_project()
    {
        var record = new Docs()
            .Para("省财政厅：")
            .Para("2020年评价资金范围包含城市燃气管网改造12,000万元、老旧小区提升8,500万元、村庄规划编制1,200万元。")
            .Para("(一)评价工作开展情况。")
            .Extract();
        Assert.True(record.Projects.Count <= 1);
    }

    [Fact]
    public void A_named_project_that_lists_the_works_it_pays_for_stays_one_project()
    {
        var record = new Docs()
            .Para("某市2018年度“新网工程”项目绩效自评报告")
            .Para("2018年共扶持4个项目，分别是某茶叶公司体验馆建设项目、某合作社加工提升项目、某供销服务中心升级改造项目、某农业公司改扩建项目。")
            .Extract();
        Assert.Single(record.Projects);
    }
}
