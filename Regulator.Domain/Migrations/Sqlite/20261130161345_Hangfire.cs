using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Regulator.Domain.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Hangfire : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Quartz's tables (created by Initial before Hangfire replaced Quartz): dependent tables first. IF EXISTS,
            // because a database created after the change never had them. Hangfire keeps its own tables (schema
            // "hangfire" on PostgreSQL, its own file on SQLite) and creates them itself.
            migrationBuilder.Sql("DROP TABLE IF EXISTS qrtz_fired_triggers;");
            migrationBuilder.Sql("DROP TABLE IF EXISTS qrtz_paused_trigger_grps;");
            migrationBuilder.Sql("DROP TABLE IF EXISTS qrtz_paused_job_grps;");
            migrationBuilder.Sql("DROP TABLE IF EXISTS qrtz_scheduler_state;");
            migrationBuilder.Sql("DROP TABLE IF EXISTS qrtz_locks;");
            migrationBuilder.Sql("DROP TABLE IF EXISTS qrtz_simple_triggers;");
            migrationBuilder.Sql("DROP TABLE IF EXISTS qrtz_simprop_triggers;");
            migrationBuilder.Sql("DROP TABLE IF EXISTS qrtz_cron_triggers;");
            migrationBuilder.Sql("DROP TABLE IF EXISTS qrtz_blob_triggers;");
            migrationBuilder.Sql("DROP TABLE IF EXISTS qrtz_triggers;");
            migrationBuilder.Sql("DROP TABLE IF EXISTS qrtz_job_details;");
            migrationBuilder.Sql("DROP TABLE IF EXISTS qrtz_calendars;");
            migrationBuilder.Sql("DROP TABLE IF EXISTS qrtz_execution_history;");
            migrationBuilder.Sql("DROP TABLE IF EXISTS qrtz_misfire_history;");
            migrationBuilder.Sql("DROP TABLE IF EXISTS qrtz_job_status;");

            migrationBuilder.AddColumn<string>(
                name: "JobId",
                table: "Inspections",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "JobId",
                table: "GeneratedDocuments",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Version",
                table: "GeneratedDocuments",
                type: "INTEGER",
                nullable: false,
                defaultValue: 1);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // Quartz's tables are not brought back: nothing reads them any more.
            migrationBuilder.DropColumn(
                name: "JobId",
                table: "Inspections");

            migrationBuilder.DropColumn(
                name: "JobId",
                table: "GeneratedDocuments");

            migrationBuilder.DropColumn(
                name: "Version",
                table: "GeneratedDocuments");
        }
    }
}
