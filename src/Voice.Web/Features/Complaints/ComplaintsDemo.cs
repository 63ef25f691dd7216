using Microsoft.EntityFrameworkCore;
using Voice.Data;
using Voice.Data.Audit;
using Voice.Data.Calendar;
using Voice.Data.Complaints;
using Voice.Web.Features.Complaints;
using Voice.Web.Features.Complaints.New;

namespace Voice.Web.Features.Complaints;

/// <summary>
/// Development demo data for complaints: a handful of complaints received over the last few weeks,
/// online, by phone and by letter, from parents, a young person, a foster carer and a care leaver,
/// so a complaints officer trying the demo sees a queue with real deadlines (some due soon, some
/// late) instead of an empty table. They go through the same intake as a real complaint.
/// </summary>
public static class ComplaintsDemo
{
    /// <summary>Marks the demo complaints' descriptions, so seeding twice adds nothing.</summary>
    public const string Marker = "(demo)";

    static readonly (int DaysAgo, ComplainantType Who, string Service, ReceivedChannel Channel, string Name, string Description, string Wanted, ContactPreference Preference)[] Complaints =
    [
        (1, ComplainantType.Parent, "looked-after", ReceivedChannel.Online, "Pat Parent",
            "My son's review meeting was cancelled three times and nobody told us why.", "A new date for the review and an apology.", ContactPreference.Email),
        (3, ComplainantType.Child, "looked-after", ReceivedChannel.Phone, "Sam",
            "I have had four social workers this year and I have to tell my story every time.", "One social worker who stays.", ContactPreference.Phone),
        (6, ComplainantType.FosterCarer, "fostering", ReceivedChannel.Online, "Fran Foster",
            "Our fostering allowance was paid late for two months running.", "The allowance paid on time and the missing money sorted.", ContactPreference.Email),
        (12, ComplainantType.CareLeaver, "care-leavers", ReceivedChannel.Letter, "Casey Leaver",
            "My personal adviser did not reply to my messages about my flat for three weeks.", "A reply, and help with the deposit for my flat.", ContactPreference.Post),
        (20, ComplainantType.Parent, "social-work", ReceivedChannel.Email, "Morgan Mum",
            "The assessment said things about our family that are not true.", "The assessment corrected.", ContactPreference.Email),
        (30, ComplainantType.SpecialGuardian, "special-guardianship", ReceivedChannel.Online, "Gerry Guardian",
            "The support plan we agreed has not started after two months.", "The support to start, with a date.", ContactPreference.Email),
    ];

    public static async Task SeedAsync(IServiceProvider services)
    {
        var db = services.GetRequiredService<VoiceDbContext>();
        if (await db.Complaints.AnyAsync(c => c.Description.EndsWith(Marker))) return;
        var intake = services.GetRequiredService<ComplaintIntake>();
        var today = services.GetRequiredService<UkClock>().Today;
        foreach (var c in Complaints)
        {
            var slug = c.Name.Split(' ')[0].ToLowerInvariant();
            var state = new NewComplaintState
            {
                Who = c.Who, Service = c.Service, Description = $"{c.Description} {Marker}", HappenedOn = today.AddDays(-c.DaysAgo - 14),
                WantedOutcome = c.Wanted, HelpAnswered = true, Name = c.Name, Preference = c.Preference,
                Email = c.Preference == ContactPreference.Email ? $"{slug}@example.com" : null,
                Phone = c.Preference == ContactPreference.Phone ? "07700 900123" : null,
                Address = c.Preference == ContactPreference.Post ? "1 Demo Street\nNorthfield\nNF1 1AA" : null,
            };
            await intake.SubmitAsync(state, c.Channel, today.AddDays(-c.DaysAgo), null, AuditActor.System, CancellationToken.None);
        }
    }
}
