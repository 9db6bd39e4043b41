using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Regulator.Domain.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AuditAppendOnly : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // The audit log is append-only at the database too: no UPDATE or DELETE, whoever sends it.
            migrationBuilder.Sql("CREATE TRIGGER AuditEntries_NoUpdate BEFORE UPDATE ON AuditEntries BEGIN SELECT RAISE(ABORT, 'audit log is append-only'); END;");
            migrationBuilder.Sql("CREATE TRIGGER AuditEntries_NoDelete BEFORE DELETE ON AuditEntries BEGIN SELECT RAISE(ABORT, 'audit log is append-only'); END;");

        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER AuditEntries_NoUpdate;");
            migrationBuilder.Sql("DROP TRIGGER AuditEntries_NoDelete;");

        }
    }
}
