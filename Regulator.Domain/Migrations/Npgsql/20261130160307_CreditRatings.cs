using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace Regulator.Domain.Migrations.Npgsql
{
    /// <inheritdoc />
    public partial class CreditRatings : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AdministrativePenalties",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    SubjectId = table.Column<long>(type: "bigint", nullable: false),
                    ProvinceCode = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    Agency = table.Column<int>(type: "integer", nullable: false),
                    DocumentNumber = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    DecidedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Severity = table.Column<int>(type: "integer", nullable: false),
                    Summary = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    RecordedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    RecordedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AdministrativePenalties", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "CreditGradeChanges",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    SubjectId = table.Column<long>(type: "bigint", nullable: false),
                    ProvinceCode = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    ChangedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    FromGrade = table.Column<int>(type: "integer", nullable: true),
                    ToGrade = table.Column<int>(type: "integer", nullable: false),
                    FromScore = table.Column<int>(type: "integer", nullable: true),
                    ToScore = table.Column<int>(type: "integer", nullable: false),
                    ModelVersion = table.Column<int>(type: "integer", nullable: false),
                    Reason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CreditGradeChanges", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "CreditRatingModels",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    State = table.Column<int>(type: "integer", nullable: false),
                    BaseScore = table.Column<int>(type: "integer", nullable: false),
                    ThresholdA = table.Column<int>(type: "integer", nullable: false),
                    ThresholdB = table.Column<int>(type: "integer", nullable: false),
                    ThresholdC = table.Column<int>(type: "integer", nullable: false),
                    PlatformPublisherPenalty = table.Column<int>(type: "integer", nullable: false),
                    CleanPeriodDays = table.Column<int>(type: "integer", nullable: false),
                    Notes = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    PublishedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    PublishedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    PublishReason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CreditRatingModels", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "CreditSourceWatermarks",
                columns: table => new
                {
                    Source = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    LastUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    LastId = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CreditSourceWatermarks", x => x.Source);
                });

            migrationBuilder.CreateTable(
                name: "CreditSubjects",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    IdentityBlindIndex = table.Column<byte[]>(type: "bytea", maxLength: 32, nullable: true),
                    PlatformId = table.Column<int>(type: "integer", nullable: true),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Code = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    ProvinceCode = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    Agency = table.Column<int>(type: "integer", nullable: false),
                    Score = table.Column<int>(type: "integer", nullable: false),
                    Grade = table.Column<int>(type: "integer", nullable: false),
                    PublisherPoints = table.Column<int>(type: "integer", nullable: false),
                    Designation = table.Column<int>(type: "integer", nullable: true),
                    ModelVersion = table.Column<int>(type: "integer", nullable: false),
                    GradedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    GradedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CreditSubjects", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "PlatformMeasureReports",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    PlatformId = table.Column<int>(type: "integer", nullable: false),
                    ProvinceCode = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    MeasureId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    PlatformPublisherId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    FilingId = table.Column<long>(type: "bigint", nullable: false),
                    Measure = table.Column<int>(type: "integer", nullable: false),
                    TakenOn = table.Column<DateOnly>(type: "date", nullable: false),
                    EndsOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Reason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    ReceivedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PlatformMeasureReports", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "UntrustworthyCriteria",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Code = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Level = table.Column<int>(type: "integer", nullable: false),
                    Title = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    LegalBasis = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    FactKinds = table.Column<string>(type: "text", nullable: false),
                    MinimumFacts = table.Column<int>(type: "integer", nullable: false),
                    DefaultMeasures = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_UntrustworthyCriteria", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "CreditRules",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ModelId = table.Column<int>(type: "integer", nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    Severity = table.Column<int>(type: "integer", nullable: false),
                    Points = table.Column<int>(type: "integer", nullable: false),
                    CountsDays = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CreditRules", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CreditRules_CreditRatingModels_ModelId",
                        column: x => x.ModelId,
                        principalTable: "CreditRatingModels",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CreditFacts",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    SubjectId = table.Column<long>(type: "bigint", nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    Severity = table.Column<int>(type: "integer", nullable: false),
                    SourceType = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    SourceId = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    OccurredOn = table.Column<DateOnly>(type: "date", nullable: false),
                    ProvinceCode = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    SourceProvinceCode = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    Agency = table.Column<int>(type: "integer", nullable: false),
                    PlatformId = table.Column<int>(type: "integer", nullable: true),
                    Summary = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    DocumentNumber = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    Points = table.Column<int>(type: "integer", nullable: false),
                    CountsUntil = table.Column<DateOnly>(type: "date", nullable: false),
                    ModelVersion = table.Column<int>(type: "integer", nullable: false),
                    RecordedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    WithdrawnUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    WithdrawnReason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CreditFacts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CreditFacts_CreditSubjects_SubjectId",
                        column: x => x.SubjectId,
                        principalTable: "CreditSubjects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "UntrustworthyDesignations",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    SubjectId = table.Column<long>(type: "bigint", nullable: false),
                    ProvinceCode = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    Agency = table.Column<int>(type: "integer", nullable: false),
                    CriterionId = table.Column<int>(type: "integer", nullable: false),
                    Level = table.Column<int>(type: "integer", nullable: false),
                    State = table.Column<int>(type: "integer", nullable: false),
                    FactIds = table.Column<string>(type: "text", nullable: false),
                    Facts = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    Measures = table.Column<string>(type: "text", nullable: false),
                    PeriodMonths = table.Column<int>(type: "integer", nullable: false),
                    ProposedById = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    ProposedByName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    ProposedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    NoticeIssuedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    DefenceDueOn = table.Column<DateOnly>(type: "date", nullable: false),
                    DefenceStatement = table.Column<string>(type: "text", nullable: true),
                    DefenceAttachments = table.Column<string>(type: "text", nullable: false),
                    DefenceReceivedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    DecidedById = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    DecidedByName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    DecidedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    DecisionReason = table.Column<string>(type: "text", nullable: true),
                    StartsOn = table.Column<DateOnly>(type: "date", nullable: true),
                    EndsOn = table.Column<DateOnly>(type: "date", nullable: true),
                    PublicName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    PublicCode = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    RemovedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    RemovalGround = table.Column<int>(type: "integer", nullable: true),
                    Repair = table.Column<int>(type: "integer", nullable: true),
                    RepairAppliedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    RepairEvidence = table.Column<string>(type: "text", nullable: true),
                    RepairCommitment = table.Column<string>(type: "text", nullable: true),
                    RepairDueOn = table.Column<DateOnly>(type: "date", nullable: true),
                    RepairDecisionReason = table.Column<string>(type: "text", nullable: true),
                    NoticeDocumentId = table.Column<long>(type: "bigint", nullable: true),
                    DecisionDocumentId = table.Column<long>(type: "bigint", nullable: true),
                    Appeals = table.Column<string>(type: "text", nullable: false),
                    History = table.Column<string>(type: "text", nullable: false),
                    Revision = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_UntrustworthyDesignations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_UntrustworthyDesignations_CreditSubjects_SubjectId",
                        column: x => x.SubjectId,
                        principalTable: "CreditSubjects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_UntrustworthyDesignations_UntrustworthyCriteria_CriterionId",
                        column: x => x.CriterionId,
                        principalTable: "UntrustworthyCriteria",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.InsertData(
                table: "CreditRatingModels",
                columns: new[] { "Id", "BaseScore", "CleanPeriodDays", "CreatedBy", "CreatedUtc", "Notes", "PlatformPublisherPenalty", "PublishReason", "PublishedBy", "PublishedUtc", "State", "ThresholdA", "ThresholdB", "ThresholdC", "Version" },
                values: new object[] { 1, 100, 365, "system", new DateTime(2026, 11, 30, 0, 0, 0, 0, DateTimeKind.Utc), "初始版本 (initial version)", 40, "初始版本 (initial version)", "system", new DateTime(2026, 11, 30, 0, 0, 0, 0, DateTimeKind.Utc), 2, 95, 80, 60, 1 });

            migrationBuilder.InsertData(
                table: "UntrustworthyCriteria",
                columns: new[] { "Id", "Code", "DefaultMeasures", "FactKinds", "LegalBasis", "Level", "MinimumFacts", "Title" },
                values: new object[,]
                {
                    { 1, "serious-minors-harm", "[\"\\u5728\\u5168\\u56FD\\u6587\\u5316\\u5E02\\u573A\\u4FE1\\u7528\\u4FE1\\u606F\\u5E73\\u53F0\\u516C\\u793A\",\"\\u5217\\u4E3A\\u91CD\\u70B9\\u76D1\\u7BA1\\u5BF9\\u8C61\\uFF0C\\u63D0\\u9AD8\\u62BD\\u67E5\\u6BD4\\u4F8B\\u548C\\u9891\\u6B21\",\"\\u9650\\u5236\\u53C2\\u4E0E\\u8BC4\\u6BD4\\u8868\\u5F70\",\"\\u901A\\u62A5\\u5404\\u76F4\\u64AD\\u5E73\\u53F0\\uFF0C\\u4E0D\\u5F97\\u4E3A\\u5176\\u65B0\\u5F00\\u76F4\\u64AD\\u8D26\\u53F7\"]", "[3,6]", "《文化和旅游市场信用管理规定》关于严重失信主体认定的规定；《关于加强网络文化市场未成年人保护工作的意见》（办市场发〔2021〕211号）第十四条", 2, 1, "严重损害未成年人身心健康，被列入黑名单或受到行政处罚" },
                    { 2, "serious-heavy-penalty", "[\"\\u5728\\u5168\\u56FD\\u6587\\u5316\\u5E02\\u573A\\u4FE1\\u7528\\u4FE1\\u606F\\u5E73\\u53F0\\u516C\\u793A\",\"\\u5217\\u4E3A\\u91CD\\u70B9\\u76D1\\u7BA1\\u5BF9\\u8C61\\uFF0C\\u63D0\\u9AD8\\u62BD\\u67E5\\u6BD4\\u4F8B\\u548C\\u9891\\u6B21\",\"\\u9650\\u5236\\u7533\\u8BF7\\u8D22\\u653F\\u8D44\\u91D1\\u9879\\u76EE\\u548C\\u8BC4\\u6BD4\\u8868\\u5F70\"]", "[6]", "《文化和旅游市场信用管理规定》关于严重失信主体认定的规定；《网络直播服务管理规定》第十五条", 2, 1, "受到较重行政处罚（如责令停业整顿、吊销许可证）" },
                    { 3, "minor-repeated-breaches", "[\"\\u5217\\u4E3A\\u91CD\\u70B9\\u76D1\\u7BA1\\u5BF9\\u8C61\\uFF0C\\u9002\\u5F53\\u63D0\\u9AD8\\u62BD\\u67E5\\u6BD4\\u4F8B\",\"\\u7EA6\\u8C08\\u63D0\\u9192\\u5E76\\u7763\\u4FC3\\u6574\\u6539\"]", "[1,2,4,5]", "《文化和旅游市场信用管理规定》关于轻微失信主体认定的规定；《网络直播服务管理规定》第十四条、第十五条", 1, 2, "一年内多次违法违规，经处置或责令整改后仍未改正" }
                });

            migrationBuilder.InsertData(
                table: "CreditRules",
                columns: new[] { "Id", "CountsDays", "Kind", "ModelId", "Points", "Severity" },
                values: new object[,]
                {
                    { 1, 365, 1, 1, -3, 1 },
                    { 2, 365, 1, 1, -5, 2 },
                    { 3, 730, 1, 1, -10, 3 },
                    { 4, 180, 2, 1, -2, 1 },
                    { 5, 365, 2, 1, -6, 2 },
                    { 6, 730, 2, 1, -15, 3 },
                    { 7, 365, 3, 1, -10, 1 },
                    { 8, 1095, 3, 1, -25, 2 },
                    { 9, 1825, 3, 1, -45, 3 },
                    { 10, 180, 4, 1, -2, 1 },
                    { 11, 365, 4, 1, -5, 2 },
                    { 12, 730, 4, 1, -10, 3 },
                    { 13, 365, 5, 1, -3, 1 },
                    { 14, 365, 5, 1, -8, 2 },
                    { 15, 730, 5, 1, -15, 3 },
                    { 16, 730, 6, 1, -10, 1 },
                    { 17, 1095, 6, 1, -20, 2 },
                    { 18, 1825, 6, 1, -40, 3 },
                    { 19, 365, 7, 1, 1, 1 },
                    { 20, 365, 7, 1, 2, 2 },
                    { 21, 365, 7, 1, 3, 3 },
                    { 22, 180, 8, 1, 1, 1 },
                    { 23, 365, 8, 1, 2, 2 },
                    { 24, 365, 8, 1, 3, 3 },
                    { 25, 365, 9, 1, 3, 1 },
                    { 26, 365, 9, 1, 3, 2 },
                    { 27, 365, 9, 1, 3, 3 }
                });

            migrationBuilder.CreateIndex(
                name: "IX_ReportCases_Status_ClosedUtc_Id",
                table: "ReportCases",
                columns: new[] { "Status", "ClosedUtc", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_AdministrativePenalties_DocumentNumber",
                table: "AdministrativePenalties",
                column: "DocumentNumber",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AdministrativePenalties_SubjectId",
                table: "AdministrativePenalties",
                column: "SubjectId");

            migrationBuilder.CreateIndex(
                name: "IX_CreditFacts_SourceType_SourceId_SubjectId",
                table: "CreditFacts",
                columns: new[] { "SourceType", "SourceId", "SubjectId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CreditFacts_SubjectId_CountsUntil",
                table: "CreditFacts",
                columns: new[] { "SubjectId", "CountsUntil" });

            migrationBuilder.CreateIndex(
                name: "IX_CreditGradeChanges_SubjectId_ChangedUtc",
                table: "CreditGradeChanges",
                columns: new[] { "SubjectId", "ChangedUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_CreditRatingModels_Version",
                table: "CreditRatingModels",
                column: "Version",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CreditRules_ModelId_Kind_Severity",
                table: "CreditRules",
                columns: new[] { "ModelId", "Kind", "Severity" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CreditSubjects_IdentityBlindIndex",
                table: "CreditSubjects",
                column: "IdentityBlindIndex",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CreditSubjects_Kind_Grade_Id",
                table: "CreditSubjects",
                columns: new[] { "Kind", "Grade", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_CreditSubjects_PlatformId",
                table: "CreditSubjects",
                column: "PlatformId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CreditSubjects_ProvinceCode_Kind_Grade_Id",
                table: "CreditSubjects",
                columns: new[] { "ProvinceCode", "Kind", "Grade", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_PlatformMeasureReports_PlatformId_MeasureId",
                table: "PlatformMeasureReports",
                columns: new[] { "PlatformId", "MeasureId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PlatformMeasureReports_PlatformId_PlatformPublisherId",
                table: "PlatformMeasureReports",
                columns: new[] { "PlatformId", "PlatformPublisherId" });

            migrationBuilder.CreateIndex(
                name: "IX_UntrustworthyCriteria_Code",
                table: "UntrustworthyCriteria",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_UntrustworthyDesignations_CriterionId",
                table: "UntrustworthyDesignations",
                column: "CriterionId");

            migrationBuilder.CreateIndex(
                name: "IX_UntrustworthyDesignations_ProvinceCode_State_Id",
                table: "UntrustworthyDesignations",
                columns: new[] { "ProvinceCode", "State", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_UntrustworthyDesignations_State_EndsOn",
                table: "UntrustworthyDesignations",
                columns: new[] { "State", "EndsOn" });

            migrationBuilder.CreateIndex(
                name: "IX_UntrustworthyDesignations_SubjectId_State",
                table: "UntrustworthyDesignations",
                columns: new[] { "SubjectId", "State" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AdministrativePenalties");

            migrationBuilder.DropTable(
                name: "CreditFacts");

            migrationBuilder.DropTable(
                name: "CreditGradeChanges");

            migrationBuilder.DropTable(
                name: "CreditRules");

            migrationBuilder.DropTable(
                name: "CreditSourceWatermarks");

            migrationBuilder.DropTable(
                name: "PlatformMeasureReports");

            migrationBuilder.DropTable(
                name: "UntrustworthyDesignations");

            migrationBuilder.DropTable(
                name: "CreditRatingModels");

            migrationBuilder.DropTable(
                name: "CreditSubjects");

            migrationBuilder.DropTable(
                name: "UntrustworthyCriteria");

            migrationBuilder.DropIndex(
                name: "IX_ReportCases_Status_ClosedUtc_Id",
                table: "ReportCases");
        }
    }
}
