namespace ReportMiner.ParseBench;

internal static class FormatKey
{
    /// <summary>The compound suffix after the seed name: ".scanned.pdf", ".gb18030.txt", ".docx" …</summary>
    public static string Of(string path)
    {
        var name = Path.GetFileName(path);
        var dot = name.IndexOf('.');
        return dot < 0 ? "(none)" : name[dot..];
    }
}
