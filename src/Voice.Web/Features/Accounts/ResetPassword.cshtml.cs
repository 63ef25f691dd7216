using Microsoft.AspNetCore.Identity;
using Voice.Data.Audit;
using Voice.Data.Identity;

namespace Voice.Web.Features.Accounts;

public class ResetPasswordModel(UserManager<VoiceUser> users, AuditWriter audit) : SetPasswordPage(users, audit)
{
    protected override bool IsInvite => false;
}
