using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Regulator.Domain.Blacklist;

namespace Regulator.Domain.Persistence.Configurations;

internal sealed class BlacklistChangeConfiguration : IEntityTypeConfiguration<BlacklistChange>
{
    public void Configure(EntityTypeBuilder<BlacklistChange> b)
    {
        b.HasKey(c => c.Version);
        // Versions come from the locked counter row, never from the database's own sequence.
        b.Property(c => c.Version).ValueGeneratedNever();
        b.Property(c => c.BlindIndex).HasMaxLength(32).IsRequired();
        b.Ignore(c => c.Standing);
    }
}
