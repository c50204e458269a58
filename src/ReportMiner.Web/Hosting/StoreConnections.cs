using Microsoft.Data.Sqlite;
using ReportMiner.Store.Schema;

namespace ReportMiner.Web.Hosting;

/// <summary>Read-only connections to the store, one per request; writes happen only in import jobs.</summary>
public sealed class StoreConnections(WorkbenchOptions options)
{
    public SqliteConnection Open() => StoreDatabase.Open(options.DatabasePath, readOnly: true);
}
