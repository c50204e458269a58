using ReportMiner.Extraction.Records;

namespace ReportMiner.Bench.Store;

/// <summary>
/// Deterministic synthetic extraction records: varied cities, years, departments, project and indicator names
/// and numbers, shaped like the real reports (several indicators per project, each report present in several formats).
/// </summary>
internal sealed class SyntheticRecords(int seed)
{
    public static readonly string[] Cities =
    [
        "北京市", "上海市", "天津市", "重庆市", "广州市", "深圳市", "杭州市", "南京市", "成都市", "武汉市", "西安市", "长沙市", "益阳市",
        "郑州市", "济南市", "青岛市", "沈阳市", "大连市", "哈尔滨市", "长春市", "石家庄市", "太原市", "合肥市", "福州市", "厦门市", "南昌市",
        "昆明市", "贵阳市", "南宁市", "海口市", "兰州市", "西宁市", "银川市", "苏州市", "无锡市", "宁波市", "温州市", "佛山市", "东莞市",
        "珠海市", "常州市", "徐州市", "烟台市", "洛阳市", "株洲市", "湘潭市", "岳阳市", "呼和浩特市", "乌鲁木齐市", "拉萨市",
    ];

    private static readonly string[] Projects =
    [
        "12345政府服务热线人工坐席服务外包项目", "市长热线集中受理中心服务外包费", "12333热线咨询平台项目经费", "12345服务热线专项经费",
        "话务员服务外包项目", "聘用人员工资及管理费用", "政务服务热线运行维护经费", "网格化综合服务中心运行经费", "便民服务热线升级改造项目",
        "热线工单系统运维服务", "市民服务中心话务外包", "公共服务热线质量评估项目",
    ];

    private static readonly string[] Departments = ["政务服务数据管理局", "人民政府办公室", "人力资源和社会保障局", "城市管理监督指挥中心", "网格化综合服务中心", "财政局"];

    private static readonly (string Level1, string Level2, string Name, string? Category, string Unit)[] Indicators =
    [
        ("产出", "产出数量", "月度话务接通率", "answer_rate", "%"), ("产出", "产出数量", "综合接通率", "answer_rate", "%"),
        ("产出", "产出质量", "话务平台可用率", "platform_availability", "%"), ("产出", "产出数量", "对群众办理结果不满意的回访率", "callback_rate", "%"),
        ("产出", "产出时效", "工单转派及时率", "dispatch_timeliness", "%"), ("产出", "产出质量", "按时办结率", "completion_rate", "%"),
        ("效益", "社会效益", "群众咨询事项一次性解答率", "first_contact_resolution", "%"), ("效益", "满意度", "话务服务市民满意度", "satisfaction", "%"),
        ("效益", "满意度", "综合满意度", "satisfaction", "%"), ("投入", "预算执行", "预算执行率", "budget_execution", "%"),
        ("投入", "预算执行", "预算完成率", "budget_execution", "%"), ("投入", "资金管理", "预算资金到位率", null, "%"),
        ("产出", "产出数量", "受理事件总量", null, "万件"), ("产出", "产出质量", "质检合格率", null, "%"), ("效益", "可持续影响", "人员流失率", "staff_turnover", "%"),
        ("产出", "产出时效", "故障响应时间", "fault_response", "分钟"), ("效益", "社会效益", "诉求解决率", "resolution_rate", "%"), ("产出", "产出质量", "公众投诉率", "complaint_rate", "%"),
        ("管理", "制度建设", "财务管理制度健全性", null, ""), ("产出", "产出数量", "培训及时性", "training", "%"),
    ];

    private readonly Random _random = new(seed);

    /// <summary>One report; <paramref name="variant"/> numbers the same report's copies (formats) with small omissions.</summary>
    public DocumentRecord Report(int reportNumber, int variant, string format)
    {
        var r = new Random(reportNumber * 7919 + 17);
        var city = Cities[r.Next(Cities.Length)];
        var year = 2015 + r.Next(10);
        var budget = Math.Round(50 + r.NextDouble() * 15000, 2);
        var actual = Math.Round(budget * (0.6 + r.NextDouble() * 0.45), 2);
        var indicatorCount = 12 + r.Next(9);
        var indicators = Enumerable.Range(0, indicatorCount).Select(i => Indicator(r, variant, i)).ToArray();
        var project = new ProjectRecord
        {
            Name = (r.Next(3) == 0 ? city : "") + Projects[r.Next(Projects.Length)], City = city, Year = year,
            Department = city + Departments[r.Next(Departments.Length)], ReportKind = "self_evaluation",
            BudgetWan = budget, ActualWan = variant == 3 ? null : actual, ExecutionRatePct = Math.Round(actual / budget * 100, 2),
            Indicators = indicators,
        };
        return new DocumentRecord { File = $"r{reportNumber}.{format}", Sha256 = $"{reportNumber:x8}{variant:x2}{_random.Next():x8}", Format = format, Projects = [project] };
    }

    private static IndicatorRecord Indicator(Random r, int variant, int ordinal)
    {
        var (level1, level2, name, category, unit) = Indicators[r.Next(Indicators.Length)];
        var target = Math.Round(80 + r.NextDouble() * 19.99, 2);
        var actual = Math.Round(target - 5 + r.NextDouble() * 10, 2);
        return new IndicatorRecord
        {
            Level1 = level1, Level2 = level2, Name = name, Category = category,
            Target = new Quantity($"≥{target}{unit}", ">=", target, unit),
            Actual = variant == 2 && ordinal % 3 == 0 ? null : new Quantity($"{actual}{unit}", null, actual, unit),
            Weight = 5 + r.Next(11), Score = r.Next(16), Met = actual >= target,
            Source = new SourceRef(1 + ordinal / 8, 0, ordinal + 1, $"{name}\t≥{target}{unit}\t{actual}{unit}"),
        };
    }
}
