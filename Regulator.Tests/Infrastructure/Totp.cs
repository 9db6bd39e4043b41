using System.Buffers.Binary;
using System.Security.Cryptography;

namespace Regulator.Tests.Infrastructure;

/// <summary>
/// RFC 6238 codes (HMAC-SHA1, 30-second steps, 6 digits) computed from a base32 shared key, written here
/// rather than taken from the portal so the test plays the part of an independent authenticator app.
/// </summary>
public static class Totp
{
    private const string Base32Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

    public static string Code(string base32Key, DateTimeOffset at)
    {
        Span<byte> counter = stackalloc byte[8];
        BinaryPrimitives.WriteInt64BigEndian(counter, at.ToUnixTimeSeconds() / 30);
        var hash = HMACSHA1.HashData(Base32Decode(base32Key), counter);
        // RFC 4226 dynamic truncation: the low nibble of the last byte picks four bytes.
        var offset = hash[^1] & 0x0F;
        var value = BinaryPrimitives.ReadInt32BigEndian(hash.AsSpan(offset)) & 0x7FFF_FFFF;
        return (value % 1_000_000).ToString("D6");
    }

    private static byte[] Base32Decode(string text)
    {
        var bytes = new List<byte>();
        int buffer = 0, bits = 0;
        foreach (var c in text.ToUpperInvariant().Where(c => c is not (' ' or '=')))
        {
            var index = Base32Alphabet.IndexOf(c);
            if (index < 0) throw new FormatException($"'{c}' is not a base32 character.");
            buffer = (buffer << 5) | index;
            bits += 5;
            if (bits < 8) continue;
            bits -= 8;
            bytes.Add((byte)(buffer >> bits));
            buffer &= (1 << bits) - 1;
        }
        return [.. bytes];
    }
}
