using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Regulator.Domain.Filings;

namespace Regulator.Domain.Persistence.Configurations;

/// <summary>A view over Filings (created by hand in the AddFilings migration) that exposes only blind index and platform.</summary>
internal sealed class IdentityLinkConfiguration : IEntityTypeConfiguration<IdentityLink>
{
    public const string ViewName = "FilingIdentityLinks";

    public void Configure(EntityTypeBuilder<IdentityLink> b)
    {
        b.HasNoKey();
        b.ToView(ViewName);
    }
}
