using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;
using Regulator.Domain.Persistence;

namespace Regulator.Domain.Reports;

/// <summary>
/// PostgreSQL's bulk path for intake: new cases, their first events and the reports go in with binary COPY, one round
/// trip per table, inside the intake transaction; the change tracker then only updates the existing cases that took
/// reports. Row-by-row INSERTs through the change tracker cost about a millisecond per report, COPY a few microseconds,
/// which is what lets the push endpoint keep up with the national platform. SQLite keeps the change-tracker path.
/// </summary>
internal static class ReportCopyWriter
{
    public static async Task WriteAsync(RegulatorDbContext db, IReadOnlyList<ReportCase> opened, IReadOnlyList<ReportCase> extended,
        IReadOnlyList<Report> reports, CancellationToken ct)
    {
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        await ReserveIdsAsync(connection, opened, ct);

        await using (var copy = await connection.BeginBinaryImportAsync(
            "COPY \"ReportCases\" (\"Id\", \"CaseKey\", \"CategoryId\", \"Agency\", \"ProvinceCode\", \"PlatformId\", \"PlatformName\", \"AccountLabel\", \"Status\", " +
            "\"Priority\", \"MinorInvolved\", \"ReportCount\", \"FirstReceivedUtc\", \"LastReceivedUtc\", \"DueUtc\", \"Measures\", \"Version\") FROM STDIN (FORMAT BINARY)", ct))
        {
            foreach (var c in opened)
            {
                await copy.StartRowAsync(ct);
                await copy.WriteAsync(c.Id, NpgsqlDbType.Bigint, ct);
                await copy.WriteAsync(c.CaseKey, NpgsqlDbType.Varchar, ct);
                await copy.WriteAsync(c.CategoryId, NpgsqlDbType.Integer, ct);
                await copy.WriteAsync((int)c.Agency, NpgsqlDbType.Integer, ct);
                await copy.WriteAsync(c.ProvinceCode, NpgsqlDbType.Varchar, ct);
                await WriteNullableAsync(copy, c.PlatformId, NpgsqlDbType.Integer, ct);
                await WriteNullableAsync(copy, c.PlatformName, NpgsqlDbType.Varchar, ct);
                await copy.WriteAsync(c.AccountLabel, NpgsqlDbType.Varchar, ct);
                await copy.WriteAsync((int)c.Status, NpgsqlDbType.Integer, ct);
                await copy.WriteAsync((int)c.Priority, NpgsqlDbType.Integer, ct);
                await copy.WriteAsync(c.MinorInvolved, NpgsqlDbType.Boolean, ct);
                await copy.WriteAsync(c.ReportCount, NpgsqlDbType.Integer, ct);
                await copy.WriteAsync(c.FirstReceivedUtc, NpgsqlDbType.TimestampTz, ct);
                await copy.WriteAsync(c.LastReceivedUtc, NpgsqlDbType.TimestampTz, ct);
                await copy.WriteAsync(c.DueUtc, NpgsqlDbType.TimestampTz, ct);
                await copy.WriteAsync((int)c.Measures, NpgsqlDbType.Integer, ct);
                await copy.WriteAsync(c.Version, NpgsqlDbType.Integer, ct);
            }
            await copy.CompleteAsync(ct);
        }

        await using (var copy = await connection.BeginBinaryImportAsync(
            "COPY \"CaseEvent\" (\"CaseId\", \"OccurredUtc\", \"Kind\", \"ActorName\", \"Details\") FROM STDIN (FORMAT BINARY)", ct))
        {
            foreach (var (c, e) in opened.SelectMany(c => c.Events.Select(e => (c, e))))
            {
                await copy.StartRowAsync(ct);
                await copy.WriteAsync(c.Id, NpgsqlDbType.Bigint, ct);
                await copy.WriteAsync(e.OccurredUtc, NpgsqlDbType.TimestampTz, ct);
                await copy.WriteAsync((int)e.Kind, NpgsqlDbType.Integer, ct);
                await WriteNullableAsync(copy, e.ActorName, NpgsqlDbType.Varchar, ct);
                await WriteNullableAsync(copy, e.Details, NpgsqlDbType.Varchar, ct);
            }
            await copy.CompleteAsync(ct);
        }

        await using (var copy = await connection.BeginBinaryImportAsync(
            "COPY \"Reports\" (\"ExternalId\", \"ReceivedUtc\", \"IngestedUtc\", \"Channel\", \"PlatformName\", \"PlatformUscc\", \"PlatformId\", \"AccountName\", " +
            "\"AccountId\", \"RoomId\", \"Url\", \"CategoryId\", \"Description\", \"EvidenceLinks\", \"MinorInvolved\", \"ReporterContactCipher\", " +
            "\"ReporterContactMasked\", \"CaseId\", \"ProvinceCode\") FROM STDIN (FORMAT BINARY)", ct))
        {
            foreach (var r in reports)
            {
                await copy.StartRowAsync(ct);
                await copy.WriteAsync(r.ExternalId, NpgsqlDbType.Varchar, ct);
                await copy.WriteAsync(r.ReceivedUtc, NpgsqlDbType.TimestampTz, ct);
                await copy.WriteAsync(r.IngestedUtc, NpgsqlDbType.TimestampTz, ct);
                await copy.WriteAsync((int)r.Channel, NpgsqlDbType.Integer, ct);
                await WriteNullableAsync(copy, r.PlatformName, NpgsqlDbType.Varchar, ct);
                await WriteNullableAsync(copy, r.PlatformUscc, NpgsqlDbType.Varchar, ct);
                await WriteNullableAsync(copy, r.PlatformId, NpgsqlDbType.Integer, ct);
                await WriteNullableAsync(copy, r.AccountName, NpgsqlDbType.Varchar, ct);
                await WriteNullableAsync(copy, r.AccountId, NpgsqlDbType.Varchar, ct);
                await WriteNullableAsync(copy, r.RoomId, NpgsqlDbType.Varchar, ct);
                await WriteNullableAsync(copy, r.Url, NpgsqlDbType.Varchar, ct);
                await copy.WriteAsync(r.CategoryId, NpgsqlDbType.Integer, ct);
                await copy.WriteAsync(r.Description, NpgsqlDbType.Varchar, ct);
                await copy.WriteAsync(r.EvidenceLinks, NpgsqlDbType.Array | NpgsqlDbType.Text, ct);
                await copy.WriteAsync(r.MinorInvolved, NpgsqlDbType.Boolean, ct);
                await WriteNullableAsync(copy, r.ReporterContactCipher, NpgsqlDbType.Bytea, ct);
                await WriteNullableAsync(copy, r.ReporterContactMasked, NpgsqlDbType.Varchar, ct);
                await copy.WriteAsync(r.Case.Id, NpgsqlDbType.Bigint, ct);
                await copy.WriteAsync(r.ProvinceCode, NpgsqlDbType.Varchar, ct);
            }
            await copy.CompleteAsync(ct);
        }

        // The copied reports are not tracked; taken off the existing cases' collections, they are not inserted a second time.
        foreach (var c in extended) c.Reports.Clear();
    }

    /// <summary>New cases need their ids before the reports and events that point at them are copied.</summary>
    private static async Task ReserveIdsAsync(NpgsqlConnection connection, IReadOnlyList<ReportCase> opened, CancellationToken ct)
    {
        if (opened.Count == 0) return;
        await using var command = new NpgsqlCommand("SELECT nextval(pg_get_serial_sequence('\"ReportCases\"', 'Id')) FROM generate_series(1, $1)", connection);
        command.Parameters.Add(new NpgsqlParameter { Value = opened.Count });
        await using var reader = await command.ExecuteReaderAsync(ct);
        var i = 0;
        while (await reader.ReadAsync(ct)) opened[i++].Id = reader.GetInt64(0);
    }

    private static Task WriteNullableAsync<T>(NpgsqlBinaryImporter copy, T? value, NpgsqlDbType type, CancellationToken ct) =>
        value is null ? copy.WriteNullAsync(ct) : copy.WriteAsync(value, type, ct);
}
