using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Regulator.Domain.Migrations.Npgsql
{
    /// <inheritdoc />
    public partial class InboxIndexesByProvince : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_ReportCases_CategoryId",
                table: "ReportCases");

            migrationBuilder.DropIndex(
                name: "IX_ReportCases_DueUtc_Id",
                table: "ReportCases");

            migrationBuilder.DropIndex(
                name: "IX_ReportCases_FirstReceivedUtc_Id",
                table: "ReportCases");

            migrationBuilder.DropIndex(
                name: "IX_ReportCases_ProvinceCode_CategoryId_FirstReceivedUtc_Id",
                table: "ReportCases");

            migrationBuilder.DropIndex(
                name: "IX_ReportCases_Status_DueUtc_Id",
                table: "ReportCases");

            migrationBuilder.DropIndex(
                name: "IX_ReportCases_Status_FirstReceivedUtc_Id",
                table: "ReportCases");

            migrationBuilder.CreateIndex(
                name: "IX_ReportCases_CategoryId_ProvinceCode_FirstReceivedUtc_Id",
                table: "ReportCases",
                columns: new[] { "CategoryId", "ProvinceCode", "FirstReceivedUtc", "Id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_ReportCases_CategoryId_ProvinceCode_FirstReceivedUtc_Id",
                table: "ReportCases");

            migrationBuilder.CreateIndex(
                name: "IX_ReportCases_CategoryId",
                table: "ReportCases",
                column: "CategoryId");

            migrationBuilder.CreateIndex(
                name: "IX_ReportCases_DueUtc_Id",
                table: "ReportCases",
                columns: new[] { "DueUtc", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_ReportCases_FirstReceivedUtc_Id",
                table: "ReportCases",
                columns: new[] { "FirstReceivedUtc", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_ReportCases_ProvinceCode_CategoryId_FirstReceivedUtc_Id",
                table: "ReportCases",
                columns: new[] { "ProvinceCode", "CategoryId", "FirstReceivedUtc", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_ReportCases_Status_DueUtc_Id",
                table: "ReportCases",
                columns: new[] { "Status", "DueUtc", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_ReportCases_Status_FirstReceivedUtc_Id",
                table: "ReportCases",
                columns: new[] { "Status", "FirstReceivedUtc", "Id" });
        }
    }
}
