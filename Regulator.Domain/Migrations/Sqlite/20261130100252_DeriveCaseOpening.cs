using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Regulator.Domain.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class DeriveCaseOpening : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // A case's opening is now derived from the case and its first report (ReportCase.Opening); the stored rows
            // would show it twice on the timeline.
            migrationBuilder.Sql("DELETE FROM \"CaseEvent\" WHERE \"Kind\" = 1;");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // Nothing to restore: the older code read the opening from these rows, and cases opened since have none.
        }
    }
}
