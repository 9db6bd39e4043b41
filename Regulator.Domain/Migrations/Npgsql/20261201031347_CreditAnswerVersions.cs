using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Regulator.Domain.Migrations.Npgsql
{
    /// <inheritdoc />
    public partial class CreditAnswerVersions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "ChangeVersion",
                table: "CreditSubjects",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.CreateTable(
                name: "CreditAnswerVersions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CreditAnswerVersions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "CreditLinkChanges",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Version = table.Column<long>(type: "bigint", nullable: false),
                    PlatformId = table.Column<int>(type: "integer", nullable: false),
                    PlatformPublisherId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CreditLinkChanges", x => x.Id);
                });

            migrationBuilder.InsertData(
                table: "CreditAnswerVersions",
                columns: new[] { "Id", "Version" },
                values: new object[] { 1, 0L });

            migrationBuilder.CreateIndex(
                name: "IX_CreditSubjects_ChangeVersion",
                table: "CreditSubjects",
                column: "ChangeVersion");

            migrationBuilder.CreateIndex(
                name: "IX_CreditLinkChanges_Version",
                table: "CreditLinkChanges",
                column: "Version");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CreditAnswerVersions");

            migrationBuilder.DropTable(
                name: "CreditLinkChanges");

            migrationBuilder.DropIndex(
                name: "IX_CreditSubjects_ChangeVersion",
                table: "CreditSubjects");

            migrationBuilder.DropColumn(
                name: "ChangeVersion",
                table: "CreditSubjects");
        }
    }
}
