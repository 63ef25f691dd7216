using Humanizer;
using Microsoft.EntityFrameworkCore;
using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Voice.Data;
using Voice.Data.Audit;
using Voice.Data.Complaints;
using Voice.Data.Identity;
using Voice.Web.Infrastructure.GovUk;
using Voice.Web.Infrastructure.Security;
using Voice.Web.Infrastructure.Validation;
using Voice.Web.Pages.Complaints;

namespace Voice.Web.Areas.Staff.Pages.Complaints;

/// <summary>
/// Every staff action on a complaint, one form each (/staff/complaints/{id}/{action}). Each
/// action checks it is allowed now, validates, changes the complaint, adds a timeline event and
/// an audit entry, works the clocks out again, and saves all of that together.
/// </summary>
public class ActModel(VoiceDbContext db, ComplaintWork work, ComplaintLinks links, AuditWriter audit) : PageModel, Voice.Web.Infrastructure.Concurrency.IConflictHistory
{
    [FromRoute] public long Id { get; set; }
    [FromRoute(Name = "action")] public string Action { get; set; } = "";
    [FromQuery] public long? Item { get; set; }
    /// <summary>The version of the complaint the form showed: a change made by someone else since is not overwritten.</summary>
    [BindProperty] public int? Version { get; set; }
    /// <summary>The newest timeline event when the form was shown, so a conflict can say what happened since.</summary>
    [BindProperty] public long SeenEvent { get; set; }

    [BindProperty] public DateParts Date { get; set; } = new();
    [BindProperty] public DateParts Date2 { get; set; } = new();
    [BindProperty] public string? Text { get; set; }
    [BindProperty] public string? Reason { get; set; }
    [BindProperty] public string? Choice { get; set; }
    [BindProperty] public string? Number { get; set; }
    [BindProperty] public string? Officer { get; set; }
    [BindProperty] public string? Owner { get; set; }
    [BindProperty] public string? InvestigatingOfficer { get; set; }
    [BindProperty] public string? IndependentPerson { get; set; }
    [BindProperty] public List<string> Confirm { get; set; } = [];
    [BindProperty] public List<string> Names { get; set; } = ["", "", ""];
    [BindProperty] public List<string> Notes { get; set; } = ["", "", ""];
    [BindProperty] public Dictionary<string, string> Outcomes { get; set; } = [];

    public Complaint Complaint { get; private set; } = null!;
    public string Title { get; private set; } = "";
    public List<ComplaintsAccess.Officer> Officers { get; private set; } = [];
    public bool IsManager => User.IsInRole(Roles.ComplaintsManager);
    public DateOnly Today => work.Today;

    static readonly Dictionary<string, string> Titles = new()
    {
        ["assign"] = "Assign an officer",
        ["route"] = "Decide the route",
        ["split"] = "Split the complaint",
        ["acknowledge"] = "Record the acknowledgement",
        ["advocacy"] = "Record advocacy",
        ["pause"] = "Pause for court or police proceedings",
        ["resume"] = "Restart the clock",
        ["extend"] = "Extend the deadline",
        ["point"] = "Add a complaint point",
        ["respond"] = "Record the response",
        ["stage2"] = "Stage 2 investigation",
        ["panel"] = "Stage 3 review panel",
        ["panel-report"] = "Record the panel report",
        ["decide-late"] = "Decide on a late complaint or request",
        ["remedy"] = "Add a remedy",
        ["learning"] = "Add a learning action",
        ["learning-status"] = "Update a learning action",
        ["ombudsman"] = "Ombudsman referral",
        ["correct"] = "Correct a date",
        ["close"] = "Close the complaint",
    };

    public static IEnumerable<(string Action, string Label)> Available(Complaint c, bool isManager) =>
        Titles.Keys.Where(a => a != "learning-status" && Allowed(c, a, isManager)).Select(a => (a, Titles[a]));

    /// <summary>Whether the action makes sense for the complaint as it stands (the complaint's own rule).</summary>
    public static bool Allowed(Complaint c, string action, bool isManager) =>
        Enum.TryParse<ComplaintAction>(action.Replace("-", ""), ignoreCase: true, out var a)
        && c.Allows(a, isManager ? ComplaintRole.Manager : ComplaintRole.Officer);

