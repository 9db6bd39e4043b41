using Microsoft.EntityFrameworkCore;
using Regulator.Domain.Common;
using Regulator.Domain.Persistence;
using Regulator.Web.Identity;

namespace Regulator.Web.Shared;

/// <summary>
/// How an interactive page reaches the domain: every read and every step runs on a context (and, for steps, a
/// service scope) of its own that lives for that one operation, never for the circuit, and always as the actor of
/// the circuit or request that asked. A component holding a context for its lifetime would serve stale rows, leak
/// memory per open tab and fail on concurrent events; a fresh scope without the actor would run as the system.
/// </summary>
public sealed class PortalOperations(IDbContextFactory<RegulatorDbContext> contexts, IServiceScopeFactory scopes, PortalActor actor)
{
    /// <summary>One page of a list through its feature query.</summary>
    public async Task<ListPage<TRow>> PageAsync<TRow>(IListQuery<TRow> query, ListRequest page, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await query.PageAsync(db, page, ct);
    }

    /// <summary>A read through a feature query (a detail, a count, the platform choices).</summary>
    public async Task<T> ReadAsync<T>(Func<RegulatorDbContext, CancellationToken, Task<T>> query, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await query(db, ct);
    }

    /// <summary>
    /// A domain step on service <typeparamref name="TService"/> (which checks its own permission against the actor)
    /// in a scope of its own, carrying the circuit's user into it.
    /// </summary>
    public async Task<T> RunAsync<TService, T>(Func<TService, Task<T>> step) where TService : notnull
    {
        await using var scope = scopes.CreateAsyncScope();
        if (actor.InCircuit) scope.ServiceProvider.GetRequiredService<PortalActor>().UseCircuitUser(actor.User ?? new(), actor.IpAddress);
        return await step(scope.ServiceProvider.GetRequiredService<TService>());
    }
}
