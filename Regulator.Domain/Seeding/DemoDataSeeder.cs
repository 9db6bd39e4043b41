using Bogus;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Regulator.Domain.Common;
using Regulator.Domain.Identity;
using Regulator.Domain.Persistence;
using Regulator.Domain.Platforms;
using Regulator.Domain.Provinces;

namespace Regulator.Domain.Seeding;

/// <summary>
/// Generates realistic, internally consistent demo data from a fixed random seed, so two runs at the same
/// scale produce the same records. Seeds only an empty database: running it twice is safe.
/// </summary>
public sealed class DemoDataSeeder(
    RegulatorDbContext db, UserManager<RegulatorUser> users, RoleManager<IdentityRole> roles, TimeProvider clock,
    IEnumerable<IDemoDataContributor> contributors)
{
    private static readonly string[] PlatformStems = ["星光", "云海", "斗鱼", "快看", "青柠", "长风", "火山", "蓝鲸", "微光", "锦鲤", "熊猫", "极光", "乐映", "酷玩", "鲸鱼", "花椒", "映客", "千帆"];
    private static readonly string[] PlatformKinds = ["直播", "视频", "互动娱乐", "文化传媒", "网络科技", "演艺"];

    public async Task<bool> SeedIfEmptyAsync(DemoScale scale, CancellationToken ct = default)
    {
        if (await db.Users.AnyAsync(ct)) return false;
        await SeedRolesAndUsersAsync();
        var platforms = await SeedPlatformsAsync(scale, ct);
        // OrderBy is stable: contributors of one order run in the order they were registered.
        foreach (var contributor in contributors.OrderBy(c => c.SeedOrder))
            await contributor.SeedAsync(platforms, scale, ct);
        return true;
    }

    private async Task SeedRolesAndUsersAsync()
    {
        foreach (var role in RegulatorRoles.All)
            if (!await roles.RoleExistsAsync(role)) await roles.CreateAsync(new IdentityRole(role));

        foreach (var demo in DemoUsers.All)
        {
            var user = new RegulatorUser
            {
                UserName = demo.UserName,
                DisplayName = demo.DisplayName,
                Agency = demo.Agency,
                ProvinceCode = demo.ProvinceCode,
                CreatedUtc = clock.GetUtcNow().UtcDateTime,
            };
            var created = await users.CreateAsync(user, DemoUsers.Password);
            if (!created.Succeeded) throw new InvalidOperationException(string.Join("; ", created.Errors.Select(e => e.Description)));
            await users.AddToRoleAsync(user, demo.Role);
        }
    }

    private async Task<IReadOnlyList<Platform>> SeedPlatformsAsync(DemoScale scale, CancellationToken ct)
    {
        var faker = new Faker("zh_CN") { Random = new Randomizer(scale.RandomSeed) };
        var today = ChinaTime.Today(clock);
        // Most platforms cluster where the industry does, so a demo province has enough to review.
        string[] hubs = ["11", "44", "33", "31", "51"];
        var platforms = new List<Platform>();
        var usedNames = new HashSet<string>();
        for (var i = 0; i < scale.Platforms; i++)
        {
            var province = i < hubs.Length * 4 ? hubs[i % hubs.Length] : ProvinceCatalog.All[faker.Random.Int(0, ProvinceCatalog.All.Count - 1)].Code;
            string name;
            do name = faker.PickRandom(PlatformStems) + faker.PickRandom(PlatformKinds) + (usedNames.Count >= 60 ? faker.Random.Number(2, 99).ToString() : "");
            while (!usedNames.Add(name));
            var platform = new Platform
            {
                Name = name,
                Uscc = DemoIdentities.UnifiedSocialCreditCode(faker.Random, province),
                ProvinceCode = province,
                Agency = i % 3 == 2 ? Agency.CultureTourism : Agency.Cyberspace,
                CreatedUtc = clock.GetUtcNow().UtcDateTime.AddDays(-faker.Random.Int(30, 2000)),
            };
            platform.Licences.Add(Licence(LicenceKind.NetworkCulture, province, faker, today));
            if (faker.Random.Bool(0.6f)) platform.Licences.Add(Licence(LicenceKind.AudioVisualProgramme, province, faker, today));
            if (faker.Random.Bool(0.35f)) platform.Licences.Add(Licence(LicenceKind.NewsInformation, province, faker, today));
            platforms.Add(platform);
        }
        db.Platforms.AddRange(platforms);
        await db.SaveChangesAsync(ct);
        return platforms;
    }

    private static PlatformLicence Licence(LicenceKind kind, string province, Faker faker, DateOnly today) => new()
    {
        Kind = kind,
        Number = kind switch
        {
            LicenceKind.NetworkCulture => $"{ProvinceCatalog.Find(province)!.NameZh[..1]}网文〔{faker.Random.Int(2019, 2025)}〕{faker.Random.Int(1000, 9999)}-{faker.Random.Int(100, 999)}号",
            LicenceKind.AudioVisualProgramme => $"{faker.Random.Int(100000, 199999):D7}",
            _ => $"{province}12{faker.Random.Int(100000, 999999)}",
        },
        // About one in ten has lapsed, so inspections have something to find.
        ValidUntil = today.AddDays(faker.Random.Bool(0.1f) ? -faker.Random.Int(1, 300) : faker.Random.Int(60, 1500)),
    };
}
