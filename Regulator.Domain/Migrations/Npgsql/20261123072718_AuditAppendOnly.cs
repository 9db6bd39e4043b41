using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Regulator.Domain.Migrations.Npgsql
{
    /// <inheritdoc />
    public partial class AuditAppendOnly : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // The audit log is append-only at the database too: no UPDATE, DELETE or TRUNCATE, whoever sends it.
            migrationBuilder.Sql("""
                CREATE FUNCTION audit_entries_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN RAISE EXCEPTION 'audit log is append-only'; END $$;
                CREATE TRIGGER audit_entries_no_change BEFORE UPDATE OR DELETE ON "AuditEntries" FOR EACH ROW EXECUTE FUNCTION audit_entries_append_only();
                CREATE TRIGGER audit_entries_no_truncate BEFORE TRUNCATE ON "AuditEntries" FOR EACH STATEMENT EXECUTE FUNCTION audit_entries_append_only();
                """);

        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP TRIGGER audit_entries_no_truncate ON "AuditEntries";
                DROP TRIGGER audit_entries_no_change ON "AuditEntries";
                DROP FUNCTION audit_entries_append_only();
                """);

        }
    }
}
