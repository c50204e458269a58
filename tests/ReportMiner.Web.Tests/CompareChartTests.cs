using System.Text.Json;
using ReportMiner.Store.Comparing;
using ReportMiner.Web.Pages;

namespace ReportMiner.Web.Tests;

public sealed class CompareChartTests
{
    private static CompareRow Row(string? city, int year, double? actual, double? budget = null) =>
        new(city, year, "项目", "接通率", "95%", 95, actual is null ? null : $"{actual}%", actual, actual >= 95, budget, null, null, 1, 1, $"/r/{city}-{year}.docx", "self_evaluation");

    [Fact]
    public void A_few_rows_are_charted_one_bar_per_report()
    {
        var chart = CompareChart.Of([Row("广州市", 2020, 96), Row("广州市", 2021, 94), Row("上海市", 2020, 97)]);
        Assert.Equal(3, chart.Bars.Count);
        Assert.All(chart.Bars, b => Assert.Equal(1, b.Reports));
        Assert.Equal([2020, 2021], chart.Years);
        Assert.Equal(new double?[] { 96, 94 }, chart.Lines.Single(l => l.Name == "广州市").Data);
        Assert.Equal(new double?[] { 97, null }, chart.Lines.Single(l => l.Name == "上海市").Data);
    }

    [Fact]
    public void Thousands_of_rows_become_at_most_forty_bars_and_twelve_lines_of_city_means()
    {
        var rows = Enumerable.Range(0, 3000).Select(i => Row($"城市{i % 60:00}", 2015 + i % 9, i % 2 == 0 ? 90 : 100, budget: 10)).ToList();
        rows.AddRange(Enumerable.Range(0, 80).Select(i => Row("最多市", 2020, i < 40 ? 80 : null)));
        var chart = CompareChart.Of(rows);
        Assert.Equal(rows.Count, chart.Rows);
        Assert.Equal(CompareChart.MaxBars, chart.Bars.Count);
        Assert.Equal(CompareChart.MaxLines, chart.Lines.Count);
        var busiest = chart.Bars.Single(b => b.City == "最多市 (80)");
        Assert.Equal(80, busiest.Reports);
        Assert.Equal(80, busiest.ActualValue);
        Assert.Null(busiest.Met);
        Assert.Equal("最多市", chart.Lines[0].Name);
        Assert.All(chart.Lines, l => Assert.Equal(chart.Years.Count, l.Data.Count));
    }

    [Fact]
    public void Rows_without_a_city_are_charted_as_unknown()
    {
        var chart = CompareChart.Of([Row(null, 2020, 90)]);
        Assert.Equal("（未知）", Assert.Single(chart.Lines).Name);
    }
}
