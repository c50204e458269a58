using System.Globalization;

namespace ReportMiner.Store.Indexing;

/// <summary>
/// Which start of the machine this is. An index commit records it: files written since the machine last started are in
/// its memory even where they have not reached the disk, while a commit of an earlier boot may have been cut off by the
/// machine going down and is checked before it is trusted (<see cref="SearchIndex"/>).
/// </summary>
internal static class BootIdentity
{
    private static readonly Lazy<string> Value = new(Read);

    public static string Current => Value.Value;

    private static string Read()
    {
        // Linux names each boot; a container sees its host's, which is the machine whose memory held the files.
        try
        {
            var id = File.ReadAllText("/proc/sys/kernel/random/boot_id").Trim();
            if (id.Length > 0) return id;
        }
        catch (IOException) { }
        catch (UnauthorizedAccessException) { }
        // Elsewhere the time the machine started, to the minute: a wrong guess only makes one check more, never one less,
        // unless two boots start in the same minute.
        var started = DateTime.UtcNow - TimeSpan.FromMilliseconds(Environment.TickCount64);
        return "started " + new DateTime(started.Ticks - started.Ticks % TimeSpan.TicksPerMinute, DateTimeKind.Utc).ToString("s", CultureInfo.InvariantCulture);
    }
}
