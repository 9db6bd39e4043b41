using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Regulator.Domain.Jobs;

namespace Regulator.Domain.Persistence.Configurations;

internal sealed class JobRunConfiguration : IEntityTypeConfiguration<JobRun>
{
    public void Configure(EntityTypeBuilder<JobRun> b)
    {
        b.ToTable("JobRuns");
        b.Property(r => r.JobName).HasMaxLength(150).IsRequired();
        b.Property(r => r.TriggerName).HasMaxLength(200).IsRequired();
        b.Property(r => r.FireInstanceId).HasMaxLength(200).IsRequired();
        b.Property(r => r.Node).HasMaxLength(200).IsRequired();
        b.Property(r => r.ProgressNote).HasMaxLength(250);
        b.Property(r => r.Error).HasMaxLength(JobRun.ErrorMaxLength);
        b.Property(r => r.Produced).HasMaxLength(500);
        b.Property(r => r.ProducedHref).HasMaxLength(300);
        b.Ignore(r => r.Duration);
        b.HasIndex(r => r.FireInstanceId);
        b.HasIndex(r => new { r.StartedUtc, r.Id });
        b.HasIndex(r => new { r.JobName, r.StartedUtc });
    }
}
