using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Regulator.Domain.Blacklist;
using Regulator.Domain.Persistence;
using Regulator.Domain.Seeding;
using Regulator.Web.Api;
using Regulator.Web.Shared.Lists;

namespace Regulator.Web.Blacklist;

public static class BlacklistRegistration
{
    /// <summary>The rate-limiting policy of the check endpoint: a token bucket per platform.</summary>
    public const string CheckRatePolicy = "blacklist-check";

    public static IServiceCollection AddBlacklist(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<BlacklistOptions>(configuration.GetSection(BlacklistOptions.Section));
        services.AddScoped<BlacklistFeedWriter>();
        services.AddScoped<BlacklistCirculation>();
        services.AddScoped<BlacklistExpiry>();
        services.AddScoped<BlacklistFeed>();
        services.AddScoped<BlacklistIdentityReveal>();
        services.AddScoped<BlacklistAlertAcknowledgement>();
        services.AddList<BlacklistList>();
        services.AddList<BlacklistMatchesList>();
        services.AddScoped<FilingBlacklistScreen>();
        services.AddScoped<IDemoDataContributor, BlacklistDemoContributor>();
        services.AddSingleton<PublishedBlacklist>();
        services.AddSingleton<BlacklistCheck>();
        services.AddSingleton<BlacklistCheckMeter>();
        services.AddSingleton<IBufferedCounter>(sp => sp.GetRequiredService<BlacklistCheckMeter>());
        services.AddHostedService<PublishedBlacklistRefresher>();
        services.AddHostedService<BlacklistExpirySweeper>();

        var options = configuration.GetSection(BlacklistOptions.Section).Get<BlacklistOptions>() ?? new BlacklistOptions();
        services.AddRateLimiter(o =>
        {
            o.AddPolicy(CheckRatePolicy, context =>
            {
                // Only reached behind the Platform policy, so the caller is a platform.
                var platformId = context.User.PlatformId();
                var rate = options.RateFor(platformId);
                return RateLimitPartition.GetTokenBucketLimiter(platformId, _ => new TokenBucketRateLimiterOptions
                {
                    TokenLimit = Math.Max(options.CheckBurst, rate),
                    TokensPerPeriod = rate,
                    ReplenishmentPeriod = TimeSpan.FromSeconds(1),
                    QueueLimit = 0,
                    AutoReplenishment = true,
                });
            });
            o.OnRejected = async (rejected, ct) =>
            {
                var retryAfter = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds)) : 1;
                rejected.HttpContext.Response.Headers.RetryAfter = retryAfter.ToString();
                await ApiProblem.Of(StatusCodes.Status429TooManyRequests, "核验请求过于频繁 (too many check requests)",
                    $"This platform may make {options.RateFor(rejected.HttpContext.User.PlatformId())} check requests per second; retry after {retryAfter} s.")
                    .ExecuteAsync(rejected.HttpContext);
            };
        });
        return services;
    }
}
