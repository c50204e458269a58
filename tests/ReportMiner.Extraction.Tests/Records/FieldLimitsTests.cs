using ReportMiner.Documents.Building;
using ReportMiner.Documents.Model;
using ReportMiner.Extraction.Records;

namespace ReportMiner.Extraction.Tests.Records;

public sealed class FieldLimitsTests
{
    [Fact]
    public void A_huge_one_paragraph_document_gives_bounded_fields_and_says_what_was_cut()
    {
        var text = "项目名称：" + new string('热', 2_000_000) + "\n";
        var document = new Document("huge.txt", FileFormat.Txt, [new Page(1)], [new Paragraph(text, new Provenance(1, CharLength: text.Length))], text);
        var record = RuleBasedExtractor.Default.Extract(document, "0");
        Assert.All(record.Projects, p =>
        {
            Assert.True(p.Name.Length <= FieldLimits.Name);
            Assert.All(p.Sources.Values, s => Assert.True(s.Snippet.Length <= FieldLimits.Snippet));
        });
    }

    [Fact]
    public void A_field_over_its_cap_is_cut_with_a_warning_naming_it()
    {
        var record = new DocumentRecord
        {
            File = "a", Sha256 = "0", Format = "txt",
            Projects = [new ProjectRecord { Name = new string('热', 2_000_000), Indicators = [new IndicatorRecord { Name = new string('率', 1000) }] }],
        };
        var project = FieldLimits.Apply(record).Projects.Single();
        Assert.Equal(FieldLimits.Name, project.Name.Length);
        Assert.Equal(FieldLimits.Name, project.Indicators[0].Name.Length);
        Assert.Contains(project.Warnings, w => w.StartsWith("project name was 2,000,000 characters long", StringComparison.Ordinal));
        Assert.Contains(project.Warnings, w => w.StartsWith("indicator 1 name was", StringComparison.Ordinal));
    }

    [Fact]
    public void Ordinary_records_pass_unchanged()
    {
        var record = new DocumentRecord
        {
            File = "a", Sha256 = "0", Format = "txt",
            Projects = [new ProjectRecord { Name = "12345热线项目", City = "广州市", Indicators = [new IndicatorRecord { Name = "接通率" }] }],
        };
        var capped = FieldLimits.Apply(record);
        Assert.Equal("12345热线项目", capped.Projects[0].Name);
        Assert.Empty(capped.Projects[0].Warnings);
        Assert.Equal("接通率", capped.Projects[0].Indicators[0].Name);
    }

    [Fact]
    public void A_number_that_is_not_finite_is_left_out_with_a_warning_naming_it()
    {
        var record = new DocumentRecord
        {
            File = "a", Sha256 = "0", Format = "txt",
            Projects = [new ProjectRecord
            {
                Name = "12345热线项目", BudgetWan = double.PositiveInfinity, ExecutionRatePct = double.NaN, ActualWan = 95,
                Indicators = [new IndicatorRecord { Name = "接通率", Weight = double.PositiveInfinity, Actual = new Quantity("9…9%", null, double.PositiveInfinity, "%") }],
            }],
        };
        var project = FieldLimits.Apply(record).Projects.Single();
        Assert.Equal((null, null, 95), (project.BudgetWan, project.ExecutionRatePct, project.ActualWan));
        Assert.Null(project.Indicators[0].Weight);
        Assert.Null(project.Indicators[0].Actual!.Value);
        Assert.Equal("9…9%", project.Indicators[0].Actual!.Text);
        Assert.Contains(project.Warnings, w => w.StartsWith("budget was not a finite number", StringComparison.Ordinal));
        Assert.Contains(project.Warnings, w => w.StartsWith("indicator 1 weight was not a finite number", StringComparison.Ordinal));
    }

    [Fact]
    public void A_table_of_400_digit_numbers_gives_a_record_that_can_be_written_as_json()
    {
        var huge = new string('9', 400);
        string[][] rows =
        [
            ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
            ["产出指标", "数量指标", "受理来电量", "≥100万件", "120万件", huge, huge],
            ["效益指标", "满意度指标", "群众满意度", "≥" + huge + "%", huge + "%", "10", "9.5"],
        ];
        var draft = new TableDraft(1);
        for (var r = 0; r < rows.Length; r++)
            for (var c = 0; c < rows[r].Length; c++) draft.AddCell(r, c, rows[r][c]);
        var builder = new DocumentBuilder("huge-numbers.html", FileFormat.Html);
        builder.AddParagraph("某市2021年度热线服务项目绩效自评报告");
        builder.AddTable(draft);
        var record = RuleBasedExtractor.Default.Extract(builder.Build(), "0");
        var numbers = record.Projects.SelectMany(p => p.Indicators)
            .SelectMany(i => new[] { i.Weight, i.Score, i.Target?.Value, i.Actual?.Value }).OfType<double>().ToList();
        Assert.All(numbers, n => Assert.True(double.IsFinite(n)));
        // 400 digits under 分值 and 得分 are more than the 100 points a form shares out: no weight, no score.
        var row = Assert.Single(record.Projects.SelectMany(p => p.Indicators), i => i.Name == "受理来电量");
        Assert.Equal((null, null), (row.Weight, row.Score));
        Assert.Contains("受理来电量", RecordJson.Serialize(record), StringComparison.Ordinal);
    }

    [Fact]
    public void A_record_holding_a_non_finite_number_from_elsewhere_is_written_and_read_back_rather_than_failing()
    {
        var record = new DocumentRecord
        {
            File = "a", Sha256 = "0", Format = "txt",
            Projects = [new ProjectRecord { Name = "12345热线项目", Score = double.NaN, BudgetWan = double.NegativeInfinity }],
        };
        var back = RecordJson.Deserialize(RecordJson.Serialize(record)).Projects.Single();
        Assert.True(double.IsNaN(back.Score!.Value));
        Assert.Equal(double.NegativeInfinity, back.BudgetWan);
    }

    [Fact]
    public void A_prose_budget_of_400_digits_gives_a_record_not_an_overflow()
    {
        var digits = new string('9', 400);
        var project = new Rules.Docs().Para("某县2022年度项目支出绩效自评报告").Para("项目名称：道路养护")
            .Para("项目预算" + digits + "万元，实际支出100万元，满意度≥" + digits + "%。").Single();
        Assert.Equal("道路养护", project.Name);
        Assert.Null(project.BudgetWan);
    }
}
