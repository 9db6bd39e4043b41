using Microsoft.EntityFrameworkCore;
using Regulator.Domain.Scoping;

namespace Regulator.Domain.Persistence;

/// <summary>The embedded default; owns the migrations in <c>Migrations/Sqlite</c>.</summary>
public sealed class SqliteRegulatorDbContext(DbContextOptions<SqliteRegulatorDbContext> options, ICurrentActor actor)
    : RegulatorDbContext(options, actor);
