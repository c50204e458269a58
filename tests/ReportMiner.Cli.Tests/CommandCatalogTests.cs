using System.CommandLine;
using ReportMiner.Cli.Commands;

namespace ReportMiner.Cli.Tests;

public sealed class CommandCatalogTests
{
    [Fact]
    public void Every_listed_name_builds_the_command_of_that_name()
    {
        var root = new RootCommand();
        foreach (var name in CommandCatalog.Names)
            Assert.Equal(name, CommandCatalog.Create(name, root)?.Name);
    }

    [Fact]
    public void A_word_that_names_no_command_builds_none()
    {
        Assert.Null(CommandCatalog.Create("extrct", new RootCommand()));
        Assert.Null(CommandCatalog.Create("--help", new RootCommand()));
    }

    [Fact]
    public void Help_without_a_command_still_lists_every_command()
    {
        var (code, stdout, _) = CliRunner.Run("--help");
        Assert.Equal(0, code);
        foreach (var name in CommandCatalog.Names.Where(n => n != "worker"))
            Assert.Contains(name, stdout);
    }
}