    public static IEnumerable<Choice> OutcomeChoices => Enum.GetValues<PointOutcome>().Select(o => new Choice(o.ToString(), o.Label()));
    public static IEnumerable<Choice> RouteChoices =>
    [
        new(nameof(ComplaintRoute.Statutory), "Statutory (Children Act 1989 procedure)"),
        new(nameof(ComplaintRoute.Corporate), "Corporate procedure"),
    ];
    public static IEnumerable<Choice> AdvocacyChoices =>
    [
        new("offered", "Advocacy offered"),
        new("referred", "Referred to an advocacy service", "Stage 1 pauses until an advocate is appointed"),
        new("appointed", "Advocate appointed", "The Stage 1 clock restarts"),
    ];
    public static IEnumerable<Choice> DecisionChoices => [new("Accepted", "Accept it"), new("Refused", "Refuse it")];
    public static IEnumerable<Choice> RemedyChoices => Enum.GetValues<RemedyKind>().Select(k => new Choice(k.ToString(), k switch
    {
        RemedyKind.Apology => "Apology",
        RemedyKind.Payment => "Payment",
        RemedyKind.ServiceChange => "Change to the service for this family",
        _ => "Other",
    }));
    public static IEnumerable<Choice> LearningChoices => Enum.GetValues<LearningStatus>().Select(s => new Choice(s.ToString(), s switch
    {
        LearningStatus.NotStarted => "Not started",
        LearningStatus.InProgress => "In progress",
        _ => "Done",
    }));
    public static readonly string[] OmbudsmanOutcomes =
        ["Premature: sent back to the council", "Not investigated", "No fault", "Fault, no injustice", "Fault and injustice: remedy agreed"];
    public static IEnumerable<Choice> OmbudsmanChoices => OmbudsmanOutcomes.Select(o => new Choice(o, o));
    public static readonly (string Key, string Label)[] CorrectableDates =
    [
        ("received", "Date received"), ("acknowledged", "Date acknowledged"), ("stage1-responded", "Stage 1 response sent"),
        ("stage2-requested", "Stage 2 requested"), ("statement-agreed", "Stage 2 statement of complaint agreed"),
        ("stage2-responded", "Stage 2 adjudication sent"), ("panel-requested", "Stage 3 requested"), ("panel-meeting", "Review panel met"),
        ("panel-report", "Panel report sent"), ("final-response", "Final response sent"),
    ];
    public static IEnumerable<Choice> CorrectChoices => CorrectableDates.Select(d => new Choice(d.Key, d.Label));
    public IEnumerable<Choice> OfficerChoices => Officers.Select(o => new Choice(o.Id, o.Name));
    public IReadOnlyList<ComplaintPoint> PointsToDecide => Complaint.Points.OrderBy(p => p.Number).ToList();

