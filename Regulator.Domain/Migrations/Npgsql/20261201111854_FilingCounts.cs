using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Regulator.Domain.Migrations.Npgsql
{
    /// <inheritdoc />
    public partial class FilingCounts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "FilingCounts",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ProvinceCode = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    PlatformId = table.Column<int>(type: "integer", nullable: false),
                    Agency = table.Column<int>(type: "integer", nullable: false),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    PublisherType = table.Column<int>(type: "integer", nullable: false),
                    AgeBand = table.Column<int>(type: "integer", nullable: true),
                    Count = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FilingCounts", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_FilingCounts_ProvinceCode_Status_PlatformId",
                table: "FilingCounts",
                columns: new[] { "ProvinceCode", "Status", "PlatformId" });

            // The database keeps the counts itself, so that every way filings arrive or change (the batch API's COPY,
            // the unit of work, a bulk update, a delete) is counted without each writer having to remember it.
            // Statement triggers with transition tables: one row per combination per statement, inserted only.
            migrationBuilder.Sql("""
                CREATE FUNCTION filing_counts_inserted() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    INSERT INTO "FilingCounts" ("ProvinceCode", "PlatformId", "Agency", "Status", "PublisherType", "AgeBand", "Count")
                    SELECT "ProvinceCode", "PlatformId", "Agency", "Status", "PublisherType", "AgeBand", count(*) FROM new_rows GROUP BY "ProvinceCode", "PlatformId", "Agency", "Status", "PublisherType", "AgeBand";
                    RETURN NULL;
                END $$;
                CREATE FUNCTION filing_counts_updated() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    INSERT INTO "FilingCounts" ("ProvinceCode", "PlatformId", "Agency", "Status", "PublisherType", "AgeBand", "Count")
                    SELECT "ProvinceCode", "PlatformId", "Agency", "Status", "PublisherType", "AgeBand", sum(n) FROM (SELECT "ProvinceCode", "PlatformId", "Agency", "Status", "PublisherType", "AgeBand", -1 AS n FROM old_rows UNION ALL SELECT "ProvinceCode", "PlatformId", "Agency", "Status", "PublisherType", "AgeBand", 1 FROM new_rows) changed
                    GROUP BY "ProvinceCode", "PlatformId", "Agency", "Status", "PublisherType", "AgeBand" HAVING sum(n) <> 0;
                    RETURN NULL;
                END $$;
                CREATE FUNCTION filing_counts_deleted() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    INSERT INTO "FilingCounts" ("ProvinceCode", "PlatformId", "Agency", "Status", "PublisherType", "AgeBand", "Count")
                    SELECT "ProvinceCode", "PlatformId", "Agency", "Status", "PublisherType", "AgeBand", -count(*) FROM old_rows GROUP BY "ProvinceCode", "PlatformId", "Agency", "Status", "PublisherType", "AgeBand";
                    RETURN NULL;
                END $$;
                CREATE FUNCTION filing_counts_truncated() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    DELETE FROM "FilingCounts";
                    RETURN NULL;
                END $$;
                CREATE TRIGGER filing_counts_inserted AFTER INSERT ON "Filings" REFERENCING NEW TABLE AS new_rows
                    FOR EACH STATEMENT EXECUTE FUNCTION filing_counts_inserted();
                CREATE TRIGGER filing_counts_updated AFTER UPDATE ON "Filings" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
                    FOR EACH STATEMENT EXECUTE FUNCTION filing_counts_updated();
                CREATE TRIGGER filing_counts_deleted AFTER DELETE ON "Filings" REFERENCING OLD TABLE AS old_rows
                    FOR EACH STATEMENT EXECUTE FUNCTION filing_counts_deleted();
                CREATE TRIGGER filing_counts_truncated AFTER TRUNCATE ON "Filings"
                    FOR EACH STATEMENT EXECUTE FUNCTION filing_counts_truncated();
                INSERT INTO "FilingCounts" ("ProvinceCode", "PlatformId", "Agency", "Status", "PublisherType", "AgeBand", "Count") SELECT "ProvinceCode", "PlatformId", "Agency", "Status", "PublisherType", "AgeBand", count(*) FROM "Filings" GROUP BY "ProvinceCode", "PlatformId", "Agency", "Status", "PublisherType", "AgeBand";
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP TRIGGER filing_counts_inserted ON "Filings";
                DROP TRIGGER filing_counts_updated ON "Filings";
                DROP TRIGGER filing_counts_deleted ON "Filings";
                DROP TRIGGER filing_counts_truncated ON "Filings";
                DROP FUNCTION filing_counts_inserted();
                DROP FUNCTION filing_counts_updated();
                DROP FUNCTION filing_counts_deleted();
                DROP FUNCTION filing_counts_truncated();
                """);

            migrationBuilder.DropTable(
                name: "FilingCounts");
        }
    }
}
