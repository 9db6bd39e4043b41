using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Regulator.Domain.Credit;

namespace Regulator.Domain.Persistence.Configurations.Credit;

internal sealed class CreditProcedureSettingsConfiguration : IEntityTypeConfiguration<CreditProcedureSettings>
{
    public void Configure(EntityTypeBuilder<CreditProcedureSettings> b)
    {
        b.ToTable("CreditProcedureSettings");
        // One row with a fixed key, written by the settings step; not generated.
        b.Property(s => s.Id).ValueGeneratedNever();
        b.Property(s => s.UpdatedBy).HasMaxLength(256).IsRequired();
    }
}
