using System.Security.Cryptography;
using System.Text;
using Regulator.Domain.IdentityNumbers;

namespace Regulator.Domain.Protection;

/// <summary>
/// Protects identity numbers (resident ID, unified social credit code) as PIPL and the Minors Protection Law
/// require: AES-256-GCM at rest, an HMAC-SHA256 blind index (separate key) to match the same identity across
/// platforms or find it by a full number, and a mask for display. Nothing here ever logs or throws with a number in it.
/// </summary>
public sealed class IdentityProtector
{
    private const int KeyBytes = 32;
    private const int NonceBytes = 12;
    private const int TagBytes = 16;

    // The first byte of every ciphertext names the key generation, so keys can be rotated by re-encrypting lazily.
    private const byte FormatVersion = 1;

    // Domain separation: a blind index can never collide with a content fingerprint made with the same key.
    private static readonly byte[] BlindIndexLabel = "regulator:identity:"u8.ToArray();
    private static readonly byte[] FingerprintLabel = "regulator:fingerprint:"u8.ToArray();

    private readonly byte[] _encryptionKey;
    private readonly byte[] _blindIndexKey;

    public IdentityProtector(IdentityProtectionOptions options)
    {
        _encryptionKey = DecodeKey(options.EncryptionKey, nameof(options.EncryptionKey));
        _blindIndexKey = DecodeKey(options.BlindIndexKey, nameof(options.BlindIndexKey));
        if (CryptographicOperations.FixedTimeEquals(_encryptionKey, _blindIndexKey))
            throw new InvalidOperationException($"{IdentityProtectionOptions.Section}: EncryptionKey and BlindIndexKey must be different keys.");
    }

    /// <summary>The canonical form that is encrypted and indexed (<see cref="CanonicalNumber.Of"/>): hidden characters removed, full-width folded, upper-case.</summary>
    public static string Normalize(string? number) => CanonicalNumber.Of(number).Value;

    /// <summary>Encrypts, indexes and masks a number already normalised and validated.</summary>
    public ProtectedIdentity Protect(string normalized) => new(Encrypt(normalized), BlindIndex(normalized), ResidentIdNumber.Mask(normalized));

    public byte[] BlindIndex(string normalized) => Hmac(BlindIndexLabel, normalized);

    /// <summary>A keyed hash of a filing's canonical content, so an identical re-send is recognised without decrypting anything.</summary>
    public byte[] Fingerprint(string canonicalContent) => Hmac(FingerprintLabel, canonicalContent);

    public byte[] Encrypt(string normalized)
    {
        var plain = Encoding.UTF8.GetBytes(normalized);
        var output = new byte[1 + NonceBytes + plain.Length + TagBytes];
        output[0] = FormatVersion;
        var nonce = output.AsSpan(1, NonceBytes);
        RandomNumberGenerator.Fill(nonce);
        using var aes = new AesGcm(_encryptionKey, TagBytes);
        aes.Encrypt(nonce, plain, output.AsSpan(1 + NonceBytes, plain.Length), output.AsSpan(1 + NonceBytes + plain.Length, TagBytes));
        return output;
    }

    /// <summary>The clear number, for an audited reveal only.</summary>
    public string Decrypt(byte[] ciphertext)
    {
        if (ciphertext.Length < 1 + NonceBytes + TagBytes || ciphertext[0] != FormatVersion)
            throw new CryptographicException("The stored identity ciphertext has an unknown format.");
        var length = ciphertext.Length - 1 - NonceBytes - TagBytes;
        var plain = new byte[length];
        using var aes = new AesGcm(_encryptionKey, TagBytes);
        aes.Decrypt(ciphertext.AsSpan(1, NonceBytes), ciphertext.AsSpan(1 + NonceBytes, length), ciphertext.AsSpan(1 + NonceBytes + length, TagBytes), plain);
        return Encoding.UTF8.GetString(plain);
    }

    private byte[] Hmac(byte[] label, string value)
    {
        var data = new byte[label.Length + Encoding.UTF8.GetByteCount(value)];
        label.CopyTo(data, 0);
        Encoding.UTF8.GetBytes(value, data.AsSpan(label.Length));
        return HMACSHA256.HashData(_blindIndexKey, data);
    }

    // Fail at start-up, not at the first filing: a portal that cannot protect identity numbers must not run.
    private static byte[] DecodeKey(string? base64, string name)
    {
        if (string.IsNullOrWhiteSpace(base64))
            throw new InvalidOperationException($"{IdentityProtectionOptions.Section}:{name} is missing; set a base64-encoded 32-byte key.");
        byte[] key;
        try { key = Convert.FromBase64String(base64); }
        catch (FormatException) { throw new InvalidOperationException($"{IdentityProtectionOptions.Section}:{name} is not valid base64."); }
        if (key.Length != KeyBytes)
            throw new InvalidOperationException($"{IdentityProtectionOptions.Section}:{name} must decode to {KeyBytes} bytes (AES-256 / HMAC-SHA256); it has {key.Length}.");
        return key;
    }
}
