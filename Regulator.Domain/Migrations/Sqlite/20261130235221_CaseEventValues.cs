using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Regulator.Domain.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class CaseEventValues : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "CategoryId",
                table: "CaseEvent",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Measures",
                table: "CaseEvent",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Outcome",
                table: "CaseEvent",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "PreviousCategoryId",
                table: "CaseEvent",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RoutedToProvinceCode",
                table: "CaseEvent",
                type: "TEXT",
                maxLength: 6,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "CategoryId",
                table: "CaseEvent");

            migrationBuilder.DropColumn(
                name: "Measures",
                table: "CaseEvent");

            migrationBuilder.DropColumn(
                name: "Outcome",
                table: "CaseEvent");

            migrationBuilder.DropColumn(
                name: "PreviousCategoryId",
                table: "CaseEvent");

            migrationBuilder.DropColumn(
                name: "RoutedToProvinceCode",
                table: "CaseEvent");
        }
    }
}
