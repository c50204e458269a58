using Npgsql;
using ReportMiner.Store.Data;
using ReportMiner.Store.Schema;

namespace ReportMiner.Store.Tests;

public sealed class StoreLocationTests
{
    [Fact]
    public void A_postgresql_address_becomes_a_connection_string_and_its_password_is_never_displayed()
    {
        var location = StoreLocation.Parse("postgresql://analyst:s3cret@db.example:6543/reportminer?sslmode=disable");

        Assert.Equal(StoreEngine.Postgres, location.Engine);
        Assert.Equal("postgresql://analyst@db.example:6543/reportminer", location.Display);
        Assert.DoesNotContain("s3cret", location.Display);
        Assert.Contains("Password=s3cret", location.ConnectionString);
        Assert.Contains("Port=6543", location.ConnectionString);
    }

    [Fact]
    public void An_npgsql_connection_string_is_postgresql_and_anything_else_is_an_sqlite_file()
    {
        Assert.Equal(StoreEngine.Postgres, StoreLocation.Parse("Host=localhost;Username=me;Database=rm").Engine);
        var file = StoreLocation.Parse("archive/store.db");
        Assert.Equal(StoreEngine.Sqlite, file.Engine);
        Assert.Equal(Path.GetFullPath("archive/store.db") + ".index", file.IndexDirectory);
    }

    [Fact]
    public void An_unreachable_server_is_a_clear_error_without_the_password()
    {
        var error = Assert.Throws<StoreException>(() => StoreDatabase.Open("postgresql://me:topsecret@127.0.0.1:1/none?timeout=2").Dispose());
        Assert.Contains("Cannot connect to postgresql://me@127.0.0.1:1/none", error.Message);
        Assert.DoesNotContain("topsecret", error.Message);
    }

    [Fact]
    public void Bulk_work_on_postgresql_allows_long_statements_where_the_connection_string_sets_no_timeout()
    {
        var location = StoreLocation.Parse("postgresql://analyst@db.example:5432/reportminer").ForBulkWork(3600);

        Assert.Equal(3600, new NpgsqlConnectionStringBuilder(location.ConnectionString).CommandTimeout);
        Assert.Equal("postgresql://analyst@db.example:5432/reportminer", location.Display);
    }

    [Fact]
    public void Bulk_work_keeps_a_command_timeout_the_user_chose()
    {
        var location = StoreLocation.Parse("Host=db.example;Database=reportminer;Command Timeout=45").ForBulkWork(3600);

        Assert.Equal(45, new NpgsqlConnectionStringBuilder(location.ConnectionString).CommandTimeout);
    }

    [Fact]
    public void Bulk_work_on_an_sqlite_file_is_the_same_location()
    {
        var location = StoreLocation.Parse("archive.db");

        Assert.Same(location, location.ForBulkWork(3600));
    }

    [Fact]
    public void Postgresql_connections_prepare_the_statements_they_repeat_unless_the_connection_string_says_otherwise()
    {
        var location = StoreLocation.Parse("postgresql://analyst@db.example:5432/reportminer");
        var chosen = StoreLocation.Parse("Host=db.example;Database=reportminer;Max Auto Prepare=0");

        var builder = new NpgsqlConnectionStringBuilder(location.ConnectionString);
        Assert.Equal(StoreLocation.AutoPrepared, builder.MaxAutoPrepare);
        Assert.Equal(2, builder.AutoPrepareMinUsages);
        Assert.Equal("postgresql://analyst@db.example:5432/reportminer", location.Display);
        Assert.Equal(0, new NpgsqlConnectionStringBuilder(chosen.ConnectionString).MaxAutoPrepare);
        // The same store named again (from an open connection) is the same location.
        Assert.Equal(location.ConnectionString, StoreLocation.Parse(location.ConnectionString).ConnectionString);
    }
}
