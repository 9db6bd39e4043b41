using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Regulator.Domain.Documents;

namespace Regulator.Domain.Persistence.Configurations;

internal sealed class GeneratedDocumentConfiguration : IEntityTypeConfiguration<GeneratedDocument>
{
    public void Configure(EntityTypeBuilder<GeneratedDocument> b)
    {
        b.ToTable("GeneratedDocuments");
        b.Property(d => d.Key).HasMaxLength(100).IsRequired();
        b.HasIndex(d => d.Key).IsUnique();
        b.Property(d => d.ProvinceCode).HasMaxLength(2).IsRequired();
        b.Property(d => d.Title).HasMaxLength(200).IsRequired();
        b.Property(d => d.FileName).HasMaxLength(200).IsRequired();
        b.Property(d => d.Content).IsRequired();
        b.Property(d => d.Version).HasDefaultValue(1);
        b.Property(d => d.JobId).HasMaxLength(GeneratedDocument.JobIdMaxLength);
        b.HasIndex(d => new { d.GeneratedUtc, d.Id });
        b.HasIndex(d => new { d.ProvinceCode, d.Kind, d.GeneratedUtc });
    }
}
