using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Regulator.Domain.Migrations.Npgsql
{
    /// <inheritdoc />
    public partial class AddFilings : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "FilingSubmissions",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    PlatformId = table.Column<int>(type: "integer", nullable: false),
                    ProvinceCode = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    Channel = table.Column<int>(type: "integer", nullable: false),
                    ReceivedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    SubmittedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    FileName = table.Column<string>(type: "character varying(260)", maxLength: 260, nullable: true),
                    ItemCount = table.Column<int>(type: "integer", nullable: false),
                    StoredCount = table.Column<int>(type: "integer", nullable: false),
                    UnchangedCount = table.Column<int>(type: "integer", nullable: false),
                    InvalidCount = table.Column<int>(type: "integer", nullable: false),
                    CorrectionsCsv = table.Column<byte[]>(type: "bytea", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FilingSubmissions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_FilingSubmissions_Platforms_PlatformId",
                        column: x => x.PlatformId,
                        principalTable: "Platforms",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Filings",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    PlatformId = table.Column<int>(type: "integer", nullable: false),
                    ProvinceCode = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    Agency = table.Column<int>(type: "integer", nullable: false),
                    PlatformPublisherId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    PublisherType = table.Column<int>(type: "integer", nullable: false),
                    RealName = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    IdentityCiphertext = table.Column<byte[]>(type: "bytea", maxLength: 128, nullable: false),
                    IdentityBlindIndex = table.Column<byte[]>(type: "bytea", maxLength: 32, nullable: false),
                    IdentityMasked = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: false),
                    AgeBand = table.Column<int>(type: "integer", nullable: true),
                    DisplayNames = table.Column<List<string>>(type: "text[]", nullable: false),
                    ContentKinds = table.Column<int>(type: "integer", nullable: false),
                    GuardianName = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    GuardianRelation = table.Column<int>(type: "integer", nullable: true),
                    GuardianIdentityCiphertext = table.Column<byte[]>(type: "bytea", maxLength: 128, nullable: true),
                    GuardianIdentityBlindIndex = table.Column<byte[]>(type: "bytea", maxLength: 32, nullable: true),
                    GuardianIdentityMasked = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: true),
                    GuardianConsentDate = table.Column<DateOnly>(type: "date", nullable: true),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    StatusReason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    ContentFingerprint = table.Column<byte[]>(type: "bytea", maxLength: 32, nullable: false),
                    SubmissionId = table.Column<long>(type: "bigint", nullable: false),
                    FiledOn = table.Column<DateOnly>(type: "date", nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ReviewedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Filings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Filings_FilingSubmissions_SubmissionId",
                        column: x => x.SubmissionId,
                        principalTable: "FilingSubmissions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Filings_Platforms_PlatformId",
                        column: x => x.PlatformId,
                        principalTable: "Platforms",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "FilingHistory",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    FilingId = table.Column<long>(type: "bigint", nullable: false),
                    PlatformId = table.Column<int>(type: "integer", nullable: false),
                    ProvinceCode = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    OccurredUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Event = table.Column<int>(type: "integer", nullable: false),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    Actor = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    ByRegulator = table.Column<bool>(type: "boolean", nullable: false),
                    Reason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FilingHistory", x => x.Id);
                    table.ForeignKey(
                        name: "FK_FilingHistory_Filings_FilingId",
                        column: x => x.FilingId,
                        principalTable: "Filings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_FilingHistory_FilingId_OccurredUtc",
                table: "FilingHistory",
                columns: new[] { "FilingId", "OccurredUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_Filings_CreatedUtc_Id",
                table: "Filings",
                columns: new[] { "CreatedUtc", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Filings_IdentityBlindIndex_PlatformId",
                table: "Filings",
                columns: new[] { "IdentityBlindIndex", "PlatformId" });

            migrationBuilder.CreateIndex(
                name: "IX_Filings_PlatformId_CreatedUtc_Id",
                table: "Filings",
                columns: new[] { "PlatformId", "CreatedUtc", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Filings_PlatformId_PlatformPublisherId",
                table: "Filings",
                columns: new[] { "PlatformId", "PlatformPublisherId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Filings_ProvinceCode_CreatedUtc_Id",
                table: "Filings",
                columns: new[] { "ProvinceCode", "CreatedUtc", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Filings_ProvinceCode_Status_CreatedUtc_Id",
                table: "Filings",
                columns: new[] { "ProvinceCode", "Status", "CreatedUtc", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Filings_Status_CreatedUtc_Id",
                table: "Filings",
                columns: new[] { "Status", "CreatedUtc", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Filings_SubmissionId_Status",
                table: "Filings",
                columns: new[] { "SubmissionId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_FilingSubmissions_PlatformId_ReceivedUtc",
                table: "FilingSubmissions",
                columns: new[] { "PlatformId", "ReceivedUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_FilingSubmissions_ProvinceCode_ReceivedUtc",
                table: "FilingSubmissions",
                columns: new[] { "ProvinceCode", "ReceivedUtc" });

            // Only blind index and platform, without province: lets any province count "also filed on N platforms"
            // deliberately outside the scoping filter, without exposing another province's filings (see IdentityLink).
            migrationBuilder.Sql("CREATE VIEW \"FilingIdentityLinks\" AS SELECT \"IdentityBlindIndex\" AS \"BlindIndex\", \"PlatformId\" FROM \"Filings\";");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP VIEW \"FilingIdentityLinks\";");

            migrationBuilder.DropTable(
                name: "FilingHistory");

            migrationBuilder.DropTable(
                name: "Filings");

            migrationBuilder.DropTable(
                name: "FilingSubmissions");
        }
    }
}
