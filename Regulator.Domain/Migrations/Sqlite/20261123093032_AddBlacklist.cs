using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Regulator.Domain.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AddBlacklist : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "BlacklistChanges",
                columns: table => new
                {
                    Version = table.Column<long>(type: "INTEGER", nullable: false),
                    BlindIndex = table.Column<byte[]>(type: "BLOB", maxLength: 32, nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    Severity = table.Column<int>(type: "INTEGER", nullable: true),
                    EndsOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ChangedUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BlacklistChanges", x => x.Version);
                });

            migrationBuilder.CreateTable(
                name: "BlacklistCheckTallies",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PlatformId = table.Column<int>(type: "INTEGER", nullable: false),
                    ProvinceCode = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    Day = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Checks = table.Column<long>(type: "INTEGER", nullable: false),
                    OnList = table.Column<long>(type: "INTEGER", nullable: false),
                    Invalid = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BlacklistCheckTallies", x => x.Id);
                    table.ForeignKey(
                        name: "FK_BlacklistCheckTallies_Platforms_PlatformId",
                        column: x => x.PlatformId,
                        principalTable: "Platforms",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "BlacklistEntries",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ProvinceCode = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    Agency = table.Column<int>(type: "INTEGER", nullable: false),
                    ReportingPlatformId = table.Column<int>(type: "INTEGER", nullable: true),
                    IdentityCiphertext = table.Column<byte[]>(type: "BLOB", nullable: false),
                    IdentityBlindIndex = table.Column<byte[]>(type: "BLOB", maxLength: 32, nullable: false),
                    IdentityMasked = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    DisplayNames = table.Column<string>(type: "TEXT", nullable: false),
                    PlatformIds = table.Column<string>(type: "TEXT", nullable: false),
                    CategoryId = table.Column<int>(type: "INTEGER", nullable: false),
                    Facts = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    EvidenceReferences = table.Column<string>(type: "TEXT", nullable: false),
                    RequestedSeverity = table.Column<int>(type: "INTEGER", nullable: false),
                    RequestedEndsOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Severity = table.Column<int>(type: "INTEGER", nullable: false),
                    StartsOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    EndsOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    EscalatedByEntryId = table.Column<long>(type: "INTEGER", nullable: true),
                    State = table.Column<int>(type: "INTEGER", nullable: false),
                    LiftGround = table.Column<int>(type: "INTEGER", nullable: true),
                    IsCirculatedNationally = table.Column<bool>(type: "INTEGER", nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    PublishedUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Revision = table.Column<int>(type: "INTEGER", nullable: false),
                    History = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BlacklistEntries", x => x.Id);
                    table.ForeignKey(
                        name: "FK_BlacklistEntries_ReportCategories_CategoryId",
                        column: x => x.CategoryId,
                        principalTable: "ReportCategories",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "BlacklistFeedVersions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BlacklistFeedVersions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "BlacklistFilingAlerts",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ProvinceCode = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    PlatformId = table.Column<int>(type: "INTEGER", nullable: false),
                    PlatformPublisherId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    IdentityMasked = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    EntryId = table.Column<long>(type: "INTEGER", nullable: false),
                    RaisedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    AcknowledgedUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    AcknowledgedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BlacklistFilingAlerts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_BlacklistFilingAlerts_BlacklistEntries_EntryId",
                        column: x => x.EntryId,
                        principalTable: "BlacklistEntries",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_BlacklistFilingAlerts_Platforms_PlatformId",
                        column: x => x.PlatformId,
                        principalTable: "Platforms",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.InsertData(
                table: "BlacklistFeedVersions",
                columns: new[] { "Id", "Version" },
                values: new object[] { 1, 0L });

            migrationBuilder.CreateIndex(
                name: "IX_BlacklistCheckTallies_PlatformId_Day",
                table: "BlacklistCheckTallies",
                columns: new[] { "PlatformId", "Day" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_BlacklistCheckTallies_ProvinceCode_Day",
                table: "BlacklistCheckTallies",
                columns: new[] { "ProvinceCode", "Day" });

            migrationBuilder.CreateIndex(
                name: "IX_BlacklistEntries_CategoryId",
                table: "BlacklistEntries",
                column: "CategoryId");

            migrationBuilder.CreateIndex(
                name: "IX_BlacklistEntries_IdentityBlindIndex",
                table: "BlacklistEntries",
                column: "IdentityBlindIndex");

            migrationBuilder.CreateIndex(
                name: "IX_BlacklistEntries_ProvinceCode_State_UpdatedUtc_Id",
                table: "BlacklistEntries",
                columns: new[] { "ProvinceCode", "State", "UpdatedUtc", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_BlacklistEntries_State_EndsOn",
                table: "BlacklistEntries",
                columns: new[] { "State", "EndsOn" });

            migrationBuilder.CreateIndex(
                name: "IX_BlacklistEntries_State_UpdatedUtc_Id",
                table: "BlacklistEntries",
                columns: new[] { "State", "UpdatedUtc", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_BlacklistFilingAlerts_EntryId",
                table: "BlacklistFilingAlerts",
                column: "EntryId");

            migrationBuilder.CreateIndex(
                name: "IX_BlacklistFilingAlerts_PlatformId_PlatformPublisherId_EntryId",
                table: "BlacklistFilingAlerts",
                columns: new[] { "PlatformId", "PlatformPublisherId", "EntryId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_BlacklistFilingAlerts_ProvinceCode_AcknowledgedUtc_RaisedUtc",
                table: "BlacklistFilingAlerts",
                columns: new[] { "ProvinceCode", "AcknowledgedUtc", "RaisedUtc" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "BlacklistChanges");

            migrationBuilder.DropTable(
                name: "BlacklistCheckTallies");

            migrationBuilder.DropTable(
                name: "BlacklistFeedVersions");

            migrationBuilder.DropTable(
                name: "BlacklistFilingAlerts");

            migrationBuilder.DropTable(
                name: "BlacklistEntries");
        }
    }
}
