using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Regulator.Domain.Migrations.Sqlite
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
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.CreateTable(
                name: "CreditAnswerVersions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CreditAnswerVersions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "CreditLinkChanges",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Version = table.Column<long>(type: "INTEGER", nullable: false),
                    PlatformId = table.Column<int>(type: "INTEGER", nullable: false),
                    PlatformPublisherId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false)
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
