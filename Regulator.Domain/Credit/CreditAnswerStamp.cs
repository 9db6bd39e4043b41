using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Storage;
using Regulator.Domain.Filings;
using Regulator.Domain.Persistence;

namespace Regulator.Domain.Credit;

/// <summary>
/// Writes the credit answer version (<see cref="CreditAnswerVersion"/>) in the transaction of every change to what the
/// platform credit API answers, so the instances' in-memory answers (<see cref="CreditAnswerTable"/>) can follow the
/// changes in commit order. <see cref="RegulatorDbContext"/> calls it on every save: a subject added or changed (every
/// re-grade), a listing entering or leaving the listed state (decision, repair granted, appeal upheld, period ended),
/// and a filing whose identity was corrected. Set-based writers (<see cref="CreditGrading.RegradeAllAsync"/>,
/// <see cref="CreditSubjects.AddMissingAsync"/>) take a version with <see cref="NextAsync"/> and stamp their rows themselves.
/// </summary>
public static class CreditAnswerStamp
{
    private const string BumpSql = """UPDATE "CreditAnswerVersions" SET "Version" = "Version" + 1 WHERE "Id" = 1 RETURNING "Version" """;

    /// <summary>
    /// Locks the version row until the caller's transaction ends and returns the next version. Must run inside a
    /// transaction, before the caller writes the rows it stamps: the row lock is always taken first, so two stamping
    /// writers cannot deadlock on each other's subject rows.
    /// </summary>
    public static async Task<long> NextAsync(RegulatorDbContext db, CancellationToken ct = default)
    {
        await using var command = BumpCommand(db);
        return Convert.ToInt64(await command.ExecuteScalarAsync(ct));
    }

    /// <summary>The changes of the pending save that need a stamp; empty (and cheap) for every save that touches no credit answer.</summary>
    internal static Pending Collect(ChangeTracker tracker)
    {
        // The caller has just detected changes; looking again for each entity type would repeat that over the whole graph.
        var detect = tracker.AutoDetectChangesEnabled;
        tracker.AutoDetectChangesEnabled = false;
        try
        {
            var subjects = tracker.Entries<CreditSubject>().Where(e => e.State is EntityState.Added or EntityState.Modified).ToList();
            var listings = tracker.Entries<UntrustworthyDesignation>()
                .Where(e => (e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
                            && (e.Entity.State == DesignationState.Listed || e.Property(d => d.State).OriginalValue == DesignationState.Listed
                                || e.Property(d => d.StartsOn).IsModified || e.Property(d => d.EndsOn).IsModified))
                .Select(e => e.Entity.SubjectId).Distinct().ToList();
            var relinked = tracker.Entries<Filing>()
                .Where(e => e.State == EntityState.Modified && e.Property(f => f.IdentityBlindIndex).IsModified
                            && !e.Property(f => f.IdentityBlindIndex).OriginalValue.AsSpan().SequenceEqual(e.Entity.IdentityBlindIndex))
                .Select(e => (e.Entity.PlatformId, e.Entity.PlatformPublisherId)).ToList();
            return new Pending(subjects, listings, relinked);
        }
        finally
        {
            tracker.AutoDetectChangesEnabled = detect;
        }
    }

    private static System.Data.Common.DbCommand BumpCommand(RegulatorDbContext db)
    {
        var transaction = db.Database.CurrentTransaction
            ?? throw new InvalidOperationException("The credit answer version is taken inside the transaction that writes the change.");
        var command = db.Database.GetDbConnection().CreateCommand();
        command.Transaction = transaction.GetDbTransaction();
        command.CommandText = BumpSql;
        return command;
    }

    /// <summary>What one save changes of the credit answers: subjects saved, subjects whose listing changed, filings whose identity changed.</summary>
    internal sealed record Pending(List<EntityEntry<CreditSubject>> Subjects, List<long> ListedSubjectIds, List<(int PlatformId, string PlatformPublisherId)> Relinked)
    {
        public bool IsEmpty => Subjects.Count == 0 && ListedSubjectIds.Count == 0 && Relinked.Count == 0;

        /// <summary>Takes the next version (locking its row) and stamps the pending changes with it; the save that follows writes them.</summary>
        public async Task StampAsync(RegulatorDbContext db, CancellationToken ct)
        {
            var version = await NextAsync(db, ct);
            var untracked = Stamp(db, version);
            if (untracked.Count > 0)
                await db.CreditSubjects.IgnoreQueryFilters().Where(s => untracked.Contains(s.Id)).ExecuteUpdateAsync(s => s.SetProperty(x => x.ChangeVersion, version), ct);
        }

        /// <inheritdoc cref="StampAsync"/>
        public void Stamp(RegulatorDbContext db)
        {
            using var command = BumpCommand(db);
            var version = Convert.ToInt64(command.ExecuteScalar());
            var untracked = Stamp(db, version);
            if (untracked.Count > 0)
                db.CreditSubjects.IgnoreQueryFilters().Where(s => untracked.Contains(s.Id)).ExecuteUpdate(s => s.SetProperty(x => x.ChangeVersion, version));
        }

        // Stamps tracked subjects and queues link lines; returns the subjects whose listing changed but which this context does not track.
        private List<long> Stamp(RegulatorDbContext db, long version)
        {
            foreach (var subject in Subjects) subject.Entity.ChangeVersion = version;
            var untracked = new List<long>();
            foreach (var id in ListedSubjectIds)
            {
                var tracked = db.ChangeTracker.Entries<CreditSubject>().FirstOrDefault(e => e.Entity.Id == id);
                if (tracked is null) untracked.Add(id);
                else tracked.Entity.ChangeVersion = version;
            }
            foreach (var (platformId, publisherId) in Relinked)
                db.CreditLinkChanges.Add(new CreditLinkChange { Version = version, PlatformId = platformId, PlatformPublisherId = publisherId });
            return untracked;
        }
    }
}
