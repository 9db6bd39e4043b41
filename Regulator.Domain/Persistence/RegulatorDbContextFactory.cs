using Microsoft.EntityFrameworkCore;

namespace Regulator.Domain.Persistence;

/// <summary>The configured provider's context factory, seen as a factory of the provider-neutral context.</summary>
public sealed class RegulatorDbContextFactory<TContext>(IDbContextFactory<TContext> inner) : IDbContextFactory<RegulatorDbContext>
    where TContext : RegulatorDbContext
{
    public RegulatorDbContext CreateDbContext() => inner.CreateDbContext();

    public async Task<RegulatorDbContext> CreateDbContextAsync(CancellationToken cancellationToken = default) =>
        await inner.CreateDbContextAsync(cancellationToken);
}
