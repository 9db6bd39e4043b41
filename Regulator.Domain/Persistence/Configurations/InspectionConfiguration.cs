using Regulator.Domain.Documents;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Regulator.Domain.Inspections;

namespace Regulator.Domain.Persistence.Configurations;

internal sealed class InspectionConfiguration : IEntityTypeConfiguration<Inspection>
{
    public void Configure(EntityTypeBuilder<Inspection> b)
    {
        b.ToTable("Inspections");
        b.Property(i => i.RunKey).HasMaxLength(300).IsRequired();
        b.HasIndex(i => i.RunKey).IsUnique();
        b.Property(i => i.JobId).HasMaxLength(GeneratedDocument.JobIdMaxLength);
        b.HasIndex(i => i.InspectedOn);
        b.Ignore(i => i.IsCompleted);
    }
}
