using System.Runtime.InteropServices;

namespace ReportMiner.Parsing.Sniffing;

/// <summary>
/// What kind of file system entry a path is. .NET does not say whether a "file" is a FIFO, a device or a socket,
/// and opening a FIFO blocks until something writes to it, so a reader asks stat(2) before it opens a path.
/// </summary>
public static partial class FileKind
{
    private const uint TypeMask = 0xF000, Regular = 0x8000;

    /// <summary>Null for a regular file (or when the kind cannot be told); else what the entry is.</summary>
    public static string? Special(string path)
    {
        if (!OperatingSystem.IsLinux()) return null;
        var offset = RuntimeInformation.ProcessArchitecture switch
        {
            Architecture.X64 => 24, // st_dev, st_ino, st_nlink (8 bytes each), then st_mode
            Architecture.Arm64 => 16, // st_dev, st_ino, then st_mode
            _ => -1,
        };
        if (offset < 0) return null;
        var buffer = new byte[256];
        if (Stat(path, buffer) != 0) return null;
        var mode = BitConverter.ToUInt32(buffer, offset) & TypeMask;
        return mode switch
        {
            Regular => null,
            0x1000 => "a FIFO (named pipe)",
            0x2000 => "a character device",
            0x6000 => "a block device",
            0xC000 => "a socket",
            0x4000 => "a folder",
            _ => "not a regular file",
        };
    }

    [LibraryImport("libc", EntryPoint = "stat", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    private static partial int Stat(string path, byte[] buffer);
}
