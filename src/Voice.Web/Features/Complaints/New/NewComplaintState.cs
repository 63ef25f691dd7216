using Voice.Data.Complaints;

namespace Voice.Web.Features.Complaints.New;

/// <summary>The answers of a complaint being made online, kept as JSON in its draft row.</summary>
public class NewComplaintState
{
    public ComplainantType? Who { get; set; }
    public string? Relationship { get; set; }
    public string? Service { get; set; }
    public string? Description { get; set; }
    public DateOnly? HappenedOn { get; set; }
    public bool LateAsked { get; set; }
    public string? LateReason { get; set; }
    public string? WantedOutcome { get; set; }
    public bool HelpAnswered { get; set; }
    public bool NeedsAdvocate { get; set; }
    public bool NeedsInterpreter { get; set; }
    public string? InterpreterLanguage { get; set; }
    public string? OtherFormat { get; set; }
    public string? Name { get; set; }
    public string? Email { get; set; }
    public string? Phone { get; set; }
    public string? Address { get; set; }
    public ContactPreference? Preference { get; set; }

    /// <summary>More than a year before the complaint (reg 9).</summary>
    public bool IsLate(DateOnly today) => HappenedOn is { } d && d < today.AddYears(-1);

    /// <summary>The first question not answered yet, or null when the complaint can be sent.</summary>
    public string? FirstUnanswered(DateOnly today) =>
        Who is null ? "who"
        : Service is null ? "service"
        : string.IsNullOrWhiteSpace(Description) ? "what-happened"
        : HappenedOn is null ? "when"
        : IsLate(today) && !LateAsked ? "late"
        : WantedOutcome is null ? "outcome"
        : !HelpAnswered ? "help"
        : string.IsNullOrWhiteSpace(Name) || Preference is null ? "contact"
        : null;
}
