using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Regulator.Web.Reports;

/// <summary>
/// How the National Reporting Platform signs a push: HMAC-SHA256 with the shared secret over
/// <c>"{unix seconds}." + body</c>, sent as <c>X-Regulator-Timestamp</c> and <c>X-Regulator-Signature: sha256=&lt;hex&gt;</c>.
/// The timestamp is inside the signature, so an old request cannot be re-dated; older than <see cref="MaxAge"/> is refused.
/// </summary>
public static class ReportSignature
{
    public const string TimestampHeader = "X-Regulator-Timestamp";
    public const string SignatureHeader = "X-Regulator-Signature";
    private const string Prefix = "sha256=";

    /// <summary>Replays older than this are refused; a replay inside it changes nothing, since report ids are stored once.</summary>
    public static readonly TimeSpan MaxAge = TimeSpan.FromMinutes(5);

    public static string Sign(string secret, long timestamp, ReadOnlySpan<byte> body) =>
        Prefix + Convert.ToHexStringLower(Compute(secret, timestamp, body));

    /// <summary>Null when the request is authentic and fresh, else why not.</summary>
    public static string? Verify(string secret, string? timestampHeader, string? signatureHeader, ReadOnlySpan<byte> body, DateTimeOffset now)
    {
        if (CheckHeaders(timestampHeader, signatureHeader, now, out var timestamp, out var given) is { } failure) return failure;
        using var hmac = Begin(secret, timestamp);
        hmac.AppendData(body);
        return Matches(hmac, given);
    }

    /// <summary>
    /// The checks that need no body: a fresh timestamp and a well-formed signature. Done before a byte of the body is
    /// read, so a stale or unsigned request costs the portal nothing.
    /// </summary>
    public static string? CheckHeaders(string? timestampHeader, string? signatureHeader, DateTimeOffset now, out long timestamp, out byte[] given)
    {
        given = [];
        if (!long.TryParse(timestampHeader, NumberStyles.None, CultureInfo.InvariantCulture, out timestamp))
            return $"缺少或无效的 {TimestampHeader} (missing or invalid timestamp)";
        if (Math.Abs(now.ToUnixTimeSeconds() - timestamp) > MaxAge.TotalSeconds)
            return "请求时间戳超出 5 分钟有效期 (timestamp older or newer than 5 minutes: replay refused)";
        if (signatureHeader is null || !signatureHeader.StartsWith(Prefix, StringComparison.Ordinal))
            return $"缺少 {SignatureHeader} (missing signature)";
        try { given = Convert.FromHexString(signatureHeader.AsSpan(Prefix.Length)); }
        catch (FormatException) { return "签名格式无效 (signature is not hex)"; }
        return null;
    }

    /// <summary>An HMAC over the signed text so far (<c>"{timestamp}."</c>); the body is appended as it is read.</summary>
    public static IncrementalHash Begin(string secret, long timestamp)
    {
        var hmac = IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, Encoding.UTF8.GetBytes(secret));
        hmac.AppendData(Encoding.ASCII.GetBytes(timestamp.ToString(CultureInfo.InvariantCulture) + "."));
        return hmac;
    }

    /// <summary>Null when the HMAC of everything appended equals the signature sent, compared in constant time.</summary>
    public static string? Matches(IncrementalHash hmac, byte[] given) =>
        CryptographicOperations.FixedTimeEquals(given, hmac.GetHashAndReset()) ? null : "签名不匹配 (signature does not match)";

    private static byte[] Compute(string secret, long timestamp, ReadOnlySpan<byte> body)
    {
        using var hmac = Begin(secret, timestamp);
        hmac.AppendData(body);
        return hmac.GetHashAndReset();
    }
}
