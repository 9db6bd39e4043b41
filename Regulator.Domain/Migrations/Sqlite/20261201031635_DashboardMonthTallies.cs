using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Regulator.Domain.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class DashboardMonthTallies : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "DashboardMonthTallies",
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
                    Count = table.Column<int>(type: "INTEGER", nullable: false),
                    Sum = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DashboardMonthTallies", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_DashboardTallies_Open",
                table: "DashboardTallies",
                columns: new[] { "Measure", "DueOn" },
                filter: "\"DueOn\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_DashboardMonthTallies_Measure_Day",
                table: "DashboardMonthTallies",
                columns: new[] { "Measure", "Day" });

            migrationBuilder.CreateIndex(
                name: "IX_DashboardMonthTallies_ProvinceCode_Measure_Day",
                table: "DashboardMonthTallies",
                columns: new[] { "ProvinceCode", "Measure", "Day" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "DashboardMonthTallies");

            migrationBuilder.DropIndex(
                name: "IX_DashboardTallies_Open",
                table: "DashboardTallies");
        }
    }
}
