using Voice.Web.Infrastructure.Jobs;

namespace Voice.Web.Features.Accounts;

/// <summary>A person's own account: signing in, two-factor, password resets (with their clean-up job), registered from one line in VoiceApp.</summary>
public static class AccountsSetup
{
    public static void Add(IServiceCollection services)
    {
        services.AddSingleton<AccountLinks>();
        services.AddSingleton<IBackgroundJob, PasswordResetJob>();
    }
}
