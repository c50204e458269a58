namespace ReportMiner.Store;

/// <summary>A store problem the user can act on (missing file, newer schema, bad query); its message says what to do.</summary>
public sealed class StoreException(string message, Exception? inner = null) : Exception(message, inner);
