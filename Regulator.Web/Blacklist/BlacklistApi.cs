using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using Regulator.Domain.Blacklist;
using Regulator.Domain.Common;
using Regulator.Domain.Persistence;
using Regulator.Domain.Platforms;
using Regulator.Web.Api;
using Regulator.Domain.Identity;

namespace Regulator.Web.Blacklist;

/// <summary>
/// The blacklist's part of <c>/api/v1</c>: the account-opening check, the versioned feed of published changes, and
/// platforms' reports of their own blacklistings. Answers carry keyed hashes and standings only — never a name or a
/// number — and never say whether an identity is merely proposed.
/// </summary>
public static class BlacklistApi
{
    public static RouteGroupBuilder MapBlacklistApi(this RouteGroupBuilder api)
    {
        var blacklist = api.MapGroup("/blacklist").WithTags("Blacklist");

        blacklist.MapPost("/check", Check)
            .RequireAuthorization(p => p.RequireAssertion(c => c.User.HasScope(PlatformApiScopes.BlacklistCheck)))
            .RequireRateLimiting(BlacklistRegistration.CheckRatePolicy)
            .WithMetadata(AggregatedKeyUseAudit.Instance)
            .WithMetadata(new ApiBodyLimit(MaxRequestBytes))
            .WithSummary("Is this identity on the national blacklist? One identity number, or up to 100.")
            .WithDescription("Send {\"identityNumber\": \"…\"} or {\"identityNumbers\": [\"…\", …]} (at most 100; 413 beyond, or beyond 64 KB). Each result says onList, and when on the list its severity (warning, timed-ban, permanent) and endsOn; " +
                             "an unreadable number has no onList and is named in the answer's `errors` list (ApiItemError: index, field, code, message).")
            .Produces<CheckResponse>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status429TooManyRequests)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);

        blacklist.MapGet("/changes", Changes)
            .RequireAuthorization(p => p.RequireAssertion(c => c.User.HasScope(PlatformApiScopes.BlacklistFeed)))
            .WithSummary("Published, changed and removed identities since a feed version, as keyed hashes.")
            .WithDescription("Start with since=0 and pass the returned version next time. Each line is the identity's full standing after the change; where the identity is one of your own filed publishers, your publisher ids are given.")
            .Produces<FeedResponse>()
            .ProducesProblem(StatusCodes.Status400BadRequest);

        blacklist.MapPost("/reports", Report)
            .RequireAuthorization(p => p.RequireAssertion(c => c.User.HasScope(PlatformApiScopes.BlacklistReport)))
            .WithSummary("Report your own blacklisting of a user to your provincial office (CAC Art. 15).")
            .WithMetadata(new ApiBodyLimit(MaxRequestBytes))
            .WithDescription("The report becomes a proposal of the province where the platform is registered; it reaches the national list only when the province confirms it and the national office publishes it. " +
                             "400 with an `errors` list (ApiItemError, index 0) when a field is wrong; 413 beyond 64 KB.")
            .Produces<ReportResponse>(StatusCodes.Status201Created)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge);
        return api;
    }

    /// <summary>The largest body the check and the report take (a check of 100 numbers is about 3 KB).</summary>
    public const long MaxRequestBytes = 64 * 1024;

    public sealed record CheckRequest(string? IdentityNumber, IReadOnlyList<string?>? IdentityNumbers);

    /// <summary>One result per number sent, in order; the numbers that could not be read are also listed in <paramref name="Errors"/>.</summary>
    public sealed record CheckResponse(IReadOnlyList<CheckResult> Results, IReadOnlyList<ApiItemError> Errors);

    /// <summary>Absent fields are left out rather than sent as null: a permanent ban has no end, an unreadable number no answer.</summary>
    public sealed record CheckResult(
        int Index,
        [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] bool? OnList,
        [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Severity = null,
        [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] DateOnly? EndsOn = null);

    public sealed record FeedResponse(long Since, long Version, long CurrentVersion, bool HasMore, IReadOnlyList<FeedLine> Changes);

    public sealed record FeedLine(long Version, string IdentityHash, string Change, string? Severity, DateOnly? EndsOn, DateTime ChangedUtc, IReadOnlyList<string>? YourPublisherIds);

    public sealed record ReportRequest(string? IdentityNumber, IReadOnlyList<string>? DisplayNames, string? CategoryCode, string? Facts,
        IReadOnlyList<string>? EvidenceReferences, string? Severity, DateOnly? StartsOn, DateOnly? EndsOn);

    public sealed record ReportResponse(long Id, string State);

    private static IResult Check(CheckRequest request, BlacklistCheck check, BlacklistCheckMeter meter, HttpContext context)
    {
        IReadOnlyList<string?>? numbers = request switch
        {
            { IdentityNumber: { } one, IdentityNumbers: null } => [one],
            { IdentityNumber: null, IdentityNumbers: { Count: > 0 } many } => many,
            _ => null,
        };
        if (numbers is null)
            return ApiProblem.Of(StatusCodes.Status400BadRequest, "请提供 identityNumber 或 identityNumbers 之一 (send either identityNumber or a non-empty identityNumbers, not both)");
        if (numbers.Count > BlacklistCheck.MaxBatchSize)
            return ApiProblem.TooManyItems(numbers.Count, BlacklistCheck.MaxBatchSize, "身份号码", "identity numbers");
        if (!check.IsReady)
        {
            context.Response.Headers.RetryAfter = "1";
            return ApiProblem.Of(StatusCodes.Status503ServiceUnavailable, "黑名单正在加载 (the blacklist is loading; retry shortly)");
        }

        var answers = check.Answer(numbers);
        var results = new CheckResult[answers.Length];
        var errors = new List<ApiItemError>();
        var field = request.IdentityNumber is null ? "identityNumbers" : "identityNumber";
        int onList = 0, invalid = 0;
        for (var i = 0; i < answers.Length; i++)
        {
            var answer = answers[i];
            if (answer.IsInvalid) invalid++;
            else if (answer.Standing is not null) onList++;
            if (answer.Problem is { } problem) errors.Add(new ApiItemError(i, null, field, problem.Code, problem.Message));
            results[i] = answer switch
            {
                { Problem: not null } => new CheckResult(i, null),
                { Standing: { } standing } => new CheckResult(i, true, WireName(standing.Severity), standing.EndsOn),
                _ => new CheckResult(i, false),
            };
        }
        meter.Record(context.User.PlatformId(), context.User.ProvinceCode(), answers.Length, onList, invalid);
        return TypedResults.Ok(new CheckResponse(results, errors));
    }

    private static async Task<IResult> Changes(BlacklistFeed feed, RegulatorDbContext db, CancellationToken ct, long since = 0, int limit = 1000)
    {
        if (since < 0) return ApiProblem.Of(StatusCodes.Status400BadRequest, "since 不能为负数 (since must be 0 or a version returned earlier)");
        var current = await feed.CurrentVersionAsync(ct);
        var lines = await feed.ChangesSinceAsync(since, limit, ct);
        var hashes = lines.Select(l => l.BlindIndex).ToList();
        // The scoping filter limits filings to the calling platform's own, so only its own publishers are named.
        var own = hashes.Count == 0
            ? []
            : await db.Filings.AsNoTracking().Where(f => hashes.Contains(f.IdentityBlindIndex))
                .Select(f => new { f.IdentityBlindIndex, f.PlatformPublisherId }).ToListAsync(ct);
        var ownByHash = own.ToLookup(f => Convert.ToHexStringLower(f.IdentityBlindIndex), f => f.PlatformPublisherId);
        var version = lines.Count > 0 ? lines[^1].Version : Math.Max(since, 0);
        return TypedResults.Ok(new FeedResponse(since, version, current, version < current, lines.Select(l =>
        {
            var hash = Convert.ToHexStringLower(l.BlindIndex);
            var mine = ownByHash[hash].ToList();
            return new FeedLine(l.Version, hash, WireName(l.Kind), l.Severity is { } s ? WireName(s) : null, l.EndsOn, l.ChangedUtc, mine.Count > 0 ? mine : null);
        }).ToList()));
    }

    private static async Task<IResult> Report(ReportRequest request, BlacklistCirculation circulation, RegulatorDbContext db, HttpContext context, CancellationToken ct)
    {
        var platformId = context.User.PlatformId();
        var platform = await db.Platforms.AsNoTracking().FirstAsync(p => p.Id == platformId, ct);
        var severity = request.Severity is { } name ? SeverityFromWireName(name) : null;
        var draft = new BlacklistProposal(request.IdentityNumber, request.DisplayNames, [platformId], request.CategoryCode, request.Facts,
            request.EvidenceReferences, severity, request.StartsOn, request.EndsOn);
        var result = await circulation.ProposeAsync(draft, Actor.Platform(Actor.PlatformNamePrefix + platform.Name, platform.Id, platform.ProvinceCode), platform.Agency, ct);
        return result.Failure switch
        {
            null => TypedResults.Created($"/api/v1/blacklist/reports/{result.Value.Id}", new ReportResponse(result.Value.Id, "proposed")),
            // 400 rather than the shared 422: platforms integrated against this status before the shared answer existed.
            { Status: StepStatus.Invalid } invalid => ApiProblem.Of(StatusCodes.Status400BadRequest, "黑名单报送未通过校验 (the report was not accepted)",
                extensions: new Dictionary<string, object?> { ["errors"] = invalid.FieldErrors.Select(e => new ApiItemError(0, null, e.Key, invalid.CodeOf(e.Key), e.Value)).ToList() }),
            var failure => ApiProblem.For(failure),
        };
    }

    public static string WireName(BlacklistSeverity severity) => severity switch
    {
        BlacklistSeverity.Warning => "warning",
        BlacklistSeverity.TimedBan => "timed-ban",
        _ => "permanent",
    };

    private static BlacklistSeverity? SeverityFromWireName(string name) =>
        Enum.GetValues<BlacklistSeverity>().Cast<BlacklistSeverity?>().FirstOrDefault(s => WireName(s!.Value) == name);

    private static string WireName(BlacklistChangeKind kind) => kind switch
    {
        BlacklistChangeKind.Added => "added",
        BlacklistChangeKind.Changed => "changed",
        _ => "removed",
    };
}
