namespace Regulator.Web.Reports;

/// <summary>
/// Reads a push body before anyone knows who sent it, at the least cost an unsigned flood can impose: a body declared
/// too large is refused before a byte is read; stale or malformed signature headers are refused before reading; at most
/// <see cref="ReportIntakeOptions.MaxConcurrentUnverifiedReads"/> bodies are read at once per node (the rest wait without
/// a buffer, then get 503); the body is read in 64 KB chunks into a buffer that grows with what actually arrived (never
/// with what was declared) and stops at the limit; the HMAC is computed while reading, so nothing is read twice.
/// </summary>
public sealed class SignedBodyReader(ReportIntakeOptions options, TimeProvider clock) : IDisposable
{
    private const int ChunkBytes = 64 * 1024;
    private readonly SemaphoreSlim _slots = new(Math.Max(1, options.MaxConcurrentUnverifiedReads));

    /// <summary>What reading came to: the verified body, or the status and reason to answer with.</summary>
    public sealed record Outcome(byte[]? Body, int Status, string? Failure)
    {
        public static Outcome Refused(int status, string failure) => new(null, status, failure);
    }

    /// <summary>The largest body read, in bytes (a larger one is refused 413).</summary>
    public long MaxBodyBytes => options.MaxBodyBytes;

    public async Task<Outcome> ReadAsync(HttpRequest request, CancellationToken ct)
    {
        if (string.IsNullOrEmpty(options.SharedSecret))
            return Outcome.Refused(StatusCodes.Status401Unauthorized, "报送接口未配置共享密钥 (no shared secret configured)");
        if (request.ContentLength > options.MaxBodyBytes) return TooLarge();
        if (ReportSignature.CheckHeaders(request.Headers[ReportSignature.TimestampHeader], request.Headers[ReportSignature.SignatureHeader],
                clock.GetUtcNow(), out var timestamp, out var given) is { } headerFailure)
            return Outcome.Refused(StatusCodes.Status401Unauthorized, headerFailure);

        if (!await _slots.WaitAsync(options.ReadQueueTimeout, ct))
            return Outcome.Refused(StatusCodes.Status503ServiceUnavailable, "报送接口繁忙，请稍后重试 (too many pushes are being read; retry shortly)");
        try
        {
            using var hmac = ReportSignature.Begin(options.SharedSecret, timestamp);
            using var body = new MemoryStream(capacity: (int)Math.Min(request.ContentLength ?? ChunkBytes, ChunkBytes));
            var chunk = new byte[ChunkBytes];
            int read;
            while ((read = await request.Body.ReadAsync(chunk, ct)) > 0)
            {
                if (body.Length + read > options.MaxBodyBytes) return TooLarge();
                hmac.AppendData(chunk, 0, read);
                body.Write(chunk, 0, read);
            }
            return ReportSignature.Matches(hmac, given) is { } mismatch
                ? Outcome.Refused(StatusCodes.Status401Unauthorized, mismatch)
                : new Outcome(body.ToArray(), StatusCodes.Status200OK, null);
        }
        finally
        {
            _slots.Release();
        }
    }

    private Outcome TooLarge() => Outcome.Refused(StatusCodes.Status413PayloadTooLarge,
        $"请求体超过 {options.MaxBodyBytes} 字节 (the body is larger than {options.MaxBodyBytes} bytes)");

    public void Dispose() => _slots.Dispose();
}