    async Task<IActionResult?> LoadAsync(CancellationToken ct)
    {
        if (!Titles.TryGetValue(Action, out var title)) return NotFound();
        var c = await work.LoadAsync(Id, ct);
        if (c is null) return NotFound();
        Complaint = c;
        Title = title;
        if (!Allowed(c, Action, IsManager))
        {
            TempData["Banner"] = null;
            return Redirect(links.Details(Id));
        }
        if (Action == "assign") Officers = await ComplaintsAccess.OfficersAsync(db, ct);
        return null;
    }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } away) return away;
        SeenEvent = await LatestEventAsync(ct);
        Date = DateParts.From(Today);
        switch (Action)
        {
            case "assign": Officer = Complaint.AssignedToId; break;
            case "route": Choice = Complaint.Route.ToString(); Reason = Complaint.RouteReason; break;
            case "stage2":
                InvestigatingOfficer = Complaint.Stage2?.InvestigatingOfficer;
                IndependentPerson = Complaint.Stage2?.IndependentPerson;
                Date2 = DateParts.From(Complaint.Stage2?.StatementAgreedOn);
                break;
            case "panel":
                Date2 = DateParts.From(Complaint.Panel?.MeetingOn);
                for (var i = 0; i < Complaint.PanelMembers.Count && i < 3; i++) { Names[i] = Complaint.PanelMembers[i].Name; Notes[i] = Complaint.PanelMembers[i].IndependenceNote; }
                break;
            case "respond":
                foreach (var p in Complaint.Points) if (p.Outcome is { } o) Outcomes[p.Id.ToString(CultureInfo.InvariantCulture)] = o.ToString();
                break;
            case "ombudsman" when Complaint.Ombudsman is { } o:
                Date = DateParts.From(o.ReferredOn); Text = o.OmbudsmanReference; Choice = o.Outcome; Date2 = DateParts.From(o.DecidedOn); Reason = o.Remedy;
                break;
            case "learning-status":
                if (Complaint.LearningActions.FirstOrDefault(a => a.Id == Item) is not { } la) return NotFound();
                Choice = la.Status.ToString();
                break;
        }
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } away) return away;
        var c = Complaint;
        db.ExpectVersion(c, Version);
        var actor = User.ToActor();
        string banner;
        switch (Action)
        {
            case "assign":
            {
                Officers = await ComplaintsAccess.OfficersAsync(db, ct);
                var officer = Officers.FirstOrDefault(o => o.Id == Officer);
                if (officer is null) this.Fail(nameof(Officer), "Select an officer");
                c.AssignedToId = officer!.Id;
                c.AssignedToName = officer.Name;
                work.Record(c, actor, "Assigned", $"Assigned to {officer.Name}");
                banner = $"Assigned to {officer.Name}";
                break;
            }
            case "route":
            {
                var route = ParseEnum<ComplaintRoute>(Choice, nameof(Choice), "Select the route");
                RequireText(Reason, nameof(Reason), "Enter the reason for the route", ComplaintConfiguration.TextMax);
                this.ThrowIfInvalid();
                if (route != c.Route && (c.Stage > 1 || c.Stage1RespondedOn is not null))
                    this.Fail(nameof(Choice), "The route cannot change after the Stage 1 response. Split the complaint instead");
                c.Route = route;
                c.RouteReason = Reason!.Trim();
                c.RouteDecidedOn = Today;
                work.Record(c, actor, "Route decided", $"The complaint will follow the {route.ToString().ToLowerInvariant()} procedure", c.RouteReason, isPublic: true);
                await TellAsync(c, $"How we will handle your complaint {c.Reference}",
                    $"We will handle your complaint under the {(route == ComplaintRoute.Statutory ? "children's social care (statutory) complaints procedure" : "council's corporate complaints procedure")}.\n\n{c.RouteReason}", ct);
                banner = $"Route set to {route.ToString().ToLowerInvariant()}";
                break;
            }
            case "split":
            {
                RequireText(Text, nameof(Text), "Enter the part of the complaint to split out", ComplaintConfiguration.DescriptionMax);
                var route = ParseEnum<ComplaintRoute>(Choice, nameof(Choice), "Select the route for the part split out");
                RequireText(Reason, nameof(Reason), "Enter the reason for splitting the complaint", ComplaintConfiguration.TextMax);
                this.ThrowIfInvalid();
                var part = new Complaint
                {
                    Reference = "TMP-" + Guid.NewGuid().ToString("N")[..16], TrackingCodeHash = c.TrackingCodeHash, SplitFromId = c.Id,
                    Route = route, RouteReason = Reason!.Trim(), RouteDecidedOn = Today, Status = ComplaintStatus.Open, Stage = 1,
                    ComplainantType = c.ComplainantType, Relationship = c.Relationship, ComplainantName = c.ComplainantName, Service = c.Service,
                    Description = Text!.Trim(), WantedOutcome = c.WantedOutcome, HappenedOn = c.HappenedOn, IsLate = c.IsLate, LateReason = c.LateReason,
                    LateDecision = c.LateDecision, LateDecisionReason = c.LateDecisionReason, NeedsAdvocate = c.NeedsAdvocate,
                    NeedsInterpreter = c.NeedsInterpreter, InterpreterLanguage = c.InterpreterLanguage, OtherFormat = c.OtherFormat,
                    Email = c.Email, Phone = c.Phone, Address = c.Address, ContactPreference = c.ContactPreference,
                    ReceivedOn = c.ReceivedOn, CreatedAt = work.Now, Channel = c.Channel, AcknowledgedOn = c.AcknowledgedOn,
                    AdvocacyOfferedOn = c.AdvocacyOfferedOn, AssignedToId = c.AssignedToId, AssignedToName = c.AssignedToName,
                };
                await using var tx = await db.Database.BeginTransactionAsync(ct);
                db.Complaints.Add(part);
                await db.SaveChangesAsync(ct);
                part.Reference = ComplaintClocks.ReferenceFor(part.ReceivedOn.Year, part.Id);
                work.Record(part, actor, "Split", $"Split from {c.Reference}: this part follows the {route.ToString().ToLowerInvariant()} procedure", part.RouteReason, isPublic: true);
                work.Record(c, actor, "Split", $"Part of this complaint was split out as {part.Reference} ({route.ToString().ToLowerInvariant()} procedure)", Text.Trim(), isPublic: true);
                await work.RefreshAsync(part, ct);
                await work.RefreshAsync(c, ct);
                await TellAsync(c, $"Part of your complaint {c.Reference} is now {part.Reference}",
                    $"We have split your complaint. This part will be handled separately under reference {part.Reference}, using the {route.ToString().ToLowerInvariant()} procedure:\n\n{part.Description}\n\n{part.RouteReason}\n\nYou can follow both with your existing tracking code.", ct);
                await db.SaveChangesAsync(ct);
                await tx.CommitAsync(ct);
                TempData["Banner"] = $"Split out as {part.Reference}";
                return Redirect(links.Details(c.Id));
            }
            case "acknowledge":
            {
                var on = RequireDate(Date, nameof(Date), "The date acknowledged", notBefore: c.ReceivedOn);
                if (Text?.Length > ComplaintConfiguration.TextMax) this.AddError(nameof(Text), $"The message must be {ComplaintConfiguration.TextMax} characters or fewer");
                this.ThrowIfInvalid();
                work.Apply(c, actor, c.Acknowledge(on, string.IsNullOrWhiteSpace(Text) ? null : Text.Trim()));
                await work.RefreshAsync(c, ct);
                var due = c.Deadlines.FirstOrDefault(d => d.Step == ComplaintStep.Stage1Response);
                await TellAsync(c, $"Your complaint {c.Reference}",
                    $"We have received your complaint and {(c.AssignedToName is null ? "a complaints officer" : c.AssignedToName)} is looking into it." +
                    (due is null || due.IsPaused ? "" : $" We will reply by {due.DueOn:dddd d MMMM yyyy}.") +
                    (string.IsNullOrWhiteSpace(Text) ? "" : "\n\n" + Text.Trim()) +
                    (c.ComplainantType.IsOfferedAdvocacy() ? "\n\nYou can have an independent advocate to help you, for free. Reply to this email or call us to ask for one." : ""), ct);
                banner = "Acknowledgement recorded";
                break;
            }
            case "advocacy":
            {
                var on = RequireDate(Date, nameof(Date), "The date", notBefore: c.ReceivedOn);
                if (Choice is not ("offered" or "referred" or "appointed")) this.AddError(nameof(Choice), "Select what happened");
                this.ThrowIfInvalid();
                var awaiting = c.Pauses.FirstOrDefault(p => p.Reason == PauseReason.AwaitingAdvocate && p.ResumedOn is null);
                switch (Choice)
                {
                    case "offered":
                        c.AdvocacyOfferedOn = on;
                        work.Record(c, actor, "Advocacy offered", "We offered help from an independent advocate", isPublic: true);
                        break;
                    case "referred":
                        if (c.Stage1RespondedOn is not null) this.Fail(nameof(Choice), "Stage 1 has been responded to, so there is no clock to pause");
                        if (c.Pauses.Any(p => p.ResumedOn is null)) this.Fail(nameof(Choice), "The clock is already paused");
                        c.AdvocacyOfferedOn ??= on;
                        c.AdvocacyReferredOn = on;
                        c.Pauses.Add(new ComplaintPause { Step = ComplaintStep.Stage1Response, Reason = PauseReason.AwaitingAdvocate, Detail = "Waiting for an advocate to be appointed", PausedOn = on });
                        work.Record(c, actor, "Advocacy referred", "We asked an advocacy service for an advocate. The time limit for our reply stops until one is appointed", isPublic: true);
                        break;
                    default:
                        if (awaiting is not null && on < awaiting.PausedOn) this.Fail(nameof(Date), "The date appointed must be on or after the date referred");
                        c.AdvocateAppointedOn = on;
                        if (awaiting is not null) awaiting.ResumedOn = on;
                        work.Record(c, actor, "Advocate appointed", "An advocate was appointed" + (awaiting is null ? "" : ". The time limit for our reply has restarted"), string.IsNullOrWhiteSpace(Text) ? null : Text.Trim(), isPublic: true);
                        break;
                }
                await RefreshOrFailAsync(c, nameof(Date), ct);
                banner = "Advocacy recorded";
                break;
            }
            case "pause":
            {
                var on = RequireDate(Date, nameof(Date), "The date the clock stops", notBefore: c.ReceivedOn);
                RequireText(Reason, nameof(Reason), "Enter the proceedings and why considering the complaint now could prejudice them", ComplaintConfiguration.TextMax);
                this.ThrowIfInvalid();
                c.Pauses.Add(new ComplaintPause { Step = c.RunningStep()!.Value, Reason = PauseReason.LegalProceedings, Detail = Reason!.Trim(), PausedOn = on });
                work.Record(c, actor, "Paused", "We have paused your complaint because of court or police proceedings", Reason.Trim(), isPublic: true);
                await RefreshOrFailAsync(c, nameof(Date), ct);
                await TellAsync(c, $"Your complaint {c.Reference} is paused",
                    "We have paused your complaint while court or police proceedings take place, because looking at it now could affect them. We will tell you when we restart it.", ct);
                banner = "Clock paused";
                break;
            }
            case "resume":
            {
                var pause = c.Pauses.First(p => p.ResumedOn is null);
                var on = RequireDate(Date, nameof(Date), "The date the clock restarts", notBefore: pause.PausedOn);
                this.ThrowIfInvalid();
                pause.ResumedOn = on;
                if (pause.Reason == PauseReason.AwaitingAdvocate) c.AdvocateAppointedOn ??= on;
                work.Record(c, actor, "Restarted", "The time limit has restarted", isPublic: true);
                await RefreshOrFailAsync(c, nameof(Date), ct);
                var due = c.Deadlines.FirstOrDefault(d => d.Step == pause.Step);
                if (due is not null) await TellAsync(c, $"Your complaint {c.Reference} has restarted", $"We have restarted work on your complaint. We will reply by {due.DueOn:dddd d MMMM yyyy}.", ct);
                banner = "Clock restarted";
                break;
            }
            case "extend":
            {
                var step = c.ExtendableStep()!.Value;
                var scale = ComplaintTimescales.For(c.Route)[step];
                var current = step == ComplaintStep.Stage1Response ? c.Stage1ExtensionDays : c.Stage2!.ExtensionDays;
                var left = scale.MaximumExtension - current;
                if (!int.TryParse(Number, NumberStyles.None, CultureInfo.InvariantCulture, out var days) || days < 1)
                    this.AddError(nameof(Number), "Enter the number of working days to extend by, like 5");
                else if (days > left)
                    this.AddError(nameof(Number), $"You can extend by at most {"more working day".ToQuantity(left)}: {scale.Name} cannot take more than {scale.MaximumWorkingDays} working days");
                RequireText(Reason, nameof(Reason), "Enter the reason for the extension", ComplaintConfiguration.TextMax);
                if (c.Email is null && !Confirm.Contains("told")) this.AddError(nameof(Confirm), "Confirm that you have told the complainant the new date and why");
                this.ThrowIfInvalid();
                if (step == ComplaintStep.Stage1Response) c.Stage1ExtensionDays += days; else c.Stage2!.ExtensionDays += days;
                await RefreshOrFailAsync(c, nameof(Number), ct);
                var newDue = c.Deadlines.First(d => d.Step == step).DueOn;
                c.Extensions.Add(new ComplaintExtension
                {
                    Step = step, WorkingDays = days, Reason = Reason!.Trim(), NewDueOn = newDue, ComplainantTold = true, At = work.Now, ByName = actor.Name,
                });
                work.Record(c, actor, "Extended", $"We need more time: we will now reply by {newDue:d MMMM yyyy}", Reason.Trim(), isPublic: true);
                await TellAsync(c, $"We need more time for your complaint {c.Reference}",
                    $"We are sorry, but we need more time to reply to your complaint. We will now reply by {newDue:dddd d MMMM yyyy}.\n\nThis is why:\n{Reason.Trim()}", ct);
                banner = $"Extended by {"working day".ToQuantity(days)}. New due date {newDue:d MMMM yyyy}";
                break;
            }
            case "point":
            {
                RequireText(Text, nameof(Text), "Enter the complaint point", ComplaintConfiguration.TextMax);
                this.ThrowIfInvalid();
                var number = c.Points.Count == 0 ? 1 : c.Points.Max(p => p.Number) + 1;
                c.Points.Add(new ComplaintPoint { Number = number, Summary = Text!.Trim() });
                work.Record(c, actor, "Point added", $"Complaint point {number} added", Text.Trim());
                banner = $"Point {number} added";
                break;
            }
            case "respond":
            {
                var stage = c.RespondingStage()!.Value;
                var notBefore = stage switch { 1 => c.ReceivedOn, 2 => c.Stage2!.RequestedOn, _ => c.Panel!.ReportSentOn!.Value };
                var on = RequireDate(Date, nameof(Date), "The date the response was sent", notBefore: notBefore);
                RequireText(Text, nameof(Text), "Enter a summary of the response", ComplaintConfiguration.DescriptionMax);
                var outcomes = new Dictionary<ComplaintPoint, PointOutcome>();
                foreach (var p in PointsToDecide)
                {
                    var key = p.Id.ToString(CultureInfo.InvariantCulture);
                    if (Outcomes.TryGetValue(key, out var v) && Enum.TryParse<PointOutcome>(v, out var o) && Enum.IsDefined(o)) outcomes[p] = o;
                    else this.AddError($"Outcomes[{key}]", $"Select the outcome for point {p.Number}");
                }
                this.ThrowIfInvalid();
                foreach (var (p, o) in outcomes) { p.Outcome = o; p.DecidedAtStage = stage; }
                var summary = string.Join("\n", outcomes.OrderBy(kv => kv.Key.Number).Select(kv => $"Point {kv.Key.Number}: {kv.Value.Label()}"));
                var finalStage = stage == 3 || (stage == 2 && c.Route == ComplaintRoute.Corporate);
                switch (stage)
                {
                    case 1: c.Stage1RespondedOn = on; c.Stage1Response = Text!.Trim(); break;
                    case 2: c.Stage2!.RespondedOn = on; c.Stage2.Response = Text!.Trim(); break;
                    default: c.Panel!.FinalResponseOn = on; break;
                }
                c.Status = finalStage ? ComplaintStatus.Closed : ComplaintStatus.Responded;
                if (finalStage) c.ClosedOn = on;
                work.Record(c, actor, $"Stage {stage} response", stage == 3 ? "We sent the council's final response" : $"We sent our Stage {stage} response",
                    summary + "\n\n" + Text!.Trim(), isPublic: true);
                await work.RefreshAsync(c, ct);
                var window = c.Deadlines.FirstOrDefault(d => d.Step is ComplaintStep.Stage2Request or ComplaintStep.Stage3Request && d.CompletedOn is null);
                var findings = string.Join("\n\n", outcomes.OrderBy(kv => kv.Key.Number).Select(kv => $"Point {kv.Key.Number}: {kv.Key.Summary}\nOur finding: {kv.Value.Label()}"));
                await TellAsync(c, $"Our response to your complaint {c.Reference}",
                    $"{Text.Trim()}\n\nWhat we found on each point you raised:\n\n{findings}\n\n" +
                    (finalStage
                        ? "This is our final response. If you are still unhappy you can ask the Local Government and Social Care Ombudsman to look at your complaint: www.lgo.org.uk or 0300 061 0614."
                        : $"If you are not happy with this response you can ask for Stage {stage + 1}" + (window is null ? "." : $" by {window.DueOn:dddd d MMMM yyyy}.") + " Use your private tracking link to ask."), ct);
                banner = stage == 3 ? "Final response recorded. The complaint is closed" : $"Stage {stage} response recorded";
                break;
            }
            case "stage2":
            {
                var creating = c.Stage2 is null;
                var requested = creating ? RequireDate(Date, nameof(Date), "The date Stage 2 was requested", notBefore: c.Stage1RespondedOn) : c.Stage2!.RequestedOn;
                DateOnly? agreed = null;
                if (!Date2.IsEmpty) agreed = RequireDate(Date2, nameof(Date2), "The date the statement was agreed", notBefore: requested);
                if (InvestigatingOfficer?.Length > 200) this.AddError(nameof(InvestigatingOfficer), "Name must be 200 characters or fewer");
                if (IndependentPerson?.Length > 200) this.AddError(nameof(IndependentPerson), "Name must be 200 characters or fewer");
                if (!string.IsNullOrWhiteSpace(InvestigatingOfficer) && string.Equals(InvestigatingOfficer.Trim(), IndependentPerson?.Trim(), StringComparison.OrdinalIgnoreCase))
                    this.AddError(nameof(IndependentPerson), "The independent person must be someone other than the investigating officer");
                this.ThrowIfInvalid();
                if (creating) work.Apply(c, actor, c.RequestNextStage(requested, null, await work.CalculatorAsync(ct)).Change);
                var s2 = c.Stage2!;
                s2.InvestigatingOfficer = Blank(InvestigatingOfficer);
                s2.IndependentPerson = Blank(IndependentPerson);
                if (agreed != s2.StatementAgreedOn)
                {
                    s2.StatementAgreedOn = agreed;
                    if (agreed is not null) work.Record(c, actor, "Statement agreed", $"The statement of complaint was agreed on {agreed:d MMMM yyyy}", isPublic: true);
                }
                work.Record(c, actor, "Stage 2 updated", $"Investigating officer: {s2.InvestigatingOfficer ?? "not appointed"}; independent person: {s2.IndependentPerson ?? "not appointed"}");
                await work.RefreshAsync(c, ct);
                banner = "Stage 2 details saved";
                break;
            }
            case "panel":
            {
                var creating = c.Panel is null;
                var requested = creating ? RequireDate(Date, nameof(Date), "The date Stage 3 was requested", notBefore: c.Stage2?.RespondedOn) : c.Panel!.RequestedOn;
                DateOnly? meeting = null;
                if (!Date2.IsEmpty) meeting = RequireDate(Date2, nameof(Date2), "The date the panel meets", notBefore: requested, allowFuture: true);
                var names = Names.Select(n => n?.Trim() ?? "").ToList();
                var notes = Notes.Select(n => n?.Trim() ?? "").ToList();
                var any = names.Any(n => n.Length > 0);
                if (any)
                {
                    for (var i = 0; i < 3; i++)
                    {
                        if (names.ElementAtOrDefault(i) is not { Length: > 0 } name) { this.AddError($"Names[{i}]", $"Enter the name of panel member {i + 1}"); continue; }
                        if (name.Length > 200) this.AddError($"Names[{i}]", $"Panel member {i + 1}'s name must be 200 characters or fewer");
                        if (notes.ElementAtOrDefault(i) is not { Length: > 0 } note) this.AddError($"Notes[{i}]", $"Enter how panel member {i + 1}'s independence was checked");
                        else if (note.Length > ComplaintConfiguration.TextMax) this.AddError($"Notes[{i}]", $"The independence note must be {ComplaintConfiguration.TextMax} characters or fewer");
                        if (c.Stage2?.IndependentPerson is { } ip && string.Equals(ip.Trim(), name, StringComparison.OrdinalIgnoreCase))
                            this.AddError($"Names[{i}]", $"{name} was the Stage 2 independent person and cannot sit on the panel");
                    }
                    if (names.Take(3).Where(n => n.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).Count() < names.Take(3).Count(n => n.Length > 0))
                        this.AddError("Names[0]", "The panel needs three different people");
                }
                if (meeting is not null && !any) this.AddError("Names[0]", "Enter the three panel members before the meeting date");
                this.ThrowIfInvalid();
                if (creating) work.Apply(c, actor, c.RequestNextStage(requested, null, await work.CalculatorAsync(ct)).Change);
                if (any)
                {
                    db.ComplaintPanelMembers.RemoveRange(c.PanelMembers);
                    c.PanelMembers.Clear();
                    for (var i = 0; i < 3; i++) c.PanelMembers.Add(new PanelMember { Name = names[i], IndependenceNote = notes[i] });
                    work.Record(c, actor, "Panel chosen", "Panel members: " + string.Join(", ", names.Take(3)), string.Join("\n", names.Take(3).Zip(notes).Select(x => $"{x.First}: {x.Second}")));
                }
                if (meeting != c.Panel!.MeetingOn)
                {
                    c.Panel.MeetingOn = meeting;
                    if (meeting is not null) work.Record(c, actor, "Panel date", $"The review panel meets on {meeting:d MMMM yyyy}", isPublic: true);
                }
                await work.RefreshAsync(c, ct);
                banner = "Review panel details saved";
                break;
            }
            case "panel-report":
            {
                var on = RequireDate(Date, nameof(Date), "The date the report was sent", notBefore: c.Panel!.MeetingOn);
                this.ThrowIfInvalid();
                c.Panel.ReportSentOn = on;
                work.Record(c, actor, "Panel report", "The review panel sent its report", isPublic: true);
                await work.RefreshAsync(c, ct);
                banner = "Panel report recorded";
                break;
            }
            case "decide-late":
            {
                var decision = ParseEnum<LateDecision>(Choice, nameof(Choice), "Select whether to accept or refuse it");
                RequireText(Reason, nameof(Reason), "Enter the reason for the decision", ComplaintConfiguration.TextMax);
                this.ThrowIfInvalid();
                var reason = Reason!.Trim();
                string what;
                if (c.Status == ComplaintStatus.AwaitingDecision)
                {
                    if (c.Stage == 3) { c.Panel!.LateDecision = decision; c.Panel.LateDecisionReason = reason; what = "Your late request for a review panel"; }
                    else { c.Stage2!.LateDecision = decision; c.Stage2.LateDecisionReason = reason; what = "Your late request for Stage 2"; }
                    if (decision == LateDecision.Accepted) c.Status = ComplaintStatus.Open;
                    else { c.Status = ComplaintStatus.Closed; c.ClosedOn = Today; }
                }
                else
                {
                    c.LateDecision = decision;
                    c.LateDecisionReason = reason;
                    what = "Your complaint about something more than a year ago";
                    if (decision == LateDecision.Refused) { c.Status = ComplaintStatus.Closed; c.ClosedOn = Today; }
                }
                var text = $"{what} has been {(decision == LateDecision.Accepted ? "accepted" : "refused")}";
                work.Record(c, actor, "Late decision", text, reason, isPublic: true);
                await work.RefreshAsync(c, ct);
                await TellAsync(c, $"Your complaint {c.Reference}", $"{text}.\n\n{reason}" +
                    (decision == LateDecision.Refused ? "\n\nIf you disagree, you can ask the Local Government and Social Care Ombudsman to look at this decision: www.lgo.org.uk or 0300 061 0614." : ""), ct);
                banner = text;
                break;
            }
            case "remedy":
            {
                var kind = ParseEnum<RemedyKind>(Choice, nameof(Choice), "Select the kind of remedy");
                RequireText(Text, nameof(Text), "Enter the remedy", ComplaintConfiguration.TextMax);
                int? pence = null;
                if (!string.IsNullOrWhiteSpace(Number))
                {
                    if (decimal.TryParse(Number.Trim().TrimStart('£'), NumberStyles.Number, CultureInfo.InvariantCulture, out var pounds) && pounds is > 0 and < 1_000_000 && decimal.Round(pounds, 2) == pounds)
                        pence = (int)(pounds * 100);
                    else this.AddError(nameof(Number), "Enter an amount in pounds, like 250 or 250.00");
                }
                if (kind == RemedyKind.Payment && pence is null && !ModelState.ContainsKey(nameof(Number))) this.AddError(nameof(Number), "Enter the amount of the payment");
                var on = RequireDate(Date, nameof(Date), "The date agreed", notBefore: c.ReceivedOn);
                this.ThrowIfInvalid();
                c.Remedies.Add(new ComplaintRemedy { Kind = kind, Description = Text!.Trim(), AmountPence = pence, AgreedOn = on });
                work.Record(c, actor, "Remedy", $"Remedy agreed: {kind}{(pence is { } p ? $" £{p / 100m:0.00}" : "")}", Text.Trim(), isPublic: true);
                banner = "Remedy added";
                break;
            }
            case "learning":
            {
                RequireText(Text, nameof(Text), "Enter what will change", ComplaintConfiguration.TextMax);
                RequireText(Owner, nameof(Owner), "Enter who owns the action", 200);
                var due = RequireDate(Date, nameof(Date), "The due date", allowFuture: true);
                this.ThrowIfInvalid();
                c.LearningActions.Add(new LearningAction { Description = Text!.Trim(), Owner = Owner!.Trim(), DueOn = due, Status = LearningStatus.NotStarted });
                work.Record(c, actor, "Learning action", $"Learning action for {Owner.Trim()}, due {due:d MMMM yyyy}", Text.Trim());
                banner = "Learning action added";
                break;
            }
            case "learning-status":
            {
                var la = c.LearningActions.FirstOrDefault(a => a.Id == Item);
                if (la is null) return NotFound();
                var status = ParseEnum<LearningStatus>(Choice, nameof(Choice), "Select the status");
                this.ThrowIfInvalid();
                la.Status = status;
                la.CompletedOn = status == LearningStatus.Done ? Today : null;
                work.Record(c, actor, "Learning action", $"Learning action \"{la.Description}\" is now {status}");
                banner = "Learning action updated";
                break;
            }
            case "ombudsman":
            {
                var referred = RequireDate(Date, nameof(Date), "The date referred", notBefore: c.ReceivedOn);
                if (Text?.Length > 50) this.AddError(nameof(Text), "The ombudsman's reference must be 50 characters or fewer");
                if (!string.IsNullOrEmpty(Choice) && !OmbudsmanOutcomes.Contains(Choice)) this.AddError(nameof(Choice), "Select the outcome from the list");
                DateOnly? decided = Date2.IsEmpty ? null : RequireDate(Date2, nameof(Date2), "The date decided", notBefore: referred);
                if (decided is not null && string.IsNullOrEmpty(Choice)) this.AddError(nameof(Choice), "Select the outcome");
                if (Reason?.Length > ComplaintConfiguration.TextMax) this.AddError(nameof(Reason), $"The remedy must be {ComplaintConfiguration.TextMax} characters or fewer");
                this.ThrowIfInvalid();
                var o = c.Ombudsman ??= new OmbudsmanReferral { ComplaintId = c.Id };
                o.ReferredOn = referred; o.OmbudsmanReference = Blank(Text); o.Outcome = Blank(Choice); o.DecidedOn = decided; o.Remedy = Blank(Reason);
                work.Record(c, actor, "Ombudsman", o.Outcome is null ? "Referred to the Local Government and Social Care Ombudsman" : $"Ombudsman decision: {o.Outcome}", o.Remedy);
                banner = "Ombudsman details saved";
                break;
            }
            case "correct":
            {
                var field = CorrectableDates.FirstOrDefault(d => d.Key == Choice);
                if (field.Key is null) this.AddError(nameof(Choice), "Select the date to correct");
                var on = RequireDate(Date, nameof(Date), "The correct date");
                RequireText(Reason, nameof(Reason), "Enter why the date is being corrected", ComplaintConfiguration.TextMax);
                this.ThrowIfInvalid();
                var old = Correct(c, field.Key!, on);
                if (old is null) this.Fail(nameof(Choice), $"{field.Label} has not been recorded, so it cannot be corrected");
                if (old == on) this.Fail(nameof(Date), $"{field.Label} is already {on:d MMMM yyyy}");
                if (field.Key == "received") c.IsLate = c.HappenedOn is { } h && h < on.AddYears(-1);
                var what = $"{field.Label} corrected from {old:d MMMM yyyy} to {on:d MMMM yyyy}";
                work.Record(c, actor, "Date corrected", what, Reason!.Trim());
                audit.Add(actor, "Corrected a date", "Complaint", c.Reference, $"{what}. Reason: {Reason.Trim()}");
                await RefreshOrFailAsync(c, nameof(Date), ct);
                banner = what;
                break;
            }
            case "close":
            {
                RequireText(Reason, nameof(Reason), "Enter why the complaint is being closed", ComplaintConfiguration.TextMax);
                this.ThrowIfInvalid();
                work.Apply(c, actor, c.Close(Today, Reason!.Trim()));
                await work.RefreshAsync(c, ct);
                banner = "Complaint closed";
                break;
            }
            default:
                return NotFound();
        }
        await db.SaveChangesAsync(ct);
        TempData["Banner"] = banner;
        return Redirect(links.Details(c.Id));
    }

    public async Task<IReadOnlyList<string>> ChangesSinceShownAsync(CancellationToken ct) =>
        (await db.ComplaintEvents.AsNoTracking().Where(e => e.ComplaintId == Id && e.Id > SeenEvent).OrderBy(e => e.Id).ToListAsync(ct))
        .Select(e => $"{ComplaintVoice.ForStaff(e.Summary)} ({e.ActorName}, {Voice.Data.Calendar.UkClock.Format(e.At)})").ToList();

    /// <summary>The newest timeline event of the complaint, for <see cref="SeenEvent"/>.</summary>
    public async Task<long> LatestEventAsync(CancellationToken ct) =>
        await db.ComplaintEvents.Where(e => e.ComplaintId == Id).MaxAsync(e => (long?)e.Id, ct) ?? 0;

    /// <summary>Sets a recorded date; returns the old one, or null when that date was never recorded.</summary>
    static DateOnly? Correct(Complaint c, string field, DateOnly on)
    {
        DateOnly? old;
        switch (field)
        {
            case "received": old = c.ReceivedOn; c.ReceivedOn = on; break;
            case "acknowledged": old = c.AcknowledgedOn; if (old is not null) c.AcknowledgedOn = on; break;
            case "stage1-responded": old = c.Stage1RespondedOn; if (old is not null) c.Stage1RespondedOn = on; break;
            case "stage2-requested": old = c.Stage2?.RequestedOn; if (old is not null) c.Stage2!.RequestedOn = on; break;
            case "statement-agreed": old = c.Stage2?.StatementAgreedOn; if (old is not null) c.Stage2!.StatementAgreedOn = on; break;
            case "stage2-responded": old = c.Stage2?.RespondedOn; if (old is not null) c.Stage2!.RespondedOn = on; break;
            case "panel-requested": old = c.Panel?.RequestedOn; if (old is not null) c.Panel!.RequestedOn = on; break;
            case "panel-meeting": old = c.Panel?.MeetingOn; if (old is not null) c.Panel!.MeetingOn = on; break;
            case "panel-report": old = c.Panel?.ReportSentOn; if (old is not null) c.Panel!.ReportSentOn = on; break;
            default: old = c.Panel?.FinalResponseOn; if (old is not null) c.Panel!.FinalResponseOn = on; break;
        }
        return old;
    }

    /// <summary>Works the clocks out again; a date that does not fit them (a pause before the clock started, say) is the user's error, not a crash.</summary>
    async Task RefreshOrFailAsync(Complaint c, string field, CancellationToken ct)
    {
        try
        {
            await work.RefreshAsync(c, ct);
        }
        catch (ArgumentException e)
        {
            db.ChangeTracker.Clear();
            this.Fail(field, e.Message.Split(" (Parameter")[0]);
        }
    }

    /// <summary>Queues the email in the outbox: it is saved (and later sent) only with the change it reports.</summary>
    Task TellAsync(Complaint c, string subject, string body, CancellationToken ct)
    {
        work.TellComplainant(c, "complaint-" + Action, subject, body);
        return Task.CompletedTask;
    }

    DateOnly RequireDate(DateParts parts, string field, string what, DateOnly? notBefore = null, bool allowFuture = false)
    {
        var (date, error) = parts.Parse(what);
        if (error is not null) { this.AddError(field, error); return default; }
        if (!allowFuture && date > Today) { this.AddError(field, $"{what} must be today or in the past"); return default; }
        if (notBefore is { } min && date < min) { this.AddError(field, $"{what} must be on or after {min:d MMMM yyyy}"); return default; }
        return date!.Value;
    }

    void RequireText(string? value, string field, string emptyMessage, int max)
    {
        if (string.IsNullOrWhiteSpace(value)) this.AddError(field, emptyMessage);
        else if (value.Length > max) this.AddError(field, $"This must be {max} characters or fewer");
    }

    T ParseEnum<T>(string? value, string field, string message) where T : struct, Enum
    {
        if (Enum.TryParse<T>(value, out var parsed) && Enum.IsDefined(parsed) && !int.TryParse(value, out _)) return parsed;
        this.AddError(field, message);
        return default;
    }

    static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
