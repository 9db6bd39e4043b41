using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Regulator.Domain.Migrations.Npgsql
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
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Measures",
                table: "CaseEvent",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Outcome",
                table: "CaseEvent",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "PreviousCategoryId",
                table: "CaseEvent",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RoutedToProvinceCode",
                table: "CaseEvent",
                type: "character varying(6)",
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
