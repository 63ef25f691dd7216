using Microsoft.AspNetCore.Authorization;
using Voice.Data;
using Voice.Data.Feedback.Views;

namespace Voice.Web.Features.Views;

[AllowAnonymous]
public class WhoCanSeeModel(ViewSession session, VoiceDbContext db, ViewLinks links, TimeProvider clock) : ChoicePage(session, db, links, clock)
{
    protected override bool? Read(ViewResponse response) => response.ShareWithSocialWorker;
    protected override void Write(ViewResponse response, bool value) => response.ShareWithSocialWorker = value;
    protected override string Missing => "Select if your social worker can read your answers too";
    protected override string Next => Links.UseToImprove();
    protected override string Back(ViewSession.Current current) => LastQuestion(current, Links);
}
