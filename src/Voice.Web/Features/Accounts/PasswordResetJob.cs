using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Voice.Data;
using Voice.Data.Audit;
using Voice.Data.Identity;
using Voice.Web.Infrastructure.Jobs;

namespace Voice.Web.Features.Accounts;

/// <summary>
/// Answers queued forgotten-password requests every tick: an address with an active account gets
/// a reset link (an outbox email saved with the request's removal); any other address gets
/// nothing. Each request is its own save, so one that fails does not hold up the rest.
/// </summary>
public class PasswordResetJob(ILogger<PasswordResetJob> log) : IBackgroundJob
{
    public string Name => "password-resets";
    public TimeSpan Interval => TimeSpan.Zero;

    public async Task RunAsync(IServiceProvider services, CancellationToken ct)
    {
        var db = services.GetRequiredService<VoiceDbContext>();
        var ids = await db.PasswordResetRequests.OrderBy(r => r.Id).Select(r => r.Id).Take(200).ToListAsync(ct);
        foreach (var id in ids)
        {
            using var scope = services.CreateScope();
            try { await AnswerAsync(scope.ServiceProvider, id, ct); }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                log.LogError(e, "Password reset request {Id} could not be answered", id);
            }
        }
    }

    static async Task AnswerAsync(IServiceProvider services, long id, CancellationToken ct)
    {
        var db = services.GetRequiredService<VoiceDbContext>();
        var request = await db.PasswordResetRequests.SingleOrDefaultAsync(r => r.Id == id, ct);
        if (request is null) return;
        var users = services.GetRequiredService<UserManager<VoiceUser>>();
        var user = await users.FindByEmailAsync(request.Email);
        if (user is { IsDisabled: false })
        {
            var token = await users.GeneratePasswordResetTokenAsync(user);
            var link = services.GetRequiredService<AccountLinks>().ResetPassword(user.Id, token);
            services.GetRequiredService<Voice.Data.Outbox.Outbox>().Email("account-password-reset", user.Email!, "Reset your Voice password",
                $"Hello {user.DisplayName},\n\nSomeone asked to reset the password for your Voice account. If it was you, use this link within 1 day:\n\n{link}\n\nIf it was not you, you can ignore this email: your password has not changed.");
            services.GetRequiredService<AuditWriter>().Add(AuditActor.Public, "Password reset requested", "User", user.Id);
        }
        db.PasswordResetRequests.Remove(request);
        await db.SaveChangesAsync(ct);
    }
}
