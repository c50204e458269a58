using Microsoft.AspNetCore.Http;
using ReportMiner.Store.Importing;
using ReportMiner.Web.Hosting;

namespace ReportMiner.Web.Importing;

public sealed record SavedUpload(string Name, string StoredAs);

public sealed record RejectedUpload(string Name, string Reason);

/// <summary>
/// Saves uploaded files into the archive's uploads folder under generated names (the extension kept from an allowed
/// list, so the right parser is tried); nothing uploaded is ever executed or written anywhere else.
/// </summary>
public sealed class Uploads(WorkbenchOptions options)
{
    public string Folder => Path.Combine(options.Archive, "uploads");

    public async Task<(IReadOnlyList<SavedUpload> Saved, IReadOnlyList<RejectedUpload> Rejected)> Save(IFormFileCollection files, CancellationToken ct)
    {
        if (files.Count > options.MaxUploadFiles) throw new BadRequestException($"At most {options.MaxUploadFiles} files per upload.");
        Directory.CreateDirectory(Folder);
        var saved = new List<SavedUpload>();
        var rejected = new List<RejectedUpload>();
        foreach (var file in files)
        {
            var name = Path.GetFileName(file.FileName);
            var extension = Path.GetExtension(name).ToLowerInvariant();
            if (!InputFiles.Extensions.Contains(extension)) { rejected.Add(new(name, $"不支持的类型 Unsupported type '{extension}'")); continue; }
            if (file.Length == 0) { rejected.Add(new(name, "空文件 Empty file")); continue; }
            if (file.Length > options.MaxUploadFileBytes) { rejected.Add(new(name, $"超过 {options.MaxUploadFileBytes / 1024 / 1024} MB Too large")); continue; }
            var stored = Path.GetFullPath(Path.Combine(Folder, $"u{DateTime.UtcNow:yyyyMMddHHmmss}-{Guid.NewGuid():N}{extension}"));
            if (!stored.StartsWith(Path.GetFullPath(Folder) + Path.DirectorySeparatorChar, StringComparison.Ordinal))
                throw new InvalidOperationException("An upload path left the uploads folder.");
            await using (var target = new FileStream(stored, FileMode.CreateNew, FileAccess.Write))
                await file.CopyToAsync(target, ct);
            saved.Add(new SavedUpload(name, Path.GetFileName(stored)));
        }
        return (saved, rejected);
    }

    public string PathOf(SavedUpload upload) => Path.Combine(Folder, upload.StoredAs);
}
