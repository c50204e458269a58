namespace ReportMiner.Web.Hosting;

/// <summary>A request the workbench refuses (too long, malformed); its message is shown to the user.</summary>
public sealed class BadRequestException(string message) : Exception(message);
