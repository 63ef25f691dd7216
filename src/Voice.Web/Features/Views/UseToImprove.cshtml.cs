using Microsoft.AspNetCore.Authorization;
using Voice.Data;
using Voice.Data.Feedback.Views;

namespace Voice.Web.Features.Views;

[AllowAnonymous]
public class UseToImproveModel(ViewSession session, VoiceDbContext db, ViewLinks links, TimeProvider clock) : ChoicePage(session, db, links, clock)
{
    protected override bool? Read(ViewResponse response) => response.UseAnonymously;
    protected override void Write(ViewResponse response, bool value) => response.UseAnonymously = value;
    protected override string Missing => "Select if we can use your answers to make things better";
    protected override string Next => Links.Check();
    protected override string Back(ViewSession.Current current) =>
        current.Invitation.SocialWorkerId is not null ? Links.WhoCanSee() : LastQuestion(current, Links);
}
