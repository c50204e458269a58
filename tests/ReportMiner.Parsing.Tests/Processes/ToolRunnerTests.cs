using System.Diagnostics;
using ReportMiner.Parsing.Abstractions;
using ReportMiner.Parsing.Processes;

namespace ReportMiner.Parsing.Tests.Processes;

public sealed class ToolRunnerTests
{
    [Fact]
    public void A_missing_program_is_reported_with_its_debian_package()
    {
        var tool = new ExternalTool("reportminer-no-such-tool", "some-debian-package");
        var ex = Assert.Throws<DocumentParseException>(() =>
            ToolRunner.Run(tool, [], "in.pdf", TimeSpan.FromSeconds(5)));
        Assert.Equal(ParseErrorKind.MissingTool, ex.Kind);
        Assert.Contains("apt-get install some-debian-package", ex.Message);
    }

    [Fact]
    public void A_program_that_runs_too_long_is_killed_and_reported_as_a_timeout()
    {
        var sw = Stopwatch.StartNew();
        var ex = Assert.Throws<DocumentParseException>(() =>
            ToolRunner.Run(new ExternalTool("sleep", "coreutils"), ["30"], "slow.pdf", TimeSpan.FromMilliseconds(300)));
        Assert.Equal(ParseErrorKind.Timeout, ex.Kind);
        Assert.True(sw.Elapsed < TimeSpan.FromSeconds(10), $"took {sw.Elapsed}");
    }

    [Fact]
    public void Arguments_reach_the_program_verbatim_without_a_shell()
    {
        var result = ToolRunner.Run(new ExternalTool("echo", "coreutils"), ["$HOME; rm -rf / `x`"], "x", TimeSpan.FromSeconds(5));
        Assert.Equal("$HOME; rm -rf / `x`\n", result.StandardOutput);
    }
}
