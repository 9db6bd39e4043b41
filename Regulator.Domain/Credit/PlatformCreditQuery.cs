using System.Data;
using System.Data.Common;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Regulator.Domain.Common;
using Regulator.Domain.Persistence;

namespace Regulator.Domain.Credit;

/// <summary>
/// The platform API's read of a publisher's credit from the database (CAC Art. 15: services linked to the grade), for
/// what the in-memory answers (<see cref="CreditAnswerTable"/>) cannot give: a filing or subject newer than their copy,
/// another platform's publisher id, or a copy older than its staleness bound. One indexed round trip of plain SQL on
/// the context's own connection: the filing of the calling platform, its person's grade and the heaviest listing in
/// force. EF's LINQ pipeline took about half of the portal's CPU per answer, and a compiled query cannot be shared
/// because it binds to the first model it meets while the test process runs SQLite and PostgreSQL portals side by
/// side; the statement below is the same on both providers. The filing is matched on the caller's platform id, so
/// another platform's publisher id gives null (404), and the answer carries the grade and the listing only — never
/// another platform's facts. A filing found whose subject the copy holds is added to the copy.
/// </summary>
public sealed class PlatformCreditQuery(RegulatorDbContext db, TimeProvider clock, CreditAnswerTable answers)
{
    private const string Sql = """
        SELECT s."Grade", s."ModelVersion", s."GradedOn", d."Level", d."Measures", d."StartsOn", d."EndsOn", s."Id"
        FROM "Filings" f
        LEFT JOIN "CreditSubjects" s ON s."IdentityBlindIndex" = f."IdentityBlindIndex"
        LEFT JOIN "UntrustworthyDesignations" d ON d."SubjectId" = s."Id" AND d."State" = @listed AND d."StartsOn" <= @today AND d."EndsOn" >= @today
        WHERE f."PlatformId" = @platform AND f."PlatformPublisherId" = @publisher
        ORDER BY COALESCE(d."Level", 0) DESC
        LIMIT 1
        """;

    /// <summary>The standing of the calling platform's publisher <paramref name="platformPublisherId"/>, or null when the platform filed no such id.</summary>
    public async Task<PublisherCreditStanding?> PublisherAsync(int platformId, string platformPublisherId, CancellationToken ct = default)
    {
        var today = ChinaTime.Today(clock);
        // Read before the query: the copy learns the filing only if nothing was applied while the query ran.
        var seenVersion = answers.Version;
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            await using var command = connection.CreateCommand();
            command.CommandText = Sql;
            Add(command, "listed", (int)DesignationState.Listed);
            Add(command, "today", today);
            Add(command, "platform", platformId);
            Add(command, "publisher", platformPublisherId);
            await using var reader = await command.ExecuteReaderAsync(CommandBehavior.SingleRow, ct);
            if (!await reader.ReadAsync(ct)) return null;
            if (await reader.IsDBNullAsync(0, ct))
            {
                // Filed moments ago and not yet picked up by the collector: graded at the base score like every new subject.
                await reader.DisposeAsync();
                var model = await db.CreditRatingModels.AsNoTracking().SingleAsync(m => m.State == CreditModelState.Published, ct);
                return new PublisherCreditStanding(platformPublisherId, model.GradeFor(model.BaseScore), model.Version, today, null, null, null, null);
            }
            var listed = !await reader.IsDBNullAsync(3, ct);
            answers.Learn(platformId, platformPublisherId, reader.GetInt64(7), seenVersion);
            return new PublisherCreditStanding(platformPublisherId, (CreditGrade)reader.GetInt32(0), reader.GetInt32(1), reader.GetFieldValue<DateOnly>(2),
                listed ? (DesignationLevel)reader.GetInt32(3) : null,
                listed ? JsonSerializer.Deserialize<List<string>>(reader.GetString(4)) ?? [] : null,
                listed ? reader.GetFieldValue<DateOnly>(5) : null,
                listed ? reader.GetFieldValue<DateOnly>(6) : null);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private static void Add(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }
}
