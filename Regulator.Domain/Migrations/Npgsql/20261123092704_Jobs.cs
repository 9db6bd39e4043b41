using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Regulator.Domain.Migrations.Npgsql
{
    /// <inheritdoc />
    public partial class Jobs : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "GeneratedDocuments",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Key = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    ProvinceCode = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    PeriodStart = table.Column<DateOnly>(type: "date", nullable: false),
                    PeriodEnd = table.Column<DateOnly>(type: "date", nullable: false),
                    PlatformId = table.Column<int>(type: "integer", nullable: true),
                    InspectionId = table.Column<int>(type: "integer", nullable: true),
                    GeneratedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    FileName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    SizeBytes = table.Column<int>(type: "integer", nullable: false),
                    Content = table.Column<byte[]>(type: "bytea", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_GeneratedDocuments", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Inspections",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    RunKey = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    StartedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CompletedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    InspectedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    PlatformCount = table.Column<int>(type: "integer", nullable: false),
                    FindingCount = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Inspections", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "JobRuns",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    JobName = table.Column<string>(type: "character varying(150)", maxLength: 150, nullable: false),
                    TriggerName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    FireInstanceId = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Node = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ScheduledUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    StartedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    EndedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    Outcome = table.Column<int>(type: "integer", nullable: false),
                    Attempt = table.Column<int>(type: "integer", nullable: false),
                    Recovering = table.Column<bool>(type: "boolean", nullable: false),
                    ProgressPercent = table.Column<int>(type: "integer", nullable: false),
                    ProgressNote = table.Column<string>(type: "character varying(250)", maxLength: 250, nullable: true),
                    Error = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    Produced = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    ProducedHref = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_JobRuns", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Findings",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    InspectionId = table.Column<int>(type: "integer", nullable: false),
                    PlatformId = table.Column<int>(type: "integer", nullable: false),
                    ProvinceCode = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    RuleCode = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Category = table.Column<int>(type: "integer", nullable: false),
                    Severity = table.Column<int>(type: "integer", nullable: false),
                    Article = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    SubjectCount = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Findings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Findings_Inspections_InspectionId",
                        column: x => x.InspectionId,
                        principalTable: "Inspections",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Findings_Platforms_PlatformId",
                        column: x => x.PlatformId,
                        principalTable: "Platforms",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PlatformInspections",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    InspectionId = table.Column<int>(type: "integer", nullable: false),
                    PlatformId = table.Column<int>(type: "integer", nullable: false),
                    ProvinceCode = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    CompletedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    FindingCount = table.Column<int>(type: "integer", nullable: false),
                    DocumentId = table.Column<long>(type: "bigint", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PlatformInspections", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PlatformInspections_Inspections_InspectionId",
                        column: x => x.InspectionId,
                        principalTable: "Inspections",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_PlatformInspections_Platforms_PlatformId",
                        column: x => x.PlatformId,
                        principalTable: "Platforms",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "FindingEvidence",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    FindingId = table.Column<long>(type: "bigint", nullable: false),
                    Description = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    MaskedIdentity = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    RecordHref = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FindingEvidence", x => x.Id);
                    table.ForeignKey(
                        name: "FK_FindingEvidence_Findings_FindingId",
                        column: x => x.FindingId,
                        principalTable: "Findings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_FindingEvidence_FindingId",
                table: "FindingEvidence",
                column: "FindingId");

            migrationBuilder.CreateIndex(
                name: "IX_Findings_InspectionId_PlatformId_RuleCode",
                table: "Findings",
                columns: new[] { "InspectionId", "PlatformId", "RuleCode" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Findings_PlatformId_InspectionId",
                table: "Findings",
                columns: new[] { "PlatformId", "InspectionId" });

            migrationBuilder.CreateIndex(
                name: "IX_Findings_ProvinceCode_InspectionId",
                table: "Findings",
                columns: new[] { "ProvinceCode", "InspectionId" });

            migrationBuilder.CreateIndex(
                name: "IX_GeneratedDocuments_GeneratedUtc_Id",
                table: "GeneratedDocuments",
                columns: new[] { "GeneratedUtc", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_GeneratedDocuments_Key",
                table: "GeneratedDocuments",
                column: "Key",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_GeneratedDocuments_ProvinceCode_Kind_GeneratedUtc",
                table: "GeneratedDocuments",
                columns: new[] { "ProvinceCode", "Kind", "GeneratedUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_Inspections_InspectedOn",
                table: "Inspections",
                column: "InspectedOn");

            migrationBuilder.CreateIndex(
                name: "IX_Inspections_RunKey",
                table: "Inspections",
                column: "RunKey",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_JobRuns_FireInstanceId",
                table: "JobRuns",
                column: "FireInstanceId");

            migrationBuilder.CreateIndex(
                name: "IX_JobRuns_JobName_StartedUtc",
                table: "JobRuns",
                columns: new[] { "JobName", "StartedUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_JobRuns_StartedUtc_Id",
                table: "JobRuns",
                columns: new[] { "StartedUtc", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_PlatformInspections_InspectionId_PlatformId",
                table: "PlatformInspections",
                columns: new[] { "InspectionId", "PlatformId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PlatformInspections_PlatformId",
                table: "PlatformInspections",
                column: "PlatformId");

            migrationBuilder.CreateIndex(
                name: "IX_PlatformInspections_ProvinceCode_InspectionId",
                table: "PlatformInspections",
                columns: new[] { "ProvinceCode", "InspectionId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "FindingEvidence");

            migrationBuilder.DropTable(
                name: "GeneratedDocuments");

            migrationBuilder.DropTable(
                name: "JobRuns");

            migrationBuilder.DropTable(
                name: "PlatformInspections");

            migrationBuilder.DropTable(
                name: "Findings");

            migrationBuilder.DropTable(
                name: "Inspections");
        }
    }
}
