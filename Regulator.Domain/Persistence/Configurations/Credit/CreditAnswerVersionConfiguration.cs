using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Regulator.Domain.Credit;

namespace Regulator.Domain.Persistence.Configurations.Credit;

internal sealed class CreditAnswerVersionConfiguration : IEntityTypeConfiguration<CreditAnswerVersion>
{
    public void Configure(EntityTypeBuilder<CreditAnswerVersion> b)
    {
        b.ToTable("CreditAnswerVersions");
        b.Property(v => v.Id).ValueGeneratedNever();
        b.HasData(new CreditAnswerVersion { Id = CreditAnswerVersion.SingletonId, Version = 0 });
    }
}
