using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Regulator.Domain.Migrations.Sqlite
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
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ProvinceCode = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    PlatformId = table.Column<int>(type: "INTEGER", nullable: false),
                    Agency = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    PublisherType = table.Column<int>(type: "INTEGER", nullable: false),
                    AgeBand = table.Column<int>(type: "INTEGER", nullable: true),
                    Count = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FilingCounts", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_FilingCounts_ProvinceCode_Status_PlatformId",
                table: "FilingCounts",
                columns: new[] { "ProvinceCode", "Status", "PlatformId" });

            // The database keeps the counts itself, so that every way filings arrive or change is counted without each
            // writer having to remember it. SQLite has row triggers only: one row per filing, folded later.
            migrationBuilder.Sql("""
                CREATE TRIGGER filing_counts_inserted AFTER INSERT ON Filings BEGIN
                    INSERT INTO FilingCounts (ProvinceCode, PlatformId, Agency, Status, PublisherType, AgeBand, Count) VALUES (NEW.ProvinceCode, NEW.PlatformId, NEW.Agency, NEW.Status, NEW.PublisherType, NEW.AgeBand, 1);
                END;
                CREATE TRIGGER filing_counts_updated AFTER UPDATE OF ProvinceCode, PlatformId, Agency, Status, PublisherType, AgeBand ON Filings BEGIN
                    INSERT INTO FilingCounts (ProvinceCode, PlatformId, Agency, Status, PublisherType, AgeBand, Count) VALUES (OLD.ProvinceCode, OLD.PlatformId, OLD.Agency, OLD.Status, OLD.PublisherType, OLD.AgeBand, -1), (NEW.ProvinceCode, NEW.PlatformId, NEW.Agency, NEW.Status, NEW.PublisherType, NEW.AgeBand, 1);
                END;
                CREATE TRIGGER filing_counts_deleted AFTER DELETE ON Filings BEGIN
                    INSERT INTO FilingCounts (ProvinceCode, PlatformId, Agency, Status, PublisherType, AgeBand, Count) VALUES (OLD.ProvinceCode, OLD.PlatformId, OLD.Agency, OLD.Status, OLD.PublisherType, OLD.AgeBand, -1);
                END;
                INSERT INTO FilingCounts (ProvinceCode, PlatformId, Agency, Status, PublisherType, AgeBand, Count) SELECT ProvinceCode, PlatformId, Agency, Status, PublisherType, AgeBand, count(*) FROM Filings GROUP BY ProvinceCode, PlatformId, Agency, Status, PublisherType, AgeBand;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP TRIGGER filing_counts_inserted;
                DROP TRIGGER filing_counts_updated;
                DROP TRIGGER filing_counts_deleted;
                """);

            migrationBuilder.DropTable(
                name: "FilingCounts");
        }
    }
}
