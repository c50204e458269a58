using System.Text.Json;
using ReportMiner.Extraction.Evaluation;
using ReportMiner.Extraction.Records;

namespace ReportMiner.Extraction.Tests.Rules;

public sealed class EvaluatorTests
{
    private const string Gold = """
        {"projects":[{"name":"热线项目","city":"广州市","year":2021,"year_alternatives":[2020],"budget_wan":100,
          "indicators":[{"name":"满意度","target":{"text":"≥90%","op":">=","value":90,"unit":"%"},"met":true},
                        {"name":"受理量","optional":true,"actual":{"text":"15万件","op":null,"value":150000,"unit":"件"}}]}]}
        """;

    private static EvaluationResult Score(ProjectRecord project)
    {
        var result = new EvaluationResult();
        using var gold = JsonDocument.Parse(Gold);
        RecordEvaluator.Evaluate(gold.RootElement, new DocumentRecord { File = "f", Sha256 = "s", Format = "txt", Projects = [project] }, result);
        return result;
    }

    [Fact]
    public void Alternatives_are_accepted_and_numbers_match_within_tolerance()
    {
        var result = Score(new ProjectRecord
        {
            Name = "热线项目", City = "广州市", Year = 2020, BudgetWan = 100.004,
            Indicators = [new IndicatorRecord { Name = "满意度", Target = new Quantity("≥90%", ">=", 90, "%"), Met = true }],
        });
        Assert.Equal(1.0, result.Overall.F1);
    }

    [Fact]
    public void Optional_gold_indicators_are_neither_required_nor_penalised_but_wrong_values_are()
    {
        var result = Score(new ProjectRecord
        {
            Name = "热线项目", City = "深圳市", Year = 2021, BudgetWan = 100,
            Indicators = [new IndicatorRecord { Name = "满意度", Target = new Quantity("≥95%", ">=", 95, "%"), Met = true }],
        });
        Assert.Equal(1, result.Field("project.city").FalsePositives);
        Assert.Equal(1, result.Field("project.city").FalseNegatives);
        Assert.Equal(1, result.Field("indicator.target").FalseNegatives);
        Assert.Equal(1, result.Field("indicator.name").TruePositives);
        Assert.Equal(0, result.Field("indicator.name").FalseNegatives);
    }

    [Fact]
    public void A_project_with_an_empty_name_predicts_no_name_rather_than_a_wrong_one()
    {
        var result = Score(new ProjectRecord { Name = "", City = "广州市", Year = 2021, BudgetWan = 100 });
        Assert.Equal(0, result.Field("project.name").FalsePositives);
        Assert.Equal(1, result.Field("project.name").FalseNegatives);
        Assert.Equal(1, result.Field("project.city").TruePositives);
    }

    [Fact]
    public void An_indicator_is_matched_by_a_name_alternative_as_well_as_by_its_name()
    {
        const string gold = """
            {"projects":[{"name":"设备购置","indicators":[
              {"name":"消毒机","name_alternatives":["消毒设备"],"target":{"text":"2","op":null,"value":2,"unit":null}},
              {"name":"冲洗机","target":{"text":"1","op":null,"value":1,"unit":null}}]}]}
            """;
        var result = new EvaluationResult();
        using var document = JsonDocument.Parse(gold);
        RecordEvaluator.Evaluate(document.RootElement, new DocumentRecord
        {
            File = "f", Sha256 = "s", Format = "txt",
            Projects = [new ProjectRecord
            {
                Name = "设备购置",
                Indicators =
                [
                    new IndicatorRecord { Name = "消毒设备", Target = new Quantity("2", null, 2, null) },
                    new IndicatorRecord { Name = "冲洗设备", Target = new Quantity("1", null, 1, null) },
                ],
            }],
        }, result);
        // The first matches through its alternative; the second has none and its gold name differs.
        Assert.Equal(1, result.Field("indicator.name").TruePositives);
        Assert.Equal(1, result.Field("indicator.target").TruePositives);
        Assert.Equal(1, result.Field("indicator.name").FalsePositives);
    }

    [Fact]
    public void A_predicted_indicator_not_in_gold_is_a_false_positive()
    {
        var result = Score(new ProjectRecord
        {
            Name = "热线项目", City = "广州市", Year = 2021, BudgetWan = 100,
            Indicators = [new IndicatorRecord { Name = "满意度", Target = new Quantity("≥90%", ">=", 90, "%"), Met = true },
                          new IndicatorRecord { Name = "接通率", Met = false }],
        });
        Assert.Equal(1, result.Field("indicator.name").FalsePositives);
        Assert.True(result.Overall.F1 < 1);
    }

    [Fact]
    public void Traced_fields_are_counted_by_the_rule_path_that_filled_them_apart_from_the_overall_figures()
    {
        var result = Score(new ProjectRecord
        {
            Name = "热线项目", City = "深圳市", Year = 2021,
            Warnings = ["trace name: ProjectNameRule.FromTitle:94", "trace city: PlaceRule.Apply:50"],
        });
        Assert.Equal((1, 0), (result.Paths["name ProjectNameRule.FromTitle:94"].TruePositives, result.Paths["name ProjectNameRule.FromTitle:94"].FalsePositives));
        Assert.Equal((0, 1), (result.Paths["city PlaceRule.Apply:50"].TruePositives, result.Paths["city PlaceRule.Apply:50"].FalsePositives));
        Assert.DoesNotContain(result.Fields.Keys, k => k.Contains("Rule"));
    }

    [Fact]
    public void Records_without_a_trace_give_no_path_counts()
    {
        var result = Score(new ProjectRecord { Name = "热线项目", City = "广州市", Year = 2021 });
        Assert.Empty(result.Paths);
    }
}

