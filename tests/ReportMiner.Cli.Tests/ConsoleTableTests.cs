using System.Globalization;

namespace ReportMiner.Cli.Tests;

public sealed class ConsoleTableTests(GoldStore store) : IClassFixture<GoldStore>
{
    private (int Exit, string Out, string Err) At(int columns, params string[] args) =>
        CliRunner.RunWith(new Dictionary<string, string> { ["COLUMNS"] = columns.ToString(CultureInfo.InvariantCulture) }, [.. args, "--db", store.Db]);

    private static int Width(string line) => line.EnumerateRunes().Sum(r => r.Value is >= 0x2E80 and <= 0x9FFF or >= 0xFF00 and <= 0xFF60 ? 2 : 1);

    [Theory]
    [InlineData(80)]
    [InlineData(120)]
    [InlineData(200)]
    public void Compare_tables_fit_the_terminal_and_never_break_a_number(int columns)
    {
        foreach (var args in new[] { new[] { "compare", "--category", "answer_rate" }, ["compare", "--budgets"] })
        {
            var (exit, output, error) = At(columns, args);
            Assert.True(exit == 0, error);
            var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
            Assert.All(lines, line => Assert.True(Width(line) <= columns, $"{Width(line)} > {columns}: {line}"));
            Assert.Contains("│ year", output);
        }
        Assert.Contains("94.07%", At(columns, "compare", "--category", "answer_rate").Out);
        Assert.Contains("13410.06", At(columns, "compare", "--budgets").Out);
    }

    [Fact]
    public void Compare_at_80_columns_names_the_columns_it_left_out_and_shows_file_names_not_paths()
    {
        var narrow = At(80, "compare", "--category", "answer_rate").Out;
        Assert.Contains("more columns: budget, spent, copies, file, kind", narrow);
        var wide = At(80, "compare", "--category", "answer_rate", "--wide").Out;
        Assert.Contains("002_c92512870de621d4.json", wide);
        Assert.DoesNotContain(store.Folder, wide);
    }

    [Fact]
    public void Compare_columns_option_shows_only_the_chosen_columns()
    {
        var (exit, output, _) = At(200, "compare", "--budgets", "--columns", "city,spent");
        Assert.Equal(0, exit);
        var header = output.Split('\n').First(l => l.Contains("city", StringComparison.Ordinal));
        Assert.Contains("spent", header);
        Assert.DoesNotContain("project", header);
    }

    [Fact]
    public void An_unknown_category_is_an_error_that_lists_the_categories()
    {
        var (exit, output, error) = At(120, "compare", "--category", "answerrate");
        Assert.Equal(2, exit);
        Assert.Equal("", output);
        Assert.Contains("answer_rate", error);
        Assert.Contains("satisfaction", error);
    }

    [Fact]
    public void A_city_or_year_the_store_does_not_hold_is_an_error_that_lists_what_it_holds()
    {
        var city = At(120, "compare", "--category", "answer_rate", "--cities", "合肥");
        Assert.Equal(2, city.Exit);
        Assert.Contains("合肥", city.Err);
        Assert.Contains("广州市", city.Err);
        var year = At(120, "compare", "--budgets", "--years", "2030");
        Assert.Equal(2, year.Exit);
        Assert.Contains("2021", year.Err);
    }

    [Fact]
    public void Categories_lists_every_category_key()
    {
        var (exit, output, _) = CliRunner.Run("categories");
        Assert.Equal(0, exit);
        Assert.Contains("answer_rate", output);
        Assert.Contains("first_contact_resolution", output);
    }
}

public sealed class SearchSectionTests(GoldStore store) : IClassFixture<GoldStore>
{
    [Fact]
    public void Search_labels_its_indicator_section_and_filters_it_by_city()
    {
        var (exit, output, _) = CliRunner.Run("search", "接通率", "--city", "上海", "--db", store.Db);
        Assert.Equal(0, exit);
        Assert.StartsWith("Indicators", output);
        Assert.Contains("上海市", output);
        Assert.DoesNotContain("广州市", output);
    }
}
