using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Regulator.Domain.Migrations.Npgsql
{
    /// <inheritdoc />
    public partial class ReportIntakeIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_ReportCases_ProvinceCode_AssigneeId_FirstReceivedUtc_Id",
                table: "ReportCases");

            migrationBuilder.DropIndex(
                name: "IX_ReportCases_ProvinceCode_MinorInvolved_FirstReceivedUtc_Id",
                table: "ReportCases");

            migrationBuilder.AlterTable(
                name: "ReportCases")
                .Annotation("Npgsql:StorageParameter:fillfactor", 70);

            migrationBuilder.CreateIndex(
                name: "IX_ReportCases_Minors",
                table: "ReportCases",
                columns: new[] { "ProvinceCode", "FirstReceivedUtc", "Id" },
                filter: "\"MinorInvolved\"");

            migrationBuilder.CreateIndex(
                name: "IX_ReportCases_ProvinceCode_AssigneeId_FirstReceivedUtc_Id",
                table: "ReportCases",
                columns: new[] { "ProvinceCode", "AssigneeId", "FirstReceivedUtc", "Id" },
                filter: "\"AssigneeId\" IS NOT NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_ReportCases_Minors",
                table: "ReportCases");

            migrationBuilder.DropIndex(
                name: "IX_ReportCases_ProvinceCode_AssigneeId_FirstReceivedUtc_Id",
                table: "ReportCases");

            migrationBuilder.AlterTable(
                name: "ReportCases")
                .OldAnnotation("Npgsql:StorageParameter:fillfactor", 70);

            migrationBuilder.CreateIndex(
                name: "IX_ReportCases_ProvinceCode_AssigneeId_FirstReceivedUtc_Id",
                table: "ReportCases",
                columns: new[] { "ProvinceCode", "AssigneeId", "FirstReceivedUtc", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_ReportCases_ProvinceCode_MinorInvolved_FirstReceivedUtc_Id",
                table: "ReportCases",
                columns: new[] { "ProvinceCode", "MinorInvolved", "FirstReceivedUtc", "Id" });
        }
    }
}
