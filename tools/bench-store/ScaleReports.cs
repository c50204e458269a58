namespace ReportMiner.Bench.Store;

/// <summary>Deterministic report facts: varied cities, districts, years, projects, numbers and three layouts.</summary>
internal static class ScaleReports
{
    private static readonly string[] Districts = ["", "", "", "", "高新区", "经济技术开发区"];
    private static readonly string[] Projects =
    [
        "12345政府服务热线人工坐席服务外包项目", "市长热线集中受理中心服务外包费", "12333热线咨询平台项目经费", "政务服务热线运行维护经费",
        "话务员服务外包项目", "便民服务热线升级改造项目", "热线工单系统运维服务", "聘用人员工资及管理费用",
    ];
    private static readonly (string L1, string L2, string Name, string Unit)[] Indicators =
    [
        ("产出", "产出数量", "月度话务接通率", "%"), ("产出", "产出质量", "话务平台可用率", "%"), ("产出", "产出数量", "对群众办理结果不满意的回访率", "%"),
        ("产出", "产出时效", "工单转派及时率", "%"), ("产出", "产出质量", "按时办结率", "%"), ("效益", "社会效益", "群众咨询事项一次性解答率", "%"),
        ("效益", "满意度", "话务服务市民满意度", "%"), ("投入", "预算执行", "预算执行率", "%"), ("效益", "社会效益", "诉求解决率", "%"),
        ("产出", "产出质量", "公众投诉率", "%"), ("效益", "可持续影响", "人员流失率", "%"), ("产出", "产出数量", "受理事件总量", "万件"),
    ];

    public static ScaleReport Make(int number)
    {
        var r = new Random(number * 104729 + 7);
        var city = SyntheticRecords.Cities[r.Next(SyntheticRecords.Cities.Length)];
        var budget = Math.Round(30 + r.NextDouble() * 20000, 2);
        var indicators = Indicators.OrderBy(_ => r.Next()).Take(5 + r.Next(6)).Select(i =>
        {
            var target = Math.Round(80 + r.NextDouble() * 19, 2);
            var actual = Math.Round(target - 4 + r.NextDouble() * 8, 2);
            var weight = 5 + r.Next(11);
            var met = actual >= target;
            return new ScaleIndicator(i.L1, i.L2, i.Name, $"≥{target}{i.Unit}", $"{actual}{i.Unit}", weight, met ? weight : Math.Round(weight * actual / target, 1), met);
        }).ToArray();
        return new ScaleReport(city, Districts[r.Next(Districts.Length)], 2016 + r.Next(9), Projects[r.Next(Projects.Length)],
            city + "政务服务数据管理局", budget, Math.Round(budget * (0.7 + r.NextDouble() * 0.3), 2), indicators, r.Next(3));
    }
}
