using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Regulator.Domain.Credit;

namespace Regulator.Domain.Persistence.Configurations.Credit;

internal sealed class UntrustworthyDesignationConfiguration : IEntityTypeConfiguration<UntrustworthyDesignation>
{
    public void Configure(EntityTypeBuilder<UntrustworthyDesignation> b)
    {
        b.ToTable("UntrustworthyDesignations");
        b.Property(d => d.ProvinceCode).HasMaxLength(2).IsRequired();
        b.Property(d => d.Facts).HasMaxLength(4000).IsRequired();
        b.Property(d => d.ProposedById).HasMaxLength(450).IsRequired();
        b.Property(d => d.ProposedByName).HasMaxLength(256).IsRequired();
        b.Property(d => d.DecidedById).HasMaxLength(450);
        b.Property(d => d.DecidedByName).HasMaxLength(256);
        b.Property(d => d.PublicName).HasMaxLength(200);
        b.Property(d => d.PublicCode).HasMaxLength(32);
        b.Property(d => d.Revision).IsConcurrencyToken();
        b.HasOne(d => d.Subject).WithMany().HasForeignKey(d => d.SubjectId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(d => d.Criterion).WithMany().HasForeignKey(d => d.CriterionId).OnDelete(DeleteBehavior.Restrict);
        // Small lists only ever read with their procedure, kept in its row as JSON; they only grow, so the count says whether they changed.
        b.Property(d => d.FactIds).HasConversion(CreditJson.Converter<List<long>>(), CreditJson.Comparer<long>()).IsRequired();
        b.Property(d => d.Measures).HasConversion(CreditJson.Converter<List<string>>(), CreditJson.Comparer<string>()).IsRequired();
        b.Property(d => d.DefenceAttachments).HasConversion(CreditJson.Converter<List<string>>(), CreditJson.Comparer<string>()).IsRequired();
        b.Property(d => d.Appeals).HasConversion(CreditJson.Converter<List<DesignationAppeal>>(), CreditJson.Comparer<DesignationAppeal>()).IsRequired();
        b.Property(d => d.History).HasConversion(CreditJson.Converter<List<DesignationHistoryEntry>>(), CreditJson.Comparer<DesignationHistoryEntry>()).IsRequired();
        b.HasIndex(d => new { d.SubjectId, d.State });
        b.HasIndex(d => new { d.State, d.EndsOn });
        b.HasIndex(d => new { d.ProvinceCode, d.State, d.Id });
    }
}
