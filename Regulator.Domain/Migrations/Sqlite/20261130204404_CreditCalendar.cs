using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace Regulator.Domain.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class CreditCalendar : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "Withdrawn",
                table: "UntrustworthyCriteria",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateTable(
                name: "CalendarAdjustments",
                columns: table => new
                {
                    Day = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    UpdatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CalendarAdjustments", x => x.Day);
                });

            migrationBuilder.InsertData(
                table: "CalendarAdjustments",
                columns: new[] { "Day", "Kind", "Name", "UpdatedBy", "UpdatedUtc" },
                values: new object[,]
                {
                    { new DateOnly(2026, 1, 1), 1, "元旦", "system", new DateTime(2026, 11, 30, 0, 0, 0, 0, DateTimeKind.Utc) },
                    { new DateOnly(2026, 1, 2), 1, "元旦", "system", new DateTime(2026, 11, 30, 0, 0, 0, 0, DateTimeKind.Utc) },
                    { new DateOnly(2026, 1, 3), 1, "元旦", "system", new DateTime(2026, 11, 30, 0, 0, 0, 0, DateTimeKind.Utc) },
                    { new DateOnly(2026, 1, 4), 2, "元旦调休上班", "system", new DateTime(2026, 11, 30, 0, 0, 0, 0, DateTimeKind.Utc) },
                    { new DateOnly(2026, 2, 14), 2, "春节调休上班", "system", new DateTime(2026, 11, 30, 0, 0, 0, 0, DateTimeKind.Utc) },
                    { new DateOnly(2026, 2, 15), 1, "春节", "system", new DateTime(2026, 11, 30, 0, 0, 0, 0, DateTimeKind.Utc) },
                    { new DateOnly(2026, 2, 16), 1, "春节", "system", new DateTime(2026, 11, 30, 0, 0, 0, 0, DateTimeKind.Utc) },
                    { new DateOnly(2026, 2, 17), 1, "春节", "system", new DateTime(2026, 11, 30, 0, 0, 0, 0, DateTimeKind.Utc) },
                    { new DateOnly(2026, 2, 18), 1, "春节", "system", new DateTime(2026, 11, 30, 0, 0, 0, 0, DateTimeKind.Utc) },
                    { new DateOnly(2026, 2, 19), 1, "春节", "system", new DateTime(2026, 11, 30, 0, 0, 0, 0, DateTimeKind.Utc) },
                    { new DateOnly(2026, 2, 20), 1, "春节", "system", new DateTime(2026, 11, 30, 0, 0, 0, 0, DateTimeKind.Utc) },
                    { new DateOnly(2026, 2, 21), 1, "春节", "system", new DateTime(2026, 11, 30, 0, 0, 0, 0, DateTimeKind.Utc) },
                    { new DateOnly(2026, 2, 22), 1, "春节", "system", new DateTime(2026, 11, 30, 0, 0, 0, 0, DateTimeKind.Utc) },
                    { new DateOnly(2026, 2, 23), 1, "春节", "system", new DateTime(2026, 11, 30, 0, 0, 0, 0, DateTimeKind.Utc) },
                    { new DateOnly(2026, 2, 28), 2, "春节调休上班", "system", new DateTime(2026, 11, 30, 0, 0, 0, 0, DateTimeKind.Utc) },
                    { new DateOnly(2026, 4, 4), 1, "清明节", "system", new DateTime(2026, 11, 30, 0, 0, 0, 0, DateTimeKind.Utc) },
                    { new DateOnly(2026, 4, 5), 1, "清明节", "system", new DateTime(2026, 11, 30, 0, 0, 0, 0, DateTimeKind.Utc) },
                    { new DateOnly(2026, 4, 6), 1, "清明节", "system", new DateTime(2026, 11, 30, 0, 0, 0, 0, DateTimeKind.Utc) },
                    { new DateOnly(2026, 5, 1), 1, "劳动节", "system", new DateTime(2026, 11, 30, 0, 0, 0, 0, DateTimeKind.Utc) },
                    { new DateOnly(2026, 5, 2), 1, "劳动节", "system", new DateTime(2026, 11, 30, 0, 0, 0, 0, DateTimeKind.Utc) },
                    { new DateOnly(2026, 5, 3), 1, "劳动节", "system", new DateTime(2026, 11, 30, 0, 0, 0, 0, DateTimeKind.Utc) },
                    { new DateOnly(2026, 5, 4), 1, "劳动节", "system", new DateTime(2026, 11, 30, 0, 0, 0, 0, DateTimeKind.Utc) },
                    { new DateOnly(2026, 5, 5), 1, "劳动节", "system", new DateTime(2026, 11, 30, 0, 0, 0, 0, DateTimeKind.Utc) },
                    { new DateOnly(2026, 5, 9), 2, "劳动节调休上班", "system", new DateTime(2026, 11, 30, 0, 0, 0, 0, DateTimeKind.Utc) },
                    { new DateOnly(2026, 6, 19), 1, "端午节", "system", new DateTime(2026, 11, 30, 0, 0, 0, 0, DateTimeKind.Utc) },
                    { new DateOnly(2026, 6, 20), 1, "端午节", "system", new DateTime(2026, 11, 30, 0, 0, 0, 0, DateTimeKind.Utc) },
                    { new DateOnly(2026, 6, 21), 1, "端午节", "system", new DateTime(2026, 11, 30, 0, 0, 0, 0, DateTimeKind.Utc) },
                    { new DateOnly(2026, 9, 20), 2, "中秋节调休上班", "system", new DateTime(2026, 11, 30, 0, 0, 0, 0, DateTimeKind.Utc) },
                    { new DateOnly(2026, 9, 25), 1, "中秋节", "system", new DateTime(2026, 11, 30, 0, 0, 0, 0, DateTimeKind.Utc) },
                    { new DateOnly(2026, 9, 26), 1, "中秋节", "system", new DateTime(2026, 11, 30, 0, 0, 0, 0, DateTimeKind.Utc) },
                    { new DateOnly(2026, 9, 27), 1, "中秋节", "system", new DateTime(2026, 11, 30, 0, 0, 0, 0, DateTimeKind.Utc) },
                    { new DateOnly(2026, 10, 1), 1, "国庆节", "system", new DateTime(2026, 11, 30, 0, 0, 0, 0, DateTimeKind.Utc) },
                    { new DateOnly(2026, 10, 2), 1, "国庆节", "system", new DateTime(2026, 11, 30, 0, 0, 0, 0, DateTimeKind.Utc) },
                    { new DateOnly(2026, 10, 3), 1, "国庆节", "system", new DateTime(2026, 11, 30, 0, 0, 0, 0, DateTimeKind.Utc) },
                    { new DateOnly(2026, 10, 4), 1, "国庆节", "system", new DateTime(2026, 11, 30, 0, 0, 0, 0, DateTimeKind.Utc) },
                    { new DateOnly(2026, 10, 5), 1, "国庆节", "system", new DateTime(2026, 11, 30, 0, 0, 0, 0, DateTimeKind.Utc) },
                    { new DateOnly(2026, 10, 6), 1, "国庆节", "system", new DateTime(2026, 11, 30, 0, 0, 0, 0, DateTimeKind.Utc) },
                    { new DateOnly(2026, 10, 7), 1, "国庆节", "system", new DateTime(2026, 11, 30, 0, 0, 0, 0, DateTimeKind.Utc) },
                    { new DateOnly(2026, 10, 10), 2, "国庆节调休上班", "system", new DateTime(2026, 11, 30, 0, 0, 0, 0, DateTimeKind.Utc) },
                    { new DateOnly(2027, 1, 1), 1, "元旦", "system", new DateTime(2026, 11, 30, 0, 0, 0, 0, DateTimeKind.Utc) },
                    { new DateOnly(2027, 2, 5), 1, "春节", "system", new DateTime(2026, 11, 30, 0, 0, 0, 0, DateTimeKind.Utc) },
                    { new DateOnly(2027, 2, 6), 1, "春节", "system", new DateTime(2026, 11, 30, 0, 0, 0, 0, DateTimeKind.Utc) },
                    { new DateOnly(2027, 2, 7), 1, "春节", "system", new DateTime(2026, 11, 30, 0, 0, 0, 0, DateTimeKind.Utc) },
                    { new DateOnly(2027, 2, 8), 1, "春节", "system", new DateTime(2026, 11, 30, 0, 0, 0, 0, DateTimeKind.Utc) },
                    { new DateOnly(2027, 4, 5), 1, "清明节", "system", new DateTime(2026, 11, 30, 0, 0, 0, 0, DateTimeKind.Utc) },
                    { new DateOnly(2027, 5, 1), 1, "劳动节", "system", new DateTime(2026, 11, 30, 0, 0, 0, 0, DateTimeKind.Utc) },
                    { new DateOnly(2027, 5, 2), 1, "劳动节", "system", new DateTime(2026, 11, 30, 0, 0, 0, 0, DateTimeKind.Utc) },
                    { new DateOnly(2027, 6, 9), 1, "端午节", "system", new DateTime(2026, 11, 30, 0, 0, 0, 0, DateTimeKind.Utc) },
                    { new DateOnly(2027, 9, 15), 1, "中秋节", "system", new DateTime(2026, 11, 30, 0, 0, 0, 0, DateTimeKind.Utc) },
                    { new DateOnly(2027, 10, 1), 1, "国庆节", "system", new DateTime(2026, 11, 30, 0, 0, 0, 0, DateTimeKind.Utc) },
                    { new DateOnly(2027, 10, 2), 1, "国庆节", "system", new DateTime(2026, 11, 30, 0, 0, 0, 0, DateTimeKind.Utc) },
                    { new DateOnly(2027, 10, 3), 1, "国庆节", "system", new DateTime(2026, 11, 30, 0, 0, 0, 0, DateTimeKind.Utc) }
                });

            migrationBuilder.UpdateData(
                table: "UntrustworthyCriteria",
                keyColumn: "Id",
                keyValue: 1,
                column: "Withdrawn",
                value: false);

            migrationBuilder.UpdateData(
                table: "UntrustworthyCriteria",
                keyColumn: "Id",
                keyValue: 2,
                column: "Withdrawn",
                value: false);

            migrationBuilder.UpdateData(
                table: "UntrustworthyCriteria",
                keyColumn: "Id",
                keyValue: 3,
                column: "Withdrawn",
                value: false);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CalendarAdjustments");

            migrationBuilder.DropColumn(
                name: "Withdrawn",
                table: "UntrustworthyCriteria");
        }
    }
}
