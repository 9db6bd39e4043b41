using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Regulator.Domain.Dashboards;

namespace Regulator.Domain.Persistence.Configurations;

internal sealed class DashboardMonthTallyConfiguration : IEntityTypeConfiguration<DashboardMonthTally>
{
    public void Configure(EntityTypeBuilder<DashboardMonthTally> b)
    {
        DashboardCellColumns.Configure(b, "DashboardMonthTallies");
    }
}
