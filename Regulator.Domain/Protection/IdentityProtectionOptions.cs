namespace Regulator.Domain.Protection;

/// <summary>
/// The <c>IdentityProtection</c> configuration section: two independent 256-bit keys, base64-encoded.
/// They are separate so that whoever can compute blind indexes (to match identities) cannot decrypt,
/// and a leaked index key does not expose the numbers.
/// </summary>
public sealed class IdentityProtectionOptions
{
    public const string Section = "IdentityProtection";

    /// <summary>AES-256-GCM key for identity numbers at rest.</summary>
    public string? EncryptionKey { get; set; }

    /// <summary>HMAC-SHA256 key for the blind index that matches identities without decrypting them.</summary>
    public string? BlindIndexKey { get; set; }
}
