using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Regulator.Domain.Migrations.Npgsql
{
    /// <inheritdoc />
    public partial class SpotCheckPopulationIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_Filings_SpotCheckPopulation",
                table: "Filings",
                columns: new[] { "ProvinceCode", "Status", "Agency", "ContentKinds", "PlatformId", "Id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Filings_SpotCheckPopulation",
                table: "Filings");
        }
    }
}
