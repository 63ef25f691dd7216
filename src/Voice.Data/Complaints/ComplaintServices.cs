namespace Voice.Data.Complaints;

/// <summary>A service a complaint can be about, and the route complaints about it usually take.</summary>
public sealed record ComplaintService(string Code, string Label, ComplaintRoute UsualRoute);

/// <summary>
/// The services people choose from. The statutory procedure covers children in need, looked-after
/// children, care leavers, adoption, special guardianship support and fostering; child protection
/// matters, school admissions, SEN and early help usually go through the corporate procedure.
/// Staff confirm the route at intake.
/// </summary>
public static class ComplaintServices
{
    public static readonly IReadOnlyList<ComplaintService> All =
    [
        new("social-work", "Social work support for a child or family (child in need)", ComplaintRoute.Statutory),
        new("looked-after", "A child in care (looked after)", ComplaintRoute.Statutory),
        new("care-leavers", "Support for care leavers", ComplaintRoute.Statutory),
        new("fostering", "Fostering", ComplaintRoute.Statutory),
        new("adoption", "Adoption", ComplaintRoute.Statutory),
        new("special-guardianship", "Special guardianship support", ComplaintRoute.Statutory),
        new("disabled-children", "Services for disabled children", ComplaintRoute.Statutory),
        new("child-protection", "Child protection", ComplaintRoute.Corporate),
        new("early-help", "Early help", ComplaintRoute.Corporate),
        new("education", "School admissions, attendance or special educational needs", ComplaintRoute.Corporate),
        new("other", "Something else", ComplaintRoute.Corporate),
    ];

    public static ComplaintService? Find(string? code) => All.FirstOrDefault(s => s.Code == code);
    public static string Label(string code) => Find(code)?.Label ?? code;
}

public static class ComplaintText
{
    public static string Label(this ComplainantType t) => t switch
    {
        ComplainantType.Child => "A child or young person",
        ComplainantType.Parent => "A parent or someone with parental responsibility",
        ComplainantType.FosterCarer => "A foster carer",
        ComplainantType.CareLeaver => "A care leaver",
        ComplainantType.SpecialGuardian => "A special guardian",
        ComplainantType.OnBehalf => "Someone complaining on behalf of a child",
        _ => "Someone else",
    };

    public static string Label(this ComplaintStatus s) => s switch
    {
        ComplaintStatus.Open => "Open",
        ComplaintStatus.Responded => "Response sent",
        ComplaintStatus.AwaitingDecision => "Awaiting a decision",
        ComplaintStatus.Closed => "Closed",
        _ => "Withdrawn",
    };

    public static string Label(this PointOutcome o) => o switch
    {
        PointOutcome.Upheld => "Upheld",
        PointOutcome.PartlyUpheld => "Partly upheld",
        _ => "Not upheld",
    };

    public static string Label(this ComplaintStep s) => ComplaintTimescales.Statutory.Steps.FirstOrDefault(t => t.Step == s)?.Name ?? s.ToString();

    public static string Label(this ReceivedChannel c) => c switch
    {
        ReceivedChannel.Online => "Online",
        ReceivedChannel.Phone => "Phone",
        ReceivedChannel.Letter => "Letter",
        ReceivedChannel.Email => "Email",
        _ => "In person",
    };

    /// <summary>Children and care leavers are offered an advocate automatically (Children Act 1989 s26A).</summary>
    public static bool IsOfferedAdvocacy(this ComplainantType t) => t is ComplainantType.Child or ComplainantType.CareLeaver;

    public static string StageName(int stage) => $"Stage {stage}";
}
