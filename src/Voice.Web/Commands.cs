using Microsoft.AspNetCore.Identity;
using Voice.Data.Identity;
using Voice.Web.Pages.Account;

namespace Voice.Web;

/// <summary>
/// Command-line tasks run with the app's configuration instead of the web server:
/// <c>dotnet run --project src/Voice.Web -- create-admin EMAIL "NAME"</c>.
/// </summary>
public static class Commands
{
    public static async Task<bool> TryRunAsync(string[] args)
    {
        if (args.Length == 0) return false;
        switch (args[0])
        {
            case "create-admin":
                await CreateAdminAsync(args);
                return true;
            default:
                return false;
        }
    }

    static async Task CreateAdminAsync(string[] args)
    {
        if (args.Length < 3)
        {
            Console.Error.WriteLine("Usage: create-admin EMAIL \"FULL NAME\"");
            Environment.ExitCode = 2;
            return;
        }
        var app = VoiceApp.Create(args[3..], b => b.Configuration["Voice:Jobs:Enabled"] = "false");
        using var scope = app.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<VoiceUser>>();
        var links = scope.ServiceProvider.GetRequiredService<AccountLinks>();
        var clock = scope.ServiceProvider.GetRequiredService<TimeProvider>();
        var user = await users.FindByEmailAsync(args[1]);
        if (user is null)
        {
            user = new VoiceUser { UserName = args[1], Email = args[1], DisplayName = args[2], CreatedAt = clock.GetUtcNow().UtcDateTime, InvitedBy = "command line" };
            var created = await users.CreateAsync(user);
            if (!created.Succeeded)
            {
                Console.Error.WriteLine(string.Join("; ", created.Errors.Select(e => e.Description)));
                Environment.ExitCode = 1;
                return;
            }
        }
        if (!await users.IsInRoleAsync(user, Roles.Administrator)) await users.AddToRoleAsync(user, Roles.Administrator);
        var token = await users.GeneratePasswordResetTokenAsync(user);
        Console.WriteLine($"Administrator {args[1]} ready. Set a password at:\n{links.AcceptInvite(user.Id, token)}");
    }
}
