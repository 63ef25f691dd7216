using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Voice.Web.Features.Batches;

/// <summary>
/// Journey-point questionnaires in bulk, for the performance team, registered from one line in
/// VoiceApp: who may open the pages, their links and the bulk invitation emails (sent through the
/// outbox). The reminders and the chasing of unread views belong to the views feature.
/// </summary>
public static class BatchesSetup
{
    public static void Add(IServiceCollection services)
    {
        services.AddAuthorization(BatchesAccess.Add);
        services.Configure<RazorPagesOptions>(o => o.Conventions.AuthorizeAreaFolder("Staff", "/Batches", BatchesAccess.Policy));
        services.AddSingleton<BatchLinks>();
        services.AddScoped<BulkInvitationEmails>();
    }
}
