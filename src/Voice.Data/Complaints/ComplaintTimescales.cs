namespace Voice.Data.Complaints;

public enum ComplaintRoute
{
    /// <summary>Children Act 1989 Representations Procedure (England) Regulations 2006.</summary>
    Statutory,
    /// <summary>The council's corporate procedure (LGSCO Complaint Handling Code).</summary>
    Corporate,
}

public enum ComplaintStep
{
    Acknowledgement,
    Stage1Response,
    /// <summary>The complainant's window to ask for Stage 2.</summary>
    Stage2Request,
    Stage2Response,
    /// <summary>The complainant's window to ask for Stage 3.</summary>
    Stage3Request,
    PanelMeeting,
    PanelReport,
    FinalResponse,
}

/// <summary>One clock of a complaint route, in working days.</summary>
/// <param name="StartsFrom">The event whose date starts the clock (that date is day 0).</param>
public sealed record Timescale(
    ComplaintRoute Route,
    ComplaintStep Step,
    string Name,
    int WorkingDays,
    int MaximumWorkingDays,
    string StartsFrom)
{
    /// <summary>The most working days an extension may add.</summary>
    public int MaximumExtension => MaximumWorkingDays - WorkingDays;

    /// <summary>A window for the complainant to ask for the next stage; the council cannot extend or pause it.</summary>
    public bool IsRequestWindow => Step is ComplaintStep.Stage2Request or ComplaintStep.Stage3Request;
}

/// <summary>The working-day timescales of a complaint route (PRODUCT.md section 2).</summary>
public sealed class ComplaintTimescales
{
    public static ComplaintTimescales Statutory { get; } = new(ComplaintRoute.Statutory,
    [
        // The acknowledgement is the council's standard: England sets no statutory deadline.
        new(ComplaintRoute.Statutory, ComplaintStep.Acknowledgement, "Acknowledgement", 3, 3, "complaint received"),
        new(ComplaintRoute.Statutory, ComplaintStep.Stage1Response, "Stage 1 response", 10, 20, "complaint received"),
        new(ComplaintRoute.Statutory, ComplaintStep.Stage2Request, "Request for Stage 2", 20, 20, "Stage 1 response received"),
        new(ComplaintRoute.Statutory, ComplaintStep.Stage2Response, "Stage 2 response", 25, 65, "Stage 2 request received or statement of complaint agreed (report both)"),
        new(ComplaintRoute.Statutory, ComplaintStep.Stage3Request, "Request for Stage 3", 20, 20, "Stage 2 adjudication received"),
        new(ComplaintRoute.Statutory, ComplaintStep.PanelMeeting, "Review panel meeting", 30, 30, "Stage 3 request received"),
        new(ComplaintRoute.Statutory, ComplaintStep.PanelReport, "Review panel report", 5, 5, "review panel meeting"),
        new(ComplaintRoute.Statutory, ComplaintStep.FinalResponse, "Council's final response", 15, 15, "review panel report received"),
    ]);

    public static ComplaintTimescales Corporate { get; } = new(ComplaintRoute.Corporate,
    [
        new(ComplaintRoute.Corporate, ComplaintStep.Acknowledgement, "Acknowledgement", 5, 5, "complaint received"),
        new(ComplaintRoute.Corporate, ComplaintStep.Stage1Response, "Stage 1 response", 10, 20, "complaint received"),
        new(ComplaintRoute.Corporate, ComplaintStep.Stage2Response, "Stage 2 response", 20, 20, "Stage 2 request received"),
    ]);

    ComplaintTimescales(ComplaintRoute route, IReadOnlyList<Timescale> steps)
    {
        Route = route;
        Steps = steps;
    }

    public static ComplaintTimescales For(ComplaintRoute route) => route switch
    {
        ComplaintRoute.Statutory => Statutory,
        ComplaintRoute.Corporate => Corporate,
        _ => throw new ArgumentOutOfRangeException(nameof(route), route, "Unknown complaint route."),
    };

    public ComplaintRoute Route { get; }

    /// <summary>The route's clocks in the order a complaint meets them.</summary>
    public IReadOnlyList<Timescale> Steps { get; }

    public bool Has(ComplaintStep step) => Steps.Any(s => s.Step == step);

    /// <exception cref="ArgumentException">The route has no such step (the corporate route has no Stage 3).</exception>
    public Timescale this[ComplaintStep step] =>
        Steps.FirstOrDefault(s => s.Step == step)
        ?? throw new ArgumentException($"The {Route.ToString().ToLowerInvariant()} route has no {step} step.", nameof(step));
}
