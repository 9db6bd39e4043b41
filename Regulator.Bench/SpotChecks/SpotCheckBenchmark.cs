using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Regulator.Domain.Auditing;
using Regulator.Domain.Common;
using Regulator.Domain.Credit;
using Regulator.Domain.Filings;
using Regulator.Domain.Persistence;
using Regulator.Domain.Reports;
using Regulator.Domain.Scoping;
using Regulator.Domain.SpotChecks;
using Regulator.Domain.SpotChecks.Draws;
using Regulator.Domain.Identity;

namespace Regulator.Bench.SpotChecks;

/// <summary>
/// scripts/bench-spotcheck.sh: a risk-weighted draw of 500 publishers (two inspectors each, with declared conflicts) from a
/// province of 1,000,000 accepted filings on a fresh database (every publisher a graded credit subject, the grades read
/// as production reads them), timed end to end as an administrator's request runs it
/// (seed recorded, population and weights read, snapshot written and hashed, draw, 500 tasks saved), then the public
/// verification replaying it from the stored snapshot. Rows are generated in SQL, not through intake: intake has its own benchmark.
/// </summary>
public static class SpotCheckBenchmark
{
    public static async Task RunAsync(string[] args)
    {
        var publishers = 1_000_000;
        var sample = 500;
        string? postgres = null;
        string? keep = null;
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            switch (args[i])
            {
                case "--publishers": publishers = int.Parse(args[i + 1]); break;
                case "--sample": sample = int.Parse(args[i + 1]); break;
                case "--postgres": postgres = args[i + 1]; break;
                case "--sqlite-file": keep = args[i + 1]; break;
                default: throw new ArgumentException($"Unknown option {args[i]}; expected --publishers, --sample, --postgres or --sqlite-file.");
            }
        }
        // --sqlite-file keeps the arranged database for further runs (arranging a million rows takes minutes).
        var sqlitePath = keep ?? Path.Combine(Path.GetTempPath(), $"spotcheck-bench-{Environment.ProcessId}.db");
        var arranged = keep is not null && File.Exists(keep);
        RegulatorDbContext Context() => postgres is null
            ? new SqliteRegulatorDbContext(new DbContextOptionsBuilder<SqliteRegulatorDbContext>().UseSqlite($"Data Source={sqlitePath}").Options, SystemActor.Instance)
            : new NpgsqlRegulatorDbContext(new DbContextOptionsBuilder<NpgsqlRegulatorDbContext>().UseNpgsql(postgres).Options, SystemActor.Instance);
        try
        {
            var setup = Stopwatch.StartNew();
            await using (var db = Context())
            {
                if (!arranged) await db.Database.EnsureDeletedAsync();
                // A kept database still gets the migrations added since it was arranged.
                await db.Database.MigrateAsync();
                if (!arranged) await ArrangeAsync(db, publishers, postgres is not null);
            }
            Console.WriteLine($"{(postgres is null ? "SQLite" : "PostgreSQL")}: {publishers:N0} filed publishers, 200 platforms, 60 inspectors arranged in {setup.Elapsed.TotalSeconds:F1} s");

            var clock = TimeProvider.System;
            var calendar = new WorkingCalendar(new WorkingCalendarOptions());
            var admin = new Actor("bench-admin", "基准测试管理员", ActorKind.ProvincialAdministrator, "44");
            int planId;
            await using (var db = Context())
            {
                var plan = await new SpotCheckPlanning(db, new AuditLog(db, SystemActor.Instance, clock), clock).CreateAsync(admin, new SpotCheckPlanDraft(
                    "基准：百万主播中风险加权抽取", Agency.Cyberspace, ChinaTime.Today(clock), ChinaTime.Today(clock).AddDays(30), TargetKind.Publisher, ContentKinds.None,
                    [12, 13], sample, null, RiskWeighting: true, 2, 0, 0, 10));
                planId = plan.Failure is { } failure ? throw new InvalidOperationException(failure.Message) : plan.Value.Id;
            }

            await using (var db = Context())
            {
                // The parts of a draw, timed apart once before the timed request (which also warms the code up).
                var plan = await db.SpotCheckPlans.AsNoTracking().FirstAsync(p => p.Id == planId);
                // The population alone (every weight 1), then with the risk weights, each with the CPU time it took.
                var unweighted = await TimedAsync(() => new TargetDirectory(db, new CreditSpotCheckGrades(db, clock)).SnapshotAsync(new SpotCheckPlan
                {
                    ProvinceCode = plan.ProvinceCode, Agency = plan.Agency, TargetKind = plan.TargetKind, PeriodStart = plan.PeriodStart, SampleSize = plan.SampleSize,
                    InspectorsPerTask = plan.InspectorsPerTask,
                }));
                var weighted = await TimedAsync(() => new TargetDirectory(db, new CreditSpotCheckGrades(db, clock)).SnapshotAsync(plan));
                Console.WriteLine($"Population read: {unweighted.Wall.TotalSeconds:F2} s (CPU {unweighted.Cpu.TotalSeconds:F2} s) alone, " +
                                  $"{weighted.Wall.TotalSeconds:F2} s (CPU {weighted.Cpu.TotalSeconds:F2} s) with risk weights");
                var snapshot = weighted.Result;
                var read = weighted.Wall;
                var part = Stopwatch.StartNew();
                var canonical = snapshot.ToCanonicalBytes();
                _ = DrawSnapshot.HashOf(canonical);
                _ = DrawSnapshot.Compress(canonical);
                var written = part.Elapsed;
                part.Restart();
                _ = DrawAlgorithm.Run(snapshot, 1);
                Console.WriteLine($"Parts: population and weights read {read.TotalSeconds:F2} s, snapshot text + SHA-256 + gzip {written.TotalSeconds:F2} s, " +
                                  $"draw {part.Elapsed.TotalSeconds:F2} s");
            }

            SpotCheckDraw draw;
            // CPU time beside wall time: on a shared machine the wall clock also counts other processes' turns.
            var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
            var drawTime = Stopwatch.StartNew();
            await using (var db = Context())
            {
                var attempt = await new SpotCheckDrawing(db, new TargetDirectory(db, new CreditSpotCheckGrades(db, clock)), new AuditLog(db, SystemActor.Instance, clock), calendar, clock)
                    .DrawAsync(admin, planId);
                draw = attempt.Failure is { } failure ? throw new InvalidOperationException(failure.Message) : attempt.Value;
            }
            drawTime.Stop();
            var drawCpu = Process.GetCurrentProcess().TotalProcessorTime - cpuBefore;
            Console.WriteLine($"Draw: {draw.SampleSize} of {draw.PopulationSize:N0} in {drawTime.Elapsed.TotalSeconds:F2} s (CPU {drawCpu.TotalSeconds:F2} s, load average {File.ReadAllText("/proc/loadavg").Split(' ')[0]}) " +
                              $"(seed {draw.SeedHex}, snapshot {draw.SnapshotGzip!.Length / 1024.0 / 1024:F1} MiB gzip, {draw.SnapshotHash})");

            var verifyTime = Stopwatch.StartNew();
            await using (var db = Context())
            {
                var stored = await db.SpotCheckDraws.AsNoTracking().FirstAsync(d => d.Id == draw.Id);
                var result = await DrawVerification.VerifyAsync(db, stored, ignoreScope: true, default)
                    ?? throw new InvalidOperationException("The draw has no snapshot.");
                verifyTime.Stop();
                Console.WriteLine($"Verification: {(result.Matches ? "MATCH" : "MISMATCH")} (snapshot {result.SnapshotMatches}, result {result.ResultMatches}, tasks {result.TasksMatch}) " +
                                  $"in {verifyTime.Elapsed.TotalSeconds:F2} s, replay alone {result.Elapsed.TotalSeconds:F2} s");
                if (!result.Matches) Environment.ExitCode = 1;
            }
        }
        finally
        {
            if (postgres is null && keep is null)
            {
                Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
                foreach (var file in new[] { sqlitePath, sqlitePath + "-wal", sqlitePath + "-shm" }) File.Delete(file);
            }
        }
    }

    private static async Task<(T Result, TimeSpan Wall, TimeSpan Cpu)> TimedAsync<T>(Func<Task<T>> work)
    {
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var wall = Stopwatch.StartNew();
        var result = await work();
        return (result, wall.Elapsed, Process.GetCurrentProcess().TotalProcessorTime - cpu);
    }

    // The generated SQL holds only integers this method formats itself and fixed identifiers: nothing from outside.
