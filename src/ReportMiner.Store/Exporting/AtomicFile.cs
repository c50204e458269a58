namespace ReportMiner.Store.Exporting;

/// <summary>
/// Writes a file through a temporary sibling that replaces the target only when writing succeeded, so a failed
/// export never leaves a truncated or empty file where a good one was expected.
/// </summary>
public static class AtomicFile
{
    public static void Write(string path, Action<Stream> write)
    {
        var full = Path.GetFullPath(path);
        if (Directory.Exists(full)) throw new IOException($"{path} is a folder; give a file name to write.");
        var temp = Path.Combine(Path.GetDirectoryName(full)!, "." + Path.GetFileName(full) + "." + Guid.NewGuid().ToString("N")[..8] + ".tmp");
        try
        {
            using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.ReadWrite)) write(stream);
            File.Move(temp, full, overwrite: true);
        }
        finally
        {
            if (File.Exists(temp)) File.Delete(temp);
        }
    }
}
