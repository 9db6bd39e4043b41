using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Regulator.Domain.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class SchedulerSchema : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            Regulator.Domain.Jobs.SchedulerSchema.Create(migrationBuilder, Regulator.Domain.Jobs.SchedulerSchema.Sqlite);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            Regulator.Domain.Jobs.SchedulerSchema.Drop(migrationBuilder, Regulator.Domain.Jobs.SchedulerSchema.Sqlite);
        }
    }
}
