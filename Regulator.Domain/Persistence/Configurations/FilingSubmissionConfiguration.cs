using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Regulator.Domain.Filings;
using Regulator.Domain.Platforms;

namespace Regulator.Domain.Persistence.Configurations;

internal sealed class FilingSubmissionConfiguration : IEntityTypeConfiguration<FilingSubmission>
{
    public void Configure(EntityTypeBuilder<FilingSubmission> b)
    {
        b.Property(s => s.ProvinceCode).HasMaxLength(2).IsRequired();
        b.Property(s => s.SubmittedBy).HasMaxLength(256).IsRequired();
        b.Property(s => s.FileName).HasMaxLength(260);
        b.HasOne<Platform>().WithMany().HasForeignKey(s => s.PlatformId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(s => new { s.ProvinceCode, s.ReceivedUtc });
        b.HasIndex(s => new { s.PlatformId, s.ReceivedUtc });
    }
}
