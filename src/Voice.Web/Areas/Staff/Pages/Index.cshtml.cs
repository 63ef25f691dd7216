using Microsoft.AspNetCore.Mvc.RazorPages;
using Voice.Data.Identity;

namespace Voice.Web.Areas.Staff.Pages;

/// <summary>Staff home: the areas this person's roles open, and nothing else.</summary>
public class IndexModel : PageModel
{
    public record Area(string Title, string Description, string Page, string Role);

    /// <summary>Each staff area and the role that opens it. Features add themselves here.</summary>
    public static readonly IReadOnlyList<Area> Areas =
    [
        new("Views before reviews", "Invite young people to give their views before a meeting, read them and say what happened next.", "/Views/Index", Roles.Practitioner),
        new("Journey-point questionnaires", "Send questionnaires to families in bulk from a CSV file and see the response rates.", "/Batches/Index", Roles.ParticipationOfficer),
        new("Journey-point questionnaires", "Send questionnaires to families in bulk from a CSV file and see the response rates.", "/Batches/Index", Roles.QaAnalyst),
        new("Quality assurance", "What children, young people and families tell us, from every source: themes, trends, quotes and complaints figures.", "/Quality/Index", Roles.QaAnalyst),
        new("Quality assurance", "What children, young people and families tell us, from every source: themes, trends, quotes and complaints figures (read only).", "/Quality/Index", Roles.ServiceManager),
        new("Safeguarding triage", "Check words young people wrote that may mean they are not safe, and record a decision.", "/Safeguarding/Index", Roles.SafeguardingDuty),
        new("Staff accounts", "Invite staff, change their roles and disable accounts.", "/Admin/Users/Index", Roles.Administrator),
        new("Complaints", "The complaints queue by due date, logging complaints and the complaints report.", "/Complaints/Index", Roles.ComplaintsOfficer),
        new("Complaints", "The complaints queue by due date, logging complaints and the complaints report.", "/Complaints/Index", Roles.ComplaintsManager),
        new("Bank holiday calendar", "Add or remove a one-off bank holiday; complaint deadlines follow.", "/Admin/Calendar/Index", Roles.Administrator),
        new("Notifications that failed", "Emails that could not be sent after every retry, with the error; send them again.", "/Admin/Outbox/Index", Roles.Administrator),
        new("Audit log", "Search who did what to which record, failed sign-ins, and who viewed lists and downloads.", "/Admin/Audit/Index", Roles.Administrator),
        new("Erase a person's data", "Erase a complainant's or care leaver's personal data when the council has agreed to a request.", "/Admin/Erase/Index", Roles.Administrator),
        new("Health history requests", "Care leavers' requests for their health history, with due dates.", "/CareLeavers/HealthHistory/Index", Roles.HealthTeam),
        new("Young inspector audits", "Plan and run audits with young inspectors, and record feedback acted on for You said, we did.", "/Inspections/Index", Roles.ParticipationOfficer),
        new("Young inspector audits", "Check the facts in young inspectors' findings, respond to their recommendations and update your actions.", "/Inspections/Index", Roles.ServiceManager),
        new("Young inspector audits", "Read audits, findings, and actions due and overdue.", "/Inspections/Index", Roles.QaAnalyst),
        new("Local offer upkeep", "Review dates, owners, link checks and content problems for the care leavers' local offer.", "/Content/Index", Roles.ContentEditor),
        new("Translations", "How much of the public pages each language has, and the translators' CSV download and upload.", "/Content/Translations/Index", Roles.ContentEditor),
    ];

    public IReadOnlyList<Area> Mine { get; private set; } = [];
    public IReadOnlyList<string> MyRoles { get; private set; } = [];

    public Microsoft.AspNetCore.Mvc.IActionResult OnGet()
    {
        // Young inspectors have their own area, made for them.
        if (User.IsInRole(Roles.YoungInspector) && Roles.All.Count(r => User.IsInRole(r.Name)) == 1) return Redirect("/inspectors");
        Mine = Areas.Where(a => User.IsInRole(a.Role)).DistinctBy(a => a.Page).ToList();
        MyRoles = Roles.All.Where(r => User.IsInRole(r.Name)).Select(r => r.Label).ToList();
        return Page();
    }
}
