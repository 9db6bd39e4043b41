using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace Regulator.Domain.Migrations.Npgsql
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AspNetRoles",
                columns: table => new
                {
                    Id = table.Column<string>(type: "text", nullable: false),
                    Name = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    NormalizedName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetRoles", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUsers",
                columns: table => new
                {
                    Id = table.Column<string>(type: "text", nullable: false),
                    DisplayName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Agency = table.Column<int>(type: "integer", nullable: false),
                    ProvinceCode = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: true),
                    CreatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UserName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    NormalizedUserName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    Email = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    NormalizedEmail = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    EmailConfirmed = table.Column<bool>(type: "boolean", nullable: false),
                    PasswordHash = table.Column<string>(type: "text", nullable: true),
                    SecurityStamp = table.Column<string>(type: "text", nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "text", nullable: true),
                    PhoneNumber = table.Column<string>(type: "text", nullable: true),
                    PhoneNumberConfirmed = table.Column<bool>(type: "boolean", nullable: false),
                    TwoFactorEnabled = table.Column<bool>(type: "boolean", nullable: false),
                    LockoutEnd = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    LockoutEnabled = table.Column<bool>(type: "boolean", nullable: false),
                    AccessFailedCount = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUsers", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AuditEntries",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    OccurredUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    UserName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    Action = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    RecordType = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    RecordId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    ProvinceCode = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: true),
                    IpAddress = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    Reason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    Details = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AuditEntries", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "BlacklistChanges",
                columns: table => new
                {
                    Version = table.Column<long>(type: "bigint", nullable: false),
                    BlindIndex = table.Column<byte[]>(type: "bytea", maxLength: 32, nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    Severity = table.Column<int>(type: "integer", nullable: true),
                    EndsOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ChangedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BlacklistChanges", x => x.Version);
                });

            migrationBuilder.CreateTable(
                name: "BlacklistFeedVersions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BlacklistFeedVersions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "DataProtectionKeys",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    FriendlyName = table.Column<string>(type: "text", nullable: true),
                    Xml = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DataProtectionKeys", x => x.Id);
                });

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
                name: "Platforms",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Uscc = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: false),
                    ProvinceCode = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    Agency = table.Column<int>(type: "integer", nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Platforms", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ReportCategories",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:IdentitySequenceOptions", "'1000', '1', '', '', 'False', '1'")
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Code = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    NameZh = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    NameEn = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Source = table.Column<int>(type: "integer", nullable: false),
                    Article = table.Column<int>(type: "integer", nullable: false),
                    DeadlineWorkingDays = table.Column<int>(type: "integer", nullable: false),
                    BasePriority = table.Column<int>(type: "integer", nullable: false),
                    IsActive = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReportCategories", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AspNetRoleClaims",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    RoleId = table.Column<string>(type: "text", nullable: false),
                    ClaimType = table.Column<string>(type: "text", nullable: true),
                    ClaimValue = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetRoleClaims", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AspNetRoleClaims_AspNetRoles_RoleId",
                        column: x => x.RoleId,
                        principalTable: "AspNetRoles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserClaims",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    UserId = table.Column<string>(type: "text", nullable: false),
                    ClaimType = table.Column<string>(type: "text", nullable: true),
                    ClaimValue = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserClaims", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AspNetUserClaims_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserLogins",
                columns: table => new
                {
                    LoginProvider = table.Column<string>(type: "text", nullable: false),
                    ProviderKey = table.Column<string>(type: "text", nullable: false),
                    ProviderDisplayName = table.Column<string>(type: "text", nullable: true),
                    UserId = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserLogins", x => new { x.LoginProvider, x.ProviderKey });
                    table.ForeignKey(
                        name: "FK_AspNetUserLogins_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserRoles",
                columns: table => new
                {
                    UserId = table.Column<string>(type: "text", nullable: false),
                    RoleId = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserRoles", x => new { x.UserId, x.RoleId });
                    table.ForeignKey(
                        name: "FK_AspNetUserRoles_AspNetRoles_RoleId",
                        column: x => x.RoleId,
                        principalTable: "AspNetRoles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_AspNetUserRoles_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserTokens",
                columns: table => new
                {
                    UserId = table.Column<string>(type: "text", nullable: false),
                    LoginProvider = table.Column<string>(type: "text", nullable: false),
                    Name = table.Column<string>(type: "text", nullable: false),
                    Value = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserTokens", x => new { x.UserId, x.LoginProvider, x.Name });
                    table.ForeignKey(
                        name: "FK_AspNetUserTokens_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "BlacklistCheckTallies",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    PlatformId = table.Column<int>(type: "integer", nullable: false),
                    ProvinceCode = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    Day = table.Column<DateOnly>(type: "date", nullable: false),
                    Checks = table.Column<long>(type: "bigint", nullable: false),
                    OnList = table.Column<long>(type: "bigint", nullable: false),
                    Invalid = table.Column<long>(type: "bigint", nullable: false)
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
                name: "PlatformApiKeys",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    PlatformId = table.Column<int>(type: "integer", nullable: false),
                    Label = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Prefix = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    SecretHash = table.Column<byte[]>(type: "bytea", maxLength: 32, nullable: false),
                    Scopes = table.Column<int>(type: "integer", nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    RevokedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    LastUsedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PlatformApiKeys", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PlatformApiKeys_Platforms_PlatformId",
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
                name: "PlatformLicences",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    PlatformId = table.Column<int>(type: "integer", nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    Number = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    ValidUntil = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PlatformLicences", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PlatformLicences_Platforms_PlatformId",
                        column: x => x.PlatformId,
                        principalTable: "Platforms",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "BlacklistEntries",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ProvinceCode = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    Agency = table.Column<int>(type: "integer", nullable: false),
                    ReportingPlatformId = table.Column<int>(type: "integer", nullable: true),
                    IdentityCiphertext = table.Column<byte[]>(type: "bytea", nullable: false),
                    IdentityBlindIndex = table.Column<byte[]>(type: "bytea", maxLength: 32, nullable: false),
                    IdentityMasked = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    DisplayNames = table.Column<List<string>>(type: "text[]", nullable: false),
                    PlatformIds = table.Column<List<int>>(type: "integer[]", nullable: false),
                    CategoryId = table.Column<int>(type: "integer", nullable: false),
                    Facts = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    EvidenceReferences = table.Column<List<string>>(type: "text[]", nullable: false),
                    RequestedSeverity = table.Column<int>(type: "integer", nullable: false),
                    RequestedEndsOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Severity = table.Column<int>(type: "integer", nullable: false),
                    StartsOn = table.Column<DateOnly>(type: "date", nullable: false),
                    EndsOn = table.Column<DateOnly>(type: "date", nullable: true),
                    EscalatedByEntryId = table.Column<long>(type: "bigint", nullable: true),
                    State = table.Column<int>(type: "integer", nullable: false),
                    LiftGround = table.Column<int>(type: "integer", nullable: true),
                    IsCirculatedNationally = table.Column<bool>(type: "boolean", nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    PublishedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    Revision = table.Column<int>(type: "integer", nullable: false),
                    History = table.Column<string>(type: "text", nullable: false),
                    // Added after the table's first release; kept last so the folded schema matches the old one column for column.
                    SourceCaseId = table.Column<long>(type: "bigint", nullable: true)
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
                name: "ReportCases",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CaseKey = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    CategoryId = table.Column<int>(type: "integer", nullable: false),
                    Agency = table.Column<int>(type: "integer", nullable: false),
                    ProvinceCode = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    PlatformId = table.Column<int>(type: "integer", nullable: true),
                    PlatformName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    AccountLabel = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    Priority = table.Column<int>(type: "integer", nullable: false),
                    MinorInvolved = table.Column<bool>(type: "boolean", nullable: false),
                    ReportCount = table.Column<int>(type: "integer", nullable: false),
                    FirstReceivedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    LastReceivedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    DueUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    AssigneeId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    AssigneeName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    ClosedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    Outcome = table.Column<int>(type: "integer", nullable: true),
                    Measures = table.Column<int>(type: "integer", nullable: false),
                    TransferredTo = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    ClosingNote = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReportCases", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ReportCases_ReportCategories_CategoryId",
                        column: x => x.CategoryId,
                        principalTable: "ReportCategories",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                })
                .Annotation("Npgsql:StorageParameter:fillfactor", 70);

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

            migrationBuilder.CreateTable(
                name: "BlacklistFilingAlerts",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ProvinceCode = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    PlatformId = table.Column<int>(type: "integer", nullable: false),
                    PlatformPublisherId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    IdentityMasked = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    EntryId = table.Column<long>(type: "bigint", nullable: false),
                    RaisedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    AcknowledgedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    AcknowledgedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true)
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

            migrationBuilder.CreateTable(
                name: "CaseEvent",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CaseId = table.Column<long>(type: "bigint", nullable: false),
                    OccurredUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    ActorName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    Details = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CaseEvent", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CaseEvent_ReportCases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "ReportCases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Reports",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ExternalId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    ReceivedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    IngestedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Channel = table.Column<int>(type: "integer", nullable: false),
                    PlatformName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    PlatformUscc = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: true),
                    PlatformId = table.Column<int>(type: "integer", nullable: true),
                    AccountName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    AccountId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    RoomId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Url = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    CategoryId = table.Column<int>(type: "integer", nullable: false),
                    Description = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    EvidenceLinks = table.Column<List<string>>(type: "text[]", nullable: false),
                    MinorInvolved = table.Column<bool>(type: "boolean", nullable: false),
                    ReporterContactCipher = table.Column<byte[]>(type: "bytea", nullable: true),
                    ReporterContactMasked = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    CaseId = table.Column<long>(type: "bigint", nullable: false),
                    ProvinceCode = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Reports", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Reports_ReportCases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "ReportCases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Reports_ReportCategories_CategoryId",
                        column: x => x.CategoryId,
                        principalTable: "ReportCategories",
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

            migrationBuilder.InsertData(
                table: "BlacklistFeedVersions",
                columns: new[] { "Id", "Version" },
                values: new object[] { 1, 0L });

            migrationBuilder.InsertData(
                table: "ReportCategories",
                columns: new[] { "Id", "Article", "BasePriority", "Code", "DeadlineWorkingDays", "IsActive", "NameEn", "NameZh", "Source" },
                values: new object[,]
                {
                    { 1, 6, 1, "harmful-cult", 10, true, "Cult content", "邪教内容", 1 },
                    { 2, 6, 1, "harmful-sexual", 10, true, "Sexual or vulgar content", "色情低俗内容", 1 },
                    { 3, 6, 0, "harmful-proselytizing", 10, true, "Illegal proselytization", "非法传教", 1 },
                    { 4, 6, 0, "harmful-dangerous-conduct", 10, true, "Dangerous conduct", "危险行为", 1 },
                    { 5, 6, 0, "harmful-negative-values", 15, true, "Negative values", "不良价值观", 1 },
                    { 6, 6, 1, "minors-lure-vulgar", 5, true, "Luring minors with vulgar pictures, \"welfare\" or \"materials\"", "以低俗图片、“福利”“资料”诱导未成年人", 1 },
                    { 7, 6, 0, "private-contact-display", 10, true, "Private contact details (phone, WeChat ID, QR code) shown in a broadcast room", "直播间展示私人联系方式", 1 },
                    { 8, 6, 1, "elsagate", 5, true, "\"Elsagate\"-style content", "“儿童邪典”内容", 1 },
                    { 9, 7, 1, "child-celebrity-profiteering", 5, true, "\"Child internet celebrity\" profiteering", "利用“网红儿童”牟利", 1 },
                    { 10, 7, 2, "minors-indecent-poses", 5, true, "Minors in indecent poses to draw traffic or sell goods", "未成年人不雅姿势引流带货", 1 },
                    { 11, 8, 0, "tip-ranking-hype", 15, true, "Tip rankings and fake publicity", "打赏榜单、虚假宣传炒作", 1 },
                    { 12, 8, 1, "minors-induced-spending", 10, true, "Fake spending or tip seeding to induce minors' spending", "虚假消费、带头打赏诱导未成年人消费", 1 },
                    { 13, 8, 0, "minors-adult-account-tipping", 10, true, "Minors tipping through adult accounts", "未成年人使用成年人账号打赏", 1 },
                    { 14, 9, 0, "minor-mode-missing", 15, true, "Missing minor-protection mode features", "未成年人保护模式功能缺失", 1 },
                    { 15, 15, 0, "wealth-flaunting", 15, true, "Showing off wealth, money worship, extravagance", "炫富拜金、奢靡享乐", 1 },
                    { 16, 15, 0, "sorrow-spotlighting", 15, true, "Spotlighting sorrow", "卖惨", 1 },
                    { 17, 15, 0, "distorted-aesthetics", 15, true, "\"Distorted aesthetics\"", "畸形审美", 1 },
                    { 18, 5, 1, "minors-cyberbullying", 3, true, "Cyberbullying of minors", "未成年人网络欺凌", 1 },
                    { 19, 5, 0, "news-unlicensed", 15, true, "News information services without a licence", "无资质从事互联网新闻信息服务", 2 },
                    { 20, 10, 0, "news-distorted", 10, true, "Distorted or falsified news information", "歪曲、篡改新闻信息", 2 },
                    { 21, 9, 1, "obscene-material", 5, true, "Pornographic or obscene material", "传播淫秽色情信息", 2 },
                    { 22, 9, 2, "national-security", 3, true, "Endangering national security or social stability", "危害国家安全、破坏社会稳定", 2 },
                    { 23, 9, 0, "social-order", 10, true, "Disturbing social order or infringing others' rights", "扰乱社会秩序、侵害他人合法权益", 2 },
                    { 24, 19, 0, "other", 15, true, "Other unlawful conduct", "其他违法违规行为", 2 }
                });

            migrationBuilder.CreateIndex(
                name: "IX_AspNetRoleClaims_RoleId",
                table: "AspNetRoleClaims",
                column: "RoleId");

            migrationBuilder.CreateIndex(
                name: "RoleNameIndex",
                table: "AspNetRoles",
                column: "NormalizedName",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserClaims_UserId",
                table: "AspNetUserClaims",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserLogins_UserId",
                table: "AspNetUserLogins",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserRoles_RoleId",
                table: "AspNetUserRoles",
                column: "RoleId");

            migrationBuilder.CreateIndex(
                name: "EmailIndex",
                table: "AspNetUsers",
                column: "NormalizedEmail");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUsers_ProvinceCode",
                table: "AspNetUsers",
                column: "ProvinceCode");

            migrationBuilder.CreateIndex(
                name: "UserNameIndex",
                table: "AspNetUsers",
                column: "NormalizedUserName",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AuditEntries_Action_OccurredUtc",
                table: "AuditEntries",
                columns: new[] { "Action", "OccurredUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_AuditEntries_OccurredUtc",
                table: "AuditEntries",
                column: "OccurredUtc");

            migrationBuilder.CreateIndex(
                name: "IX_AuditEntries_RecordType_RecordId",
                table: "AuditEntries",
                columns: new[] { "RecordType", "RecordId" });

            migrationBuilder.CreateIndex(
                name: "IX_AuditEntries_UserName_OccurredUtc",
                table: "AuditEntries",
                columns: new[] { "UserName", "OccurredUtc" });

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

            migrationBuilder.CreateIndex(
                name: "IX_CaseEvent_CaseId_OccurredUtc",
                table: "CaseEvent",
                columns: new[] { "CaseId", "OccurredUtc" });

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
                name: "IX_PlatformApiKeys_PlatformId",
                table: "PlatformApiKeys",
                column: "PlatformId");

            migrationBuilder.CreateIndex(
                name: "IX_PlatformApiKeys_Prefix",
                table: "PlatformApiKeys",
                column: "Prefix",
                unique: true);

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

            migrationBuilder.CreateIndex(
                name: "IX_PlatformLicences_PlatformId_Kind",
                table: "PlatformLicences",
                columns: new[] { "PlatformId", "Kind" });

            migrationBuilder.CreateIndex(
                name: "IX_Platforms_ProvinceCode_Name",
                table: "Platforms",
                columns: new[] { "ProvinceCode", "Name" });

            migrationBuilder.CreateIndex(
                name: "IX_Platforms_Uscc",
                table: "Platforms",
                column: "Uscc",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ReportCases_CaseKey_Status",
                table: "ReportCases",
                columns: new[] { "CaseKey", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_ReportCases_CategoryId_ProvinceCode_FirstReceivedUtc_Id",
                table: "ReportCases",
                columns: new[] { "CategoryId", "ProvinceCode", "FirstReceivedUtc", "Id" });

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

            migrationBuilder.CreateIndex(
                name: "IX_ReportCases_ProvinceCode_DueUtc_Id",
                table: "ReportCases",
                columns: new[] { "ProvinceCode", "DueUtc", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_ReportCases_ProvinceCode_FirstReceivedUtc_Id",
                table: "ReportCases",
                columns: new[] { "ProvinceCode", "FirstReceivedUtc", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_ReportCases_ProvinceCode_PlatformId_FirstReceivedUtc_Id",
                table: "ReportCases",
                columns: new[] { "ProvinceCode", "PlatformId", "FirstReceivedUtc", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_ReportCases_ProvinceCode_Status_DueUtc_Id",
                table: "ReportCases",
                columns: new[] { "ProvinceCode", "Status", "DueUtc", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_ReportCases_ProvinceCode_Status_FirstReceivedUtc_Id",
                table: "ReportCases",
                columns: new[] { "ProvinceCode", "Status", "FirstReceivedUtc", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_ReportCategories_Code",
                table: "ReportCategories",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Reports_CaseId_ReceivedUtc",
                table: "Reports",
                columns: new[] { "CaseId", "ReceivedUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_Reports_CategoryId",
                table: "Reports",
                column: "CategoryId");

            migrationBuilder.CreateIndex(
                name: "IX_Reports_ExternalId",
                table: "Reports",
                column: "ExternalId",
                unique: true);

            // Hand-written parts of the folded migrations (the model cannot express them).

            // The audit log is append-only at the database too: no UPDATE, DELETE or TRUNCATE, whoever sends it.
            migrationBuilder.Sql("""
                CREATE FUNCTION audit_entries_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN RAISE EXCEPTION 'audit log is append-only'; END $$;
                CREATE TRIGGER audit_entries_no_change BEFORE UPDATE OR DELETE ON "AuditEntries" FOR EACH ROW EXECUTE FUNCTION audit_entries_append_only();
                CREATE TRIGGER audit_entries_no_truncate BEFORE TRUNCATE ON "AuditEntries" FOR EACH STATEMENT EXECUTE FUNCTION audit_entries_append_only();
                """);

            // FilingIdentityLinks is mapped as a keyless view over the filings' blind indexes.
            migrationBuilder.Sql("CREATE VIEW \"FilingIdentityLinks\" AS SELECT \"IdentityBlindIndex\" AS \"BlindIndex\", \"PlatformId\" FROM \"Filings\";");

            // Quartz's job store, as the scheduler in use when the migrations were folded expects it.
            Regulator.Domain.Jobs.SchedulerSchema.Create(migrationBuilder, Regulator.Domain.Jobs.SchedulerSchema.Postgres);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            Regulator.Domain.Jobs.SchedulerSchema.Drop(migrationBuilder, Regulator.Domain.Jobs.SchedulerSchema.Postgres);
            migrationBuilder.Sql("DROP VIEW \"FilingIdentityLinks\";");
            migrationBuilder.Sql("""
                DROP TRIGGER audit_entries_no_truncate ON "AuditEntries";
                DROP TRIGGER audit_entries_no_change ON "AuditEntries";
                DROP FUNCTION audit_entries_append_only();
                """);

            migrationBuilder.DropTable(
                name: "AspNetRoleClaims");

            migrationBuilder.DropTable(
                name: "AspNetUserClaims");

            migrationBuilder.DropTable(
                name: "AspNetUserLogins");

            migrationBuilder.DropTable(
                name: "AspNetUserRoles");

            migrationBuilder.DropTable(
                name: "AspNetUserTokens");

            migrationBuilder.DropTable(
                name: "AuditEntries");

            migrationBuilder.DropTable(
                name: "BlacklistChanges");

            migrationBuilder.DropTable(
                name: "BlacklistCheckTallies");

            migrationBuilder.DropTable(
                name: "BlacklistFeedVersions");

            migrationBuilder.DropTable(
                name: "BlacklistFilingAlerts");

            migrationBuilder.DropTable(
                name: "CaseEvent");

            migrationBuilder.DropTable(
                name: "DataProtectionKeys");

            migrationBuilder.DropTable(
                name: "FilingHistory");

            migrationBuilder.DropTable(
                name: "FindingEvidence");

            migrationBuilder.DropTable(
                name: "GeneratedDocuments");

            migrationBuilder.DropTable(
                name: "JobRuns");

            migrationBuilder.DropTable(
                name: "PlatformApiKeys");

            migrationBuilder.DropTable(
                name: "PlatformInspections");

            migrationBuilder.DropTable(
                name: "PlatformLicences");

            migrationBuilder.DropTable(
                name: "Reports");

            migrationBuilder.DropTable(
                name: "AspNetRoles");

            migrationBuilder.DropTable(
                name: "AspNetUsers");

            migrationBuilder.DropTable(
                name: "BlacklistEntries");

            migrationBuilder.DropTable(
                name: "Filings");

            migrationBuilder.DropTable(
                name: "Findings");

            migrationBuilder.DropTable(
                name: "ReportCases");

            migrationBuilder.DropTable(
                name: "FilingSubmissions");

            migrationBuilder.DropTable(
                name: "Inspections");

            migrationBuilder.DropTable(
                name: "ReportCategories");

            migrationBuilder.DropTable(
                name: "Platforms");
        }
    }
}
