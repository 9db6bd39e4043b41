using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Regulator.Domain.Blacklist;

namespace Regulator.Domain.Persistence.Configurations;

internal sealed class BlacklistFeedVersionConfiguration : IEntityTypeConfiguration<BlacklistFeedVersion>
{
    public void Configure(EntityTypeBuilder<BlacklistFeedVersion> b)
    {
        b.Property(v => v.Id).ValueGeneratedNever();
        b.HasData(new BlacklistFeedVersion { Id = BlacklistFeedVersion.SingletonId, Version = 0 });
    }
}
