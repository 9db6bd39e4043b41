using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Regulator.Domain.Reports;

namespace Regulator.Domain.Persistence.Configurations;

internal sealed class ReportCaseConfiguration : IEntityTypeConfiguration<ReportCase>
{
    public void Configure(EntityTypeBuilder<ReportCase> b)
    {
        b.Property(c => c.CaseKey).HasMaxLength(ReportedAccount.MaxCaseKeyLength).IsRequired();
        b.Property(c => c.ProvinceCode).HasMaxLength(2).IsRequired();
        b.Property(c => c.PlatformName).HasMaxLength(200);
        b.Property(c => c.AccountLabel).HasMaxLength(200).IsRequired();
        b.Property(c => c.AssigneeId).HasMaxLength(450);
        b.Property(c => c.AssigneeName).HasMaxLength(256);
        b.Property(c => c.TransferredTo).HasMaxLength(200);
        b.Property(c => c.ClosingNote).HasMaxLength(2000);
        b.HasOne(c => c.Category).WithMany().HasForeignKey(c => c.CategoryId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(c => c.Events).WithOne().HasForeignKey(e => e.CaseId).OnDelete(DeleteBehavior.Cascade);
        // Optimistic concurrency: two people closing or assigning the same case at once must not both win.
        b.Property(c => c.Version).IsConcurrencyToken();

        // Grouping looks up open cases by key.
        b.HasIndex(c => new { c.CaseKey, c.Status });
        // The inbox: every list is (province scope) + one filter, newest first or due first, read by keyset.
        b.HasIndex(c => new { c.ProvinceCode, c.FirstReceivedUtc, c.Id });
        b.HasIndex(c => new { c.ProvinceCode, c.Status, c.FirstReceivedUtc, c.Id });
        // Led by the category, so it also serves the foreign key (EF then adds no index of its own for it); a category and
        // a province are both equalities, so the order costs the inbox nothing.
        b.HasIndex(c => new { c.CategoryId, c.ProvinceCode, c.FirstReceivedUtc, c.Id });
        // Minors and assignees are filters on a few cases: partial indexes hold only those, and a new case (no assignee,
        // usually no minor) costs intake no entry in them.
        b.HasIndex(c => new { c.ProvinceCode, c.FirstReceivedUtc, c.Id }, "IX_ReportCases_Minors").HasFilter("\"MinorInvolved\"");
        b.HasIndex(c => new { c.ProvinceCode, c.AssigneeId, c.FirstReceivedUtc, c.Id }).HasFilter("\"AssigneeId\" IS NOT NULL");
        b.HasIndex(c => new { c.ProvinceCode, c.PlatformId, c.FirstReceivedUtc, c.Id });
        b.HasIndex(c => new { c.ProvinceCode, c.Status, c.DueUtc, c.Id });
        b.HasIndex(c => new { c.ProvinceCode, c.DueUtc, c.Id });
    }
}
