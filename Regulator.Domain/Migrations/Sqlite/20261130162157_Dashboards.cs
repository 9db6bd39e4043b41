using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Regulator.Domain.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Dashboards : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "DashboardTallies",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Measure = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Day = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ProvinceCode = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    Agency = table.Column<int>(type: "INTEGER", nullable: false),
                    PlatformId = table.Column<int>(type: "INTEGER", nullable: false),
                    CategoryId = table.Column<int>(type: "INTEGER", nullable: false),
                    Key = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Detail = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    DueOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Count = table.Column<int>(type: "INTEGER", nullable: false),
                    Sum = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DashboardTallies", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "DashboardWatermarks",
                columns: table => new
                {
                    Name = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Position = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DashboardWatermarks", x => x.Name);
                });

            migrationBuilder.CreateIndex(
                name: "IX_BlacklistEntries_UpdatedUtc",
                table: "BlacklistEntries",
                column: "UpdatedUtc");

            migrationBuilder.CreateIndex(
                name: "IX_DashboardTallies_Measure_Day",
                table: "DashboardTallies",
                columns: new[] { "Measure", "Day" });

            migrationBuilder.CreateIndex(
                name: "IX_DashboardTallies_ProvinceCode_Measure_Day",
                table: "DashboardTallies",
                columns: new[] { "ProvinceCode", "Measure", "Day" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "DashboardTallies");

            migrationBuilder.DropTable(
                name: "DashboardWatermarks");

            migrationBuilder.DropIndex(
                name: "IX_BlacklistEntries_UpdatedUtc",
                table: "BlacklistEntries");
        }
    }
}
