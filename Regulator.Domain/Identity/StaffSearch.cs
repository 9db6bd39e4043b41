using Microsoft.EntityFrameworkCore;
using Regulator.Domain.Common;
using Regulator.Domain.Persistence;

namespace Regulator.Domain.Identity;

/// <summary>
/// The staff list: accounts the reader may manage (<see cref="StaffDirectory.VisibleTo"/>: the context's actor), by
/// text in the user name or name. Staff number in the thousands at most, so it pages by offset and sorts by
/// <c>user</c> (default), <c>name</c> or <c>province</c>; each row's role comes in the same query.
/// </summary>
public sealed record StaffSearch(string? Text = null, string? SortKey = null, bool Descending = false) : IListQuery<StaffSearch.Row>
{
    public sealed record Row(string Id, string UserName, string DisplayName, Agency Agency, string? ProvinceCode, string Role, DateTimeOffset? LockoutEnd, bool TwoFactor)
    {
        public bool IsLockedAt(DateTimeOffset now) => LockoutEnd > now;
    }

    public Task<ListPage<Row>> PageAsync(RegulatorDbContext db, ListRequest page, CancellationToken ct = default)
    {
        var query = StaffDirectory.VisibleTo(db.Users.AsNoTracking(), db.Actor);
        if (!string.IsNullOrWhiteSpace(Text))
        {
            var text = Text.Trim();
            query = query.Where(u => u.UserName!.Contains(text) || u.DisplayName.Contains(text));
        }
        var ordered = (SortKey, Descending) switch
        {
            ("name", false) => query.OrderBy(u => u.DisplayName).ThenBy(u => u.Id),
            ("name", true) => query.OrderByDescending(u => u.DisplayName).ThenBy(u => u.Id),
            ("province", false) => query.OrderBy(u => u.ProvinceCode).ThenBy(u => u.UserName).ThenBy(u => u.Id),
            ("province", true) => query.OrderByDescending(u => u.ProvinceCode).ThenBy(u => u.UserName).ThenBy(u => u.Id),
            ("user", true) => query.OrderByDescending(u => u.UserName).ThenBy(u => u.Id),
            _ => query.OrderBy(u => u.UserName).ThenBy(u => u.Id),
        };
        var rows = ordered.Select(u => new Row(u.Id, u.UserName!, u.DisplayName, u.Agency, u.ProvinceCode,
            db.UserRoles.Where(r => r.UserId == u.Id).Join(db.Roles, r => r.RoleId, role => role.Id, (_, role) => role.Name).FirstOrDefault() ?? "",
            u.LockoutEnd, u.TwoFactorEnabled));
        return OffsetPaging.PageAsync(rows, page, ct);
    }
}
