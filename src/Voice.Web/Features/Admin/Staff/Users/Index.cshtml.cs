using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Voice.Data;
using Voice.Data.Identity;

namespace Voice.Web.Features.Admin.Staff.Users;

public class IndexModel(VoiceDbContext db) : PageModel
{
    public record Row(string Id, string Name, string Email, IReadOnlyList<string> Roles, bool TwoFactor, bool Disabled, bool Invited);

    public IReadOnlyList<Row> Rows { get; private set; } = [];
    [Microsoft.AspNetCore.Mvc.TempData] public string? Banner { get; set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        var roleNames = await db.Roles.ToDictionaryAsync(r => r.Id, r => r.Name!, ct);
        var userRoles = (await db.UserRoles.Select(ur => new { ur.UserId, ur.RoleId }).ToListAsync(ct))
            .ToLookup(ur => ur.UserId, ur => Roles.Label(roleNames[ur.RoleId]));
        Rows = (await db.Users.OrderBy(u => u.DisplayName)
                .Select(u => new { u.Id, u.DisplayName, u.Email, u.TwoFactorEnabled, u.IsDisabled, HasPassword = u.PasswordHash != null })
                .ToListAsync(ct))
            .Select(u => new Row(u.Id, u.DisplayName, u.Email ?? "", userRoles[u.Id].Order().ToList(), u.TwoFactorEnabled, u.IsDisabled, !u.HasPassword))
            .ToList();
    }
}