#pragma warning disable EF1003
    /// <summary>200 platforms in Guangdong; publishers spread over them, every 50th reported a few times; 60 inspectors, some conflicted.</summary>
    private static async Task ArrangeAsync(RegulatorDbContext db, int publishers, bool postgres)
    {
        var q = (string name) => postgres ? $"\"{name}\"" : name;
        var now = DateTime.UtcNow;
        for (var i = 0; i < 200; i++)
            db.Platforms.Add(new Domain.Platforms.Platform { Name = $"基准平台{i}", Uscc = $"91440000BENCH{i:D5}", ProvinceCode = "44", Agency = Agency.Cyberspace, CreatedUtc = now });
        await db.SaveChangesAsync();
        var submission = new FilingSubmission { PlatformId = 1, ProvinceCode = "44", SubmittedBy = "bench", ReceivedUtc = now };
        db.FilingSubmissions.Add(submission);
        for (var i = 0; i < 60; i++)
        {
            var inspector = new Inspector { ProvinceCode = "44", Agency = Agency.Cyberspace, Name = $"检查员{i}", UserId = $"bench-{i}", CertificateNumber = $"44BENCH{i:D4}",
                CertificateExpiresOn = DateOnly.FromDateTime(now).AddYears(2) };
            for (var p = 0; p < 10 && i % 3 == 0; p++) inspector.Conflicts.Add(new InspectorConflict { ProvinceCode = "44", PlatformId = 1 + (i * 7 + p) % 200, Kind = ConflictKind.Relation });
            db.Inspectors.Add(inspector);
        }
        await db.SaveChangesAsync();
        db.Database.SetCommandTimeout(TimeSpan.FromMinutes(20));
        var series = postgres ? $"generate_series(1, {publishers}) AS s(n)" : $"(WITH RECURSIVE s(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM s WHERE n < {publishers}) SELECT n FROM s)";
        var stamp = postgres ? "now()" : "'2026-11-01 00:00:00'";
        var today = postgres ? "current_date" : "'2026-11-01'";
        var bytes = postgres ? "'\\x01'::bytea" : "x'01'";
        // Each publisher a person of their own (a blind index per row), so the credit grades join one subject per filing.
        var blindIndex = postgres ? "convert_to('b' || n, 'UTF8')" : "CAST('b' || n AS BLOB)";
        await db.Database.ExecuteSqlRawAsync(
            $"INSERT INTO {q("Filings")} ({q("PlatformId")}, {q("ProvinceCode")}, {q("Agency")}, {q("PlatformPublisherId")}, {q("PublisherType")}, {q("RealName")}, " +
            $"{q("IdentityCiphertext")}, {q("IdentityBlindIndex")}, {q("IdentityMasked")}, {q("DisplayNames")}, {q("ContentKinds")}, {q("Status")}, {q("ContentFingerprint")}, " +
            $"{q("SubmissionId")}, {q("FiledOn")}, {q("CreatedUtc")}, {q("UpdatedUtc")}) " +
            $"SELECT 1 + n % 200, '44', 1, 'p' || n, 1, '主播' || n, {bytes}, {blindIndex}, '440000********0000', {(postgres ? "ARRAY[]::text[]" : "'[]'")}, 2, 2, {bytes}, {submission.Id}, {today}, {stamp}, {stamp} FROM {series}");
        // Report cases against every 50th publisher's account (CaseKey as intake builds it), so weights vary.
        var reported = publishers / 50;
        var reportSeries = postgres ? $"generate_series(1, {reported}) AS s(n)" : $"(WITH RECURSIVE s(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM s WHERE n < {reported}) SELECT n FROM s)";
        var recent = postgres ? "now() - interval '30 days'" : "'2026-10-01 00:00:00'";
        await db.Database.ExecuteSqlRawAsync(
            $"INSERT INTO {q("ReportCases")} ({q("CaseKey")}, {q("CategoryId")}, {q("Agency")}, {q("ProvinceCode")}, {q("PlatformId")}, {q("AccountLabel")}, {q("Status")}, " +
            $"{q("Priority")}, {q("MinorInvolved")}, {q("ReportCount")}, {q("FirstReceivedUtc")}, {q("LastReceivedUtc")}, {q("DueUtc")}, {q("Measures")}, {q("Version")}) " +
            $"SELECT 'p' || (1 + (n * 50) % 200) || '|a:p' || (n * 50), 2, 2, '44', 1 + (n * 50) % 200, 'p' || (n * 50), 1, 1, {(postgres ? "false" : "0")}, 1, {recent}, {recent}, {stamp}, 0, 0 FROM {reportSeries}");
        // Credit grades as a province might hold them: every publisher graded, one in ten B, one in forty D, the rest A.
        await new CreditSubjects(db, TimeProvider.System).AddMissingAsync();
        await db.CreditSubjects.Where(x => x.Kind == CreditSubjectKind.Publisher && x.Id % 10 == 0).ExecuteUpdateAsync(u => u.SetProperty(x => x.Grade, CreditGrade.B));
        await db.CreditSubjects.Where(x => x.Kind == CreditSubjectKind.Publisher && x.Id % 40 == 1).ExecuteUpdateAsync(u => u.SetProperty(x => x.Grade, CreditGrade.D));
    }
#pragma warning restore EF1003
}
