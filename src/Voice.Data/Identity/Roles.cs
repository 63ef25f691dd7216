namespace Voice.Data.Identity;

/// <summary>Staff roles. Names are stored in AspNetRoles; labels are what people read.</summary>
public static class Roles
{
    public const string Practitioner = "Practitioner";
    public const string ComplaintsOfficer = "ComplaintsOfficer";
    public const string ComplaintsManager = "ComplaintsManager";
    public const string ParticipationOfficer = "ParticipationOfficer";
    public const string QaAnalyst = "QaAnalyst";
    public const string SafeguardingDuty = "SafeguardingDuty";
    public const string SafeguardingManager = "SafeguardingManager";
    public const string HealthTeam = "HealthTeam";
    public const string ContentEditor = "ContentEditor";
    public const string Administrator = "Administrator";
    public const string YoungInspector = "YoungInspector";
    public const string ServiceManager = "ServiceManager";

    /// <summary>
    /// Every role with what it lets a person do today, shown when an administrator chooses roles.
    /// A description promises only pages that exist: when the quality assurance area or the young
    /// inspector area lands, its role's description changes in the same commit (RolesTests).
    /// </summary>
    public static readonly IReadOnlyList<(string Name, string Label, string Description)> All =
    [
        (Practitioner, "Practitioner", "Invites young people to give their views and reads them before reviews"),
        (ComplaintsOfficer, "Complaints officer", "Handles complaints and their deadlines"),
        (ComplaintsManager, "Complaints manager", "Oversees all complaints and the annual report"),
        (ParticipationOfficer, "Participation officer", "Sends journey-point questionnaires in bulk and sees their response rates, and runs young inspectors' audits"),
        (QaAnalyst, "Quality assurance analyst", "Reads the themes and trends in all feedback and every audit, and sends journey-point questionnaires in bulk"),
        (SafeguardingDuty, "Safeguarding duty", "Triages safeguarding flags"),
        (SafeguardingManager, "Safeguarding duty manager", "Is told when a safeguarding flag is not decided in time, and again each working hour"),
        (HealthTeam, "Looked-after children's health team", "Handles health history requests"),
        (ContentEditor, "Content editor", "Keeps the care leaver local offer up to date"),
        (Administrator, "Administrator", "Manages staff accounts, roles and the calendar"),
        (YoungInspector, "Young inspector", "Takes part in audits of services"),
        (ServiceManager, "Service manager", "Checks the facts in young inspectors' findings, answers their recommendations, owns the actions agreed, and reads the quality assurance area"),
    ];

    public static string Label(string name) => All.FirstOrDefault(r => r.Name == name).Label ?? name;
}
