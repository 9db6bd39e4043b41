using Microsoft.EntityFrameworkCore;
using Regulator.Domain.Scoping;

namespace Regulator.Domain.Persistence;

/// <summary>PostgreSQL for servers; owns the migrations in <c>Migrations/Npgsql</c>.</summary>
public sealed class NpgsqlRegulatorDbContext(DbContextOptions<NpgsqlRegulatorDbContext> options, ICurrentActor actor)
    : RegulatorDbContext(options, actor);
