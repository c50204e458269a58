namespace ReportMiner.Store.Data;

public enum StoreEngine
{
    Sqlite,
    Postgres,
}
