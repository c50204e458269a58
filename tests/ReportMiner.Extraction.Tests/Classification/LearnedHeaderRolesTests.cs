using ReportMiner.Extraction.Indicators;

namespace ReportMiner.Extraction.Tests.Classification;

public sealed class LearnedHeaderRolesTests
{
    [Fact]
    public void A_header_word_the_rules_do_not_know_gets_the_role_the_model_is_sure_of()
    {
        string[] texts = ["指标名称", "年度预期绩效目标", "实际完成值"];
        Assert.Equal(ColumnRole.None, HeaderSemantics.RoleOf(texts[1]));
        var roles = LearnedHeaderRoles.Complete(texts, texts.Select(HeaderSemantics.RoleOf).ToArray(), [false, false, false]);
        Assert.Equal([ColumnRole.Name, ColumnRole.Target, ColumnRole.Actual], roles);
    }

    [Fact]
    public void Keyword_roles_side_labels_and_taken_roles_are_left_alone()
    {
        string[] texts = ["年度预期绩效目标", "指标名称", "年度指标值", "年度预期绩效目标"];
        var keyword = texts.Select(HeaderSemantics.RoleOf).ToArray();
        var roles = LearnedHeaderRoles.Complete(texts, keyword, [true, false, false, false]);
        // Column 0 is a side label; column 3 would be a second target column.
        Assert.Equal([ColumnRole.None, ColumnRole.Name, ColumnRole.Target, ColumnRole.None], roles);
    }

    [Fact]
    public void Columns_the_model_is_unsure_of_stay_without_a_role()
    {
        string[] texts = ["指标名称", "笏石街道办", "序号"];
        var roles = LearnedHeaderRoles.Complete(texts, texts.Select(HeaderSemantics.RoleOf).ToArray(), [false, false, false]);
        Assert.Equal([ColumnRole.Name, ColumnRole.None, ColumnRole.None], roles);
    }

    [Theory]
    [InlineData("level3", ColumnRole.Name)]
    [InlineData("target_op", ColumnRole.TargetOp)]
    [InlineData("other", ColumnRole.None)]
    public void Model_classes_map_to_the_extractor_roles(string modelRole, ColumnRole role) =>
        Assert.Equal(role, LearnedHeaderRoles.RoleOf(modelRole));
}
