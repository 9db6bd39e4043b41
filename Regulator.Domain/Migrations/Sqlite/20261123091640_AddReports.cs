using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace Regulator.Domain.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AddReports : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ReportCategories",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Code = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    NameZh = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    NameEn = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Source = table.Column<int>(type: "INTEGER", nullable: false),
                    Article = table.Column<int>(type: "INTEGER", nullable: false),
                    DeadlineWorkingDays = table.Column<int>(type: "INTEGER", nullable: false),
                    BasePriority = table.Column<int>(type: "INTEGER", nullable: false),
                    IsActive = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReportCategories", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ReportCases",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CaseKey = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    CategoryId = table.Column<int>(type: "INTEGER", nullable: false),
                    Agency = table.Column<int>(type: "INTEGER", nullable: false),
                    ProvinceCode = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    PlatformId = table.Column<int>(type: "INTEGER", nullable: true),
                    PlatformName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    AccountLabel = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    Priority = table.Column<int>(type: "INTEGER", nullable: false),
                    MinorInvolved = table.Column<bool>(type: "INTEGER", nullable: false),
                    ReportCount = table.Column<int>(type: "INTEGER", nullable: false),
                    FirstReceivedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    LastReceivedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    DueUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    AssigneeId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    AssigneeName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    ClosedUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Outcome = table.Column<int>(type: "INTEGER", nullable: true),
                    Measures = table.Column<int>(type: "INTEGER", nullable: false),
                    TransferredTo = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ClosingNote = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
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
                });

            migrationBuilder.CreateTable(
                name: "CaseEvent",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CaseId = table.Column<long>(type: "INTEGER", nullable: false),
                    OccurredUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    ActorName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    Details = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true)
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
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ExternalId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ReceivedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    IngestedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Channel = table.Column<int>(type: "INTEGER", nullable: false),
                    PlatformName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    PlatformUscc = table.Column<string>(type: "TEXT", maxLength: 18, nullable: true),
                    PlatformId = table.Column<int>(type: "INTEGER", nullable: true),
                    AccountName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    AccountId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    RoomId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Url = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    CategoryId = table.Column<int>(type: "INTEGER", nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    EvidenceLinks = table.Column<string>(type: "TEXT", nullable: false),
                    MinorInvolved = table.Column<bool>(type: "INTEGER", nullable: false),
                    ReporterContactCipher = table.Column<byte[]>(type: "BLOB", nullable: true),
                    ReporterContactMasked = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    CaseId = table.Column<long>(type: "INTEGER", nullable: false),
                    ProvinceCode = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false)
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
                name: "IX_CaseEvent_CaseId_OccurredUtc",
                table: "CaseEvent",
                columns: new[] { "CaseId", "OccurredUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_ReportCases_CaseKey_Status",
                table: "ReportCases",
                columns: new[] { "CaseKey", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_ReportCases_CategoryId",
                table: "ReportCases",
                column: "CategoryId");

            migrationBuilder.CreateIndex(
                name: "IX_ReportCases_DueUtc_Id",
                table: "ReportCases",
                columns: new[] { "DueUtc", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_ReportCases_FirstReceivedUtc_Id",
                table: "ReportCases",
                columns: new[] { "FirstReceivedUtc", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_ReportCases_ProvinceCode_AssigneeId_FirstReceivedUtc_Id",
                table: "ReportCases",
                columns: new[] { "ProvinceCode", "AssigneeId", "FirstReceivedUtc", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_ReportCases_ProvinceCode_CategoryId_FirstReceivedUtc_Id",
                table: "ReportCases",
                columns: new[] { "ProvinceCode", "CategoryId", "FirstReceivedUtc", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_ReportCases_ProvinceCode_DueUtc_Id",
                table: "ReportCases",
                columns: new[] { "ProvinceCode", "DueUtc", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_ReportCases_ProvinceCode_FirstReceivedUtc_Id",
                table: "ReportCases",
                columns: new[] { "ProvinceCode", "FirstReceivedUtc", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_ReportCases_ProvinceCode_MinorInvolved_FirstReceivedUtc_Id",
                table: "ReportCases",
                columns: new[] { "ProvinceCode", "MinorInvolved", "FirstReceivedUtc", "Id" });

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
                name: "IX_ReportCases_Status_DueUtc_Id",
                table: "ReportCases",
                columns: new[] { "Status", "DueUtc", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_ReportCases_Status_FirstReceivedUtc_Id",
                table: "ReportCases",
                columns: new[] { "Status", "FirstReceivedUtc", "Id" });

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
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CaseEvent");

            migrationBuilder.DropTable(
                name: "Reports");

            migrationBuilder.DropTable(
                name: "ReportCases");

            migrationBuilder.DropTable(
                name: "ReportCategories");
        }
    }
}
