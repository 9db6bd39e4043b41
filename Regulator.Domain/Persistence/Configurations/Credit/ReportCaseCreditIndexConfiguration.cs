using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Regulator.Domain.Reports;

namespace Regulator.Domain.Persistence.Configurations.Credit;

/// <summary>The credit collector reads closed cases in the order they were closed, from where it stopped; this index makes that a range read.</summary>
internal sealed class ReportCaseCreditIndexConfiguration : IEntityTypeConfiguration<ReportCase>
{
    public void Configure(EntityTypeBuilder<ReportCase> b) => b.HasIndex(c => new { c.Status, c.ClosedUtc, c.Id });
}
