using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace Regulator.Domain.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class SpotChecks : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "CheckItems",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Code = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Agency = table.Column<int>(type: "INTEGER", nullable: false),
                    NameZh = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    NameEn = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Source = table.Column<int>(type: "INTEGER", nullable: false),
                    Article = table.Column<int>(type: "INTEGER", nullable: false),
                    AppliesTo = table.Column<int>(type: "INTEGER", nullable: false),
                    IsActive = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CheckItems", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Inspectors",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ProvinceCode = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    Agency = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    UserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    CertificateNumber = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    CertificateExpiresOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    IsAvailable = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Inspectors", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "SpotCheckPlans",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ProvinceCode = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Agency = table.Column<int>(type: "INTEGER", nullable: true),
                    PeriodStart = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    PeriodEnd = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    TargetKind = table.Column<int>(type: "INTEGER", nullable: false),
                    ContentKinds = table.Column<int>(type: "INTEGER", nullable: false),
                    CheckItemIds = table.Column<string>(type: "TEXT", nullable: false),
                    SampleSize = table.Column<int>(type: "INTEGER", nullable: true),
                    SampleRatioPerMille = table.Column<int>(type: "INTEGER", nullable: true),
                    RiskWeighting = table.Column<bool>(type: "INTEGER", nullable: false),
                    InspectorsPerTask = table.Column<int>(type: "INTEGER", nullable: false),
                    SkipTargetsCheckedWithinMonths = table.Column<int>(type: "INTEGER", nullable: false),
                    InspectorRotationMonths = table.Column<int>(type: "INTEGER", nullable: false),
                    DueWorkingDays = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ClosedUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    PublishOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SpotCheckPlans", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "InspectorConflicts",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ProvinceCode = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    InspectorId = table.Column<int>(type: "INTEGER", nullable: false),
                    PlatformId = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    DeclaredOn = table.Column<DateOnly>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InspectorConflicts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_InspectorConflicts_Inspectors_InspectorId",
                        column: x => x.InspectorId,
                        principalTable: "Inspectors",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_InspectorConflicts_Platforms_PlatformId",
                        column: x => x.PlatformId,
                        principalTable: "Platforms",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "SpotCheckDraws",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PlanId = table.Column<int>(type: "INTEGER", nullable: false),
                    ProvinceCode = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    Attempt = table.Column<int>(type: "INTEGER", nullable: false),
                    Seed = table.Column<long>(type: "INTEGER", nullable: false),
                    RedrawReason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Algorithm = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    State = table.Column<int>(type: "INTEGER", nullable: false),
                    RequestedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    SeedRecordedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    RanUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    PopulationSize = table.Column<int>(type: "INTEGER", nullable: false),
                    SampleSize = table.Column<int>(type: "INTEGER", nullable: false),
                    SnapshotHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    SnapshotGzip = table.Column<byte[]>(type: "BLOB", nullable: true),
                    ResultText = table.Column<string>(type: "TEXT", nullable: true),
                    ResultHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    FailureReason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SpotCheckDraws", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SpotCheckDraws_SpotCheckPlans_PlanId",
                        column: x => x.PlanId,
                        principalTable: "SpotCheckPlans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "SpotCheckTasks",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PlanId = table.Column<int>(type: "INTEGER", nullable: false),
                    DrawId = table.Column<int>(type: "INTEGER", nullable: false),
                    ProvinceCode = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    DrawOrder = table.Column<int>(type: "INTEGER", nullable: false),
                    TargetKind = table.Column<int>(type: "INTEGER", nullable: false),
                    TargetId = table.Column<long>(type: "INTEGER", nullable: false),
                    PlatformId = table.Column<int>(type: "INTEGER", nullable: false),
                    PlatformName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    TargetLabel = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Weight = table.Column<long>(type: "INTEGER", nullable: false),
                    DrawnOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    DueOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    NoticeDocumentId = table.Column<long>(type: "INTEGER", nullable: true),
                    ClosedUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SpotCheckTasks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SpotCheckTasks_Platforms_PlatformId",
                        column: x => x.PlatformId,
                        principalTable: "Platforms",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_SpotCheckTasks_SpotCheckDraws_DrawId",
                        column: x => x.DrawId,
                        principalTable: "SpotCheckDraws",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_SpotCheckTasks_SpotCheckPlans_PlanId",
                        column: x => x.PlanId,
                        principalTable: "SpotCheckPlans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "SpotCheckEvidence",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TaskId = table.Column<long>(type: "INTEGER", nullable: false),
                    ProvinceCode = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ContentType = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    SizeBytes = table.Column<int>(type: "INTEGER", nullable: false),
                    Sha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Content = table.Column<byte[]>(type: "BLOB", nullable: false),
                    UploadedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    UploadedUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SpotCheckEvidence", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SpotCheckEvidence_SpotCheckTasks_TaskId",
                        column: x => x.TaskId,
                        principalTable: "SpotCheckTasks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SpotCheckResults",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ProvinceCode = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    TaskId = table.Column<long>(type: "INTEGER", nullable: false),
                    CheckItemId = table.Column<int>(type: "INTEGER", nullable: false),
                    Outcome = table.Column<int>(type: "INTEGER", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    RectifyBy = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    RectifiedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    FollowUpNote = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    RectificationFailed = table.Column<bool>(type: "INTEGER", nullable: false),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    RecordedUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SpotCheckResults", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SpotCheckResults_CheckItems_CheckItemId",
                        column: x => x.CheckItemId,
                        principalTable: "CheckItems",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_SpotCheckResults_SpotCheckTasks_TaskId",
                        column: x => x.TaskId,
                        principalTable: "SpotCheckTasks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SpotCheckTaskInspectors",
                columns: table => new
                {
                    TaskId = table.Column<long>(type: "INTEGER", nullable: false),
                    InspectorId = table.Column<int>(type: "INTEGER", nullable: false),
                    ProvinceCode = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    UserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SpotCheckTaskInspectors", x => new { x.TaskId, x.InspectorId });
                    table.ForeignKey(
                        name: "FK_SpotCheckTaskInspectors_Inspectors_InspectorId",
                        column: x => x.InspectorId,
                        principalTable: "Inspectors",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_SpotCheckTaskInspectors_SpotCheckTasks_TaskId",
                        column: x => x.TaskId,
                        principalTable: "SpotCheckTasks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.InsertData(
                table: "CheckItems",
                columns: new[] { "Id", "Agency", "AppliesTo", "Article", "Code", "IsActive", "NameEn", "NameZh", "Source" },
                values: new object[,]
                {
                    { 1, 1, 1, 5, "cac-news-licence", true, "Internet news-information licence for news live streams", "互联网新闻信息服务资质", 2 },
                    { 2, 1, 1, 6, "cac-credentials", true, "Credentials for online performances and audio-visual programmes", "网络表演、网络视听节目相关资质", 2 },
                    { 3, 1, 1, 7, "cac-content-review-patrol", true, "Content review, duty patrols and emergency response in place", "信息审核、值班巡查、应急处置制度落实", 2 },
                    { 4, 1, 1, 8, "cac-instant-cutoff", true, "Technical capacity to cut off a live stream instantly", "即时阻断直播的技术能力", 2 },
                    { 5, 1, 1, 11, "cac-comment-management", true, "Real-time management of comments and bullet comments", "评论、弹幕等互动环节实时管理", 2 },
                    { 6, 1, 1, 12, "cac-real-name-filing", true, "Publishers' real identity verified and filed by type", "主播真实身份信息核验与分类备案", 2 },
                    { 7, 1, 1, 13, "cac-service-agreement", true, "Service agreements signed with users", "与用户签订服务协议", 2 },
                    { 8, 1, 1, 14, "cac-punitive-measures-reported", true, "Punitive measures applied and reported to the competent department", "违规处置措施落实并向主管部门报告", 2 },
                    { 9, 1, 1, 15, "cac-credit-blacklist", true, "Publisher credit grading and blacklist", "主播信用分级管理与黑名单", 2 },
                    { 10, 1, 1, 16, "cac-log-retention-60-days", true, "Live content and logs kept for 60 days", "直播内容及日志信息保存 60 日", 2 },
                    { 11, 1, 1, 19, "cac-complaint-channels", true, "Complaint and report channels open and handled promptly", "投诉举报渠道畅通、及时处理", 2 },
                    { 12, 1, 2, 9, "cac-publisher-lawful-content", true, "The publisher's streams keep within the law", "主播直播内容合法合规", 2 },
                    { 13, 1, 2, 10, "cac-publisher-news-accuracy", true, "News the publisher streams is accurate and sourced", "主播发布新闻信息真实准确、注明来源", 2 },
                    { 14, 2, 1, 4, "mct-minor-accounts", true, "No live-streaming publisher accounts for minors under 16", "不为未满 16 周岁未成年人开通直播账号", 1 },
                    { 15, 2, 1, 4, "mct-guardian-consent", true, "Publishers aged 16–17: identity verified and guardian consent", "16 至 18 周岁主播身份核验与监护人同意", 1 },
                    { 16, 2, 1, 5, "mct-minor-personal-information", true, "Minors' personal information protected, cyberbullying stopped", "未成年人个人信息保护与网络欺凌处置", 1 },
                    { 17, 2, 1, 6, "mct-harmful-content-blocking", true, "Harmful content blocked; manual review effective", "有害内容拦截与人工审核", 1 },
                    { 18, 2, 2, 7, "mct-child-celebrity", true, "No profiteering from \"child internet celebrities\"", "严禁利用“网红儿童”牟利", 1 },
                    { 19, 2, 1, 8, "mct-tipping-controls", true, "Tipping controls: no ranking hype or fake spending; minors on adult accounts detected", "打赏规范：无榜单炒作、虚假消费，识别未成年人使用成年人账号打赏", 1 },
                    { 20, 2, 1, 9, "mct-minor-protection-mode", true, "Minor-protection mode (time lock, spending limits, anti-bypass)", "未成年人保护模式（时间锁、消费限制、防绕过等）", 1 },
                    { 21, 2, 1, 12, "mct-report-button", true, "\"Inappropriate content\" button and a minors' reporting channel", "“内容不适”反馈按钮与未成年人专门举报入口", 1 },
                    { 22, 2, 2, 15, "mct-negative-values", true, "No flaunting of wealth, sorrow-spotlighting or distorted aesthetics", "主播无炫富拜金、卖惨、畸形审美等内容", 1 }
                });

            migrationBuilder.CreateIndex(
                name: "IX_CheckItems_Code",
                table: "CheckItems",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_InspectorConflicts_InspectorId_PlatformId",
                table: "InspectorConflicts",
                columns: new[] { "InspectorId", "PlatformId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_InspectorConflicts_PlatformId",
                table: "InspectorConflicts",
                column: "PlatformId");

            migrationBuilder.CreateIndex(
                name: "IX_Inspectors_CertificateNumber",
                table: "Inspectors",
                column: "CertificateNumber",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Inspectors_ProvinceCode_Agency_IsAvailable",
                table: "Inspectors",
                columns: new[] { "ProvinceCode", "Agency", "IsAvailable" });

            migrationBuilder.CreateIndex(
                name: "IX_Inspectors_UserId",
                table: "Inspectors",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_SpotCheckDraws_PlanId_Attempt",
                table: "SpotCheckDraws",
                columns: new[] { "PlanId", "Attempt" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SpotCheckEvidence_TaskId",
                table: "SpotCheckEvidence",
                column: "TaskId");

            migrationBuilder.CreateIndex(
                name: "IX_SpotCheckPlans_ProvinceCode_PeriodStart",
                table: "SpotCheckPlans",
                columns: new[] { "ProvinceCode", "PeriodStart" });

            migrationBuilder.CreateIndex(
                name: "IX_SpotCheckPlans_Status_PublishOn",
                table: "SpotCheckPlans",
                columns: new[] { "Status", "PublishOn" });

            migrationBuilder.CreateIndex(
                name: "IX_SpotCheckResults_CheckItemId",
                table: "SpotCheckResults",
                column: "CheckItemId");

            migrationBuilder.CreateIndex(
                name: "IX_SpotCheckResults_TaskId_CheckItemId",
                table: "SpotCheckResults",
                columns: new[] { "TaskId", "CheckItemId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SpotCheckTaskInspectors_InspectorId",
                table: "SpotCheckTaskInspectors",
                column: "InspectorId");

            migrationBuilder.CreateIndex(
                name: "IX_SpotCheckTaskInspectors_UserId_TaskId",
                table: "SpotCheckTaskInspectors",
                columns: new[] { "UserId", "TaskId" });

            migrationBuilder.CreateIndex(
                name: "IX_SpotCheckTasks_DrawId",
                table: "SpotCheckTasks",
                column: "DrawId");

            migrationBuilder.CreateIndex(
                name: "IX_SpotCheckTasks_PlanId_DrawOrder",
                table: "SpotCheckTasks",
                columns: new[] { "PlanId", "DrawOrder" });

            migrationBuilder.CreateIndex(
                name: "IX_SpotCheckTasks_PlatformId",
                table: "SpotCheckTasks",
                column: "PlatformId");

            migrationBuilder.CreateIndex(
                name: "IX_SpotCheckTasks_ProvinceCode_Status_DueOn",
                table: "SpotCheckTasks",
                columns: new[] { "ProvinceCode", "Status", "DueOn" });

            migrationBuilder.CreateIndex(
                name: "IX_SpotCheckTasks_ProvinceCode_TargetKind_TargetId_DrawnOn",
                table: "SpotCheckTasks",
                columns: new[] { "ProvinceCode", "TargetKind", "TargetId", "DrawnOn" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "InspectorConflicts");

            migrationBuilder.DropTable(
                name: "SpotCheckEvidence");

            migrationBuilder.DropTable(
                name: "SpotCheckResults");

            migrationBuilder.DropTable(
                name: "SpotCheckTaskInspectors");

            migrationBuilder.DropTable(
                name: "CheckItems");

            migrationBuilder.DropTable(
                name: "Inspectors");

            migrationBuilder.DropTable(
                name: "SpotCheckTasks");

            migrationBuilder.DropTable(
                name: "SpotCheckDraws");

            migrationBuilder.DropTable(
                name: "SpotCheckPlans");
        }
    }
}
