using System.Linq.Expressions;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Regulator.Domain.Auditing;
using Regulator.Domain.Blacklist;
using Regulator.Domain.Filings;
using Regulator.Domain.Identity;
using Regulator.Domain.Platforms;
using Regulator.Domain.Reports;
using Regulator.Domain.Scoping;

namespace Regulator.Domain.Persistence;

/// <summary>
/// The portal's unit of work, shared by both providers. Each provider has a subclass only so that it can
/// own its migration set; the model is defined once, here, and kept provider-neutral.
/// </summary>
public abstract class RegulatorDbContext : IdentityDbContext<RegulatorUser>, IDataProtectionKeyContext
{
    private readonly ICurrentActor _actor;

    protected RegulatorDbContext(DbContextOptions options, ICurrentActor actor) : base(options)
    {
        _actor = actor;
    }

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<Platform> Platforms => Set<Platform>();
    public DbSet<PlatformLicence> PlatformLicences => Set<PlatformLicence>();
    public DbSet<PlatformApiKey> PlatformApiKeys => Set<PlatformApiKey>();
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();
    public DbSet<Filing> Filings => Set<Filing>();
    public DbSet<FilingCount> FilingCounts => Set<FilingCount>();
    public DbSet<FilingHistoryEntry> FilingHistory => Set<FilingHistoryEntry>();
    public DbSet<FilingSubmission> FilingSubmissions => Set<FilingSubmission>();
    public DbSet<IdentityLink> IdentityLinks => Set<IdentityLink>();
    public DbSet<ReportCategory> ReportCategories => Set<ReportCategory>();
    public DbSet<Report> Reports => Set<Report>();
    public DbSet<ReportCase> ReportCases => Set<ReportCase>();
    public DbSet<BlacklistEntry> BlacklistEntries => Set<BlacklistEntry>();
    public DbSet<BlacklistChange> BlacklistChanges => Set<BlacklistChange>();
    public DbSet<BlacklistFeedVersion> BlacklistFeedVersions => Set<BlacklistFeedVersion>();
    public DbSet<BlacklistCheckTally> BlacklistCheckTallies => Set<BlacklistCheckTally>();
    public DbSet<BlacklistFilingAlert> BlacklistFilingAlerts => Set<BlacklistFilingAlert>();

    /// <summary>
    /// Whose scope this context applies. Records outside the global filters (staff accounts, which Identity must read
    /// before anyone is signed in) are scoped by the queries that read them, with this actor.
    /// </summary>
    public ICurrentActor Actor => _actor;

    // Read by the query filters at execution time, so each query is scoped to whoever runs it.
    private bool ScopeIsNational => _actor.IsNational;
    internal string? ScopeProvinceCode => _actor.ProvinceCode;
    private int? ScopePlatformId => _actor.PlatformId;

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(RegulatorDbContext).Assembly);

        foreach (var entity in builder.Model.GetEntityTypes().Where(e => e.BaseType is null).ToList())
        {
            if (ScopeFilterFor(entity.ClrType) is { } filter) builder.Entity(entity.ClrType).HasQueryFilter(filter);
        }
    }

    /// <summary>
    /// The one place scoping is enforced. Province-owned records: <c>national || record.ProvinceCode == actor's province</c>,
    /// widened by <c>|| record.IsCirculatedNationally</c> for records that are circulated to every province once published;
    /// platform-owned records additionally: <c>actor is no platform || record.PlatformId == actor's platform</c>.
    /// </summary>
    private LambdaExpression? ScopeFilterFor(Type clrType)
    {
        var record = Expression.Parameter(clrType, "record");
        var context = Expression.Constant(this, typeof(RegulatorDbContext));
        Expression? filter = null;
        if (typeof(IProvinceOwned).IsAssignableFrom(clrType))
        {
            filter = Expression.OrElse(
                Expression.Property(context, nameof(ScopeIsNational)),
                Expression.Equal(Expression.Property(record, nameof(IProvinceOwned.ProvinceCode)), Expression.Property(context, nameof(ScopeProvinceCode))));
            if (typeof(INationallyCirculated).IsAssignableFrom(clrType))
                filter = Expression.OrElse(filter, Expression.Property(record, nameof(INationallyCirculated.IsCirculatedNationally)));
        }
        if (typeof(IPlatformOwned).IsAssignableFrom(clrType))
        {
            var platformId = Expression.Property(context, nameof(ScopePlatformId));
            var own = Expression.OrElse(
                Expression.Equal(platformId, Expression.Constant(null, typeof(int?))),
                Expression.Equal(Expression.Convert(Expression.Property(record, nameof(IPlatformOwned.PlatformId)), typeof(int?)), platformId));
            filter = filter is null ? own : Expression.AndAlso(filter, own);
        }
        return filter is null ? null : Expression.Lambda(filter, record);
    }

    /// <summary>
    /// Saves as EF does, and when the save changes what the platform credit API answers (a grade, a listing, a filing's
    /// identity), first takes the credit answer version in the same transaction (<see cref="Credit.CreditAnswerStamp"/>):
    /// a save without a transaction of its own gets one, so the stamp and the change commit together.
    /// </summary>
    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        GuardAuditLog();
        var credit = Credit.CreditAnswerStamp.Collect(ChangeTracker);
        if (credit.IsEmpty) return base.SaveChanges(acceptAllChangesOnSuccess);
        using var transaction = Database.CurrentTransaction is null ? Database.BeginTransaction() : null;
        credit.Stamp(this);
        var saved = base.SaveChanges(acceptAllChangesOnSuccess);
        transaction?.Commit();
        return saved;
    }

    /// <inheritdoc cref="SaveChanges(bool)"/>
    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        GuardAuditLog();
        var credit = Credit.CreditAnswerStamp.Collect(ChangeTracker);
        if (credit.IsEmpty) return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        await using var transaction = Database.CurrentTransaction is null ? await Database.BeginTransactionAsync(cancellationToken) : null;
        await credit.StampAsync(this, cancellationToken);
        var saved = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        if (transaction is not null) await transaction.CommitAsync(cancellationToken);
        return saved;
    }

    private void GuardAuditLog()
    {
        if (ChangeTracker.Entries<AuditEntry>().Any(e => e.State is EntityState.Modified or EntityState.Deleted))
            throw new InvalidOperationException("The audit log is append-only: its entries cannot be changed or deleted.");
    }
}
