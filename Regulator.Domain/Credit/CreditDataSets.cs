using Microsoft.EntityFrameworkCore;
using Regulator.Domain.Persistence;

namespace Regulator.Domain.Credit;

/// <summary>The credit feature's sets, as extension members so parallel features do not all edit <see cref="RegulatorDbContext"/>.</summary>
public static class CreditDataSets
{
    extension(RegulatorDbContext db)
    {
        public DbSet<CreditSubject> CreditSubjects => db.Set<CreditSubject>();
        public DbSet<CreditFact> CreditFacts => db.Set<CreditFact>();
        public DbSet<CreditRatingModel> CreditRatingModels => db.Set<CreditRatingModel>();
        public DbSet<CreditRule> CreditRules => db.Set<CreditRule>();
        public DbSet<CreditGradeChange> CreditGradeChanges => db.Set<CreditGradeChange>();
        public DbSet<CreditSourceWatermark> CreditSourceWatermarks => db.Set<CreditSourceWatermark>();
        public DbSet<PlatformMeasureReport> PlatformMeasureReports => db.Set<PlatformMeasureReport>();
        public DbSet<AdministrativePenalty> AdministrativePenalties => db.Set<AdministrativePenalty>();
        public DbSet<UntrustworthyCriterion> UntrustworthyCriteria => db.Set<UntrustworthyCriterion>();
        public DbSet<UntrustworthyDesignation> UntrustworthyDesignations => db.Set<UntrustworthyDesignation>();
        public DbSet<CalendarAdjustment> CalendarAdjustments => db.Set<CalendarAdjustment>();
        public DbSet<CreditProcedureSettings> CreditProcedureSettings => db.Set<CreditProcedureSettings>();
        public DbSet<CreditAnswerVersion> CreditAnswerVersions => db.Set<CreditAnswerVersion>();
        public DbSet<CreditLinkChange> CreditLinkChanges => db.Set<CreditLinkChange>();
    }
}
