namespace Regulator.Domain.SpotChecks;

/// <summary>
/// Which evidence files are accepted: PDF, JPEG and PNG, recognised by their first bytes and not by the name or the
/// type the browser claims, with a matching extension; not empty, not over the configured size; at most
/// <see cref="MaxFilesPerTask"/> per task. Anything else (scripts, HTML, archives, office files with macros) is refused.
/// </summary>
public static class EvidenceRules
{
    public const int MaxFilesPerTask = 30;

    private static readonly (string ContentType, string[] Extensions, byte[] Magic)[] Kinds =
    [
        ("application/pdf", [".pdf"], "%PDF-"u8.ToArray()),
        ("image/jpeg", [".jpg", ".jpeg"], [0xFF, 0xD8, 0xFF]),
        ("image/png", [".png"], [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]),
    ];

    /// <summary>The content type to store and serve the file as, or the reason it is refused.</summary>
    public static (string? ContentType, string? Error) Check(string fileName, ReadOnlySpan<byte> content, int maxBytes)
    {
        if (content.Length == 0) return (null, "文件为空 (the file is empty)");
        if (content.Length > maxBytes) return (null, $"文件超过 {maxBytes / 1024 / 1024} MB (the file is larger than {maxBytes / 1024 / 1024} MB)");
        var extension = Path.GetExtension(fileName ?? "").ToLowerInvariant();
        foreach (var (type, extensions, magic) in Kinds)
            if (content.StartsWith(magic))
                return extensions.Contains(extension) ? (type, null) : (null, "文件扩展名与内容不符 (the file's extension does not match its content)");
        return (null, "仅接受 PDF、JPEG、PNG 文件 (only PDF, JPEG and PNG files are accepted)");
    }

    /// <summary>The name as shown: the last path segment, control characters removed, at most 200 characters.</summary>
    public static string DisplayName(string? fileName)
    {
        var name = Path.GetFileName((fileName ?? "").Replace('\\', '/'));
        name = new string(name.Where(c => !char.IsControl(c)).ToArray()).Trim();
        if (name.Length == 0) name = "evidence";
        return name.Length <= 200 ? name : name[^200..];
    }
}
