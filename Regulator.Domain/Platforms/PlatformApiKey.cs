namespace Regulator.Domain.Platforms;

/// <summary>
/// A platform's credential for <c>/api/v1</c>. Only a SHA-256 hash of the secret is kept; the key is
/// shown once when issued. The public prefix finds the row without scanning every hash.
/// </summary>
public class PlatformApiKey
{
    public int Id { get; set; }
    public int PlatformId { get; set; }
    public Platform Platform { get; set; } = null!;
    public string Label { get; set; } = "";
    public string Prefix { get; set; } = "";
    public byte[] SecretHash { get; set; } = [];
    public PlatformApiScopes Scopes { get; set; }
    public DateTime CreatedUtc { get; set; }
    public string? CreatedBy { get; set; }
    public DateTime? RevokedUtc { get; set; }
    public DateTime? LastUsedUtc { get; set; }

    public bool IsActive => RevokedUtc is null;
}
