using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Regulator.Domain.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class IdentityDocuments : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "DocumentType",
                table: "Filings",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "TypedNames",
                table: "FilingHistory",
                type: "TEXT",
                maxLength: 129,
                nullable: true);

            // Every individual filed before document types existed holds a mainland resident ID: the rules accepted no other.
            migrationBuilder.Sql("UPDATE \"Filings\" SET \"DocumentType\" = 1 WHERE \"PublisherType\" = 1");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "DocumentType",
                table: "Filings");

            migrationBuilder.DropColumn(
                name: "TypedNames",
                table: "FilingHistory");
        }
    }
}
