using Stateless;
using Voice.Data.Identity;

namespace Voice.Data.Inspections;

/// <summary>What the lifecycle needs to know beyond the audit row and its loaded collections.</summary>
public sealed record AuditFacts(int Scores, int Actions, int ActionsVerified);

/// <summary>A transition that happened, for the audit log.</summary>
public sealed record AuditTransition(AuditStatus From, AuditStatus To, AuditTrigger Trigger)
{
    public string Describe() => $"{Trigger.Button()}: {From.Label()} to {To.Label()}";
}

/// <summary>Thrown when a transition is not allowed: wrong state, wrong role, or something missing.</summary>
public sealed class AuditTransitionRefused(IReadOnlyList<string> reasons) : Exception(string.Join(" ", reasons))
{
    public IReadOnlyList<string> Reasons { get; } = reasons;
}

/// <summary>
/// The audit lifecycle as a state machine (Stateless): which trigger moves an audit from which
/// status to which, and which roles may fire it. Data a step needs (criteria before planning,
/// consent before the team is ready, a response to every recommendation before publishing) is
/// checked by <see cref="Missing"/>; <see cref="Fire"/> refuses on either.
/// </summary>
public sealed class AuditLifecycle
{
    public sealed record Rule(AuditStatus From, AuditTrigger Trigger, AuditStatus To, IReadOnlyList<string> Roles);

    static readonly string[] Officer = [Identity.Roles.ParticipationOfficer];
    static readonly string[] Manager = [Identity.Roles.ServiceManager];
    static readonly string[] Inspector = [Identity.Roles.YoungInspector];

    /// <summary>Every permitted transition. Anything not listed is refused.</summary>
    public static readonly IReadOnlyList<Rule> Rules =
    [
        new(AuditStatus.Proposed, AuditTrigger.Plan, AuditStatus.Planned, Officer),
        new(AuditStatus.Planned, AuditTrigger.ConfirmTeam, AuditStatus.TeamReady, Officer),
        new(AuditStatus.TeamReady, AuditTrigger.StartFieldwork, AuditStatus.Fieldwork, Officer),
        new(AuditStatus.Fieldwork, AuditTrigger.FinishFieldwork, AuditStatus.Findings, Officer),
        new(AuditStatus.Findings, AuditTrigger.SendForFactualCheck, AuditStatus.FactualCheck, Officer),
        new(AuditStatus.FactualCheck, AuditTrigger.ConfirmFacts, AuditStatus.ManagementResponse, Manager),
        new(AuditStatus.FactualCheck, AuditTrigger.ReturnForCorrection, AuditStatus.Findings, Manager),
        new(AuditStatus.ManagementResponse, AuditTrigger.Publish, AuditStatus.Published, Officer),
        new(AuditStatus.Published, AuditTrigger.StartActions, AuditStatus.ActionsInProgress, [Identity.Roles.ServiceManager, Identity.Roles.ParticipationOfficer]),
        new(AuditStatus.ActionsInProgress, AuditTrigger.ConfirmVerified, AuditStatus.Verified, Inspector),
        new(AuditStatus.Verified, AuditTrigger.Close, AuditStatus.Closed, Officer),
        .. new[] { AuditStatus.Proposed, AuditStatus.Planned, AuditStatus.TeamReady, AuditStatus.Fieldwork, AuditStatus.Findings, AuditStatus.FactualCheck, AuditStatus.ManagementResponse }
            .Select(s => new Rule(s, AuditTrigger.Withdraw, AuditStatus.Withdrawn, Officer)),
    ];

    readonly Audit audit;
    readonly StateMachine<AuditStatus, AuditTrigger> machine;

    public AuditLifecycle(Audit audit, IEnumerable<string> roles)
    {
        this.audit = audit;
        var held = roles.ToHashSet(StringComparer.Ordinal);
        machine = new StateMachine<AuditStatus, AuditTrigger>(() => audit.Status, s => audit.Status = s);
        foreach (var rule in Rules)
            machine.Configure(rule.From).PermitIf(rule.Trigger, rule.To, () => rule.Roles.Any(held.Contains), "role: " + string.Join(" or ", rule.Roles));
    }

    /// <summary>The triggers these roles may fire now (whether or not anything is missing).</summary>
    public IReadOnlyList<AuditTrigger> Permitted => Enum.GetValues<AuditTrigger>().Where(machine.CanFire).ToList();

    public bool CanFire(AuditTrigger trigger) => machine.CanFire(trigger);

    /// <summary>What has to be done before <paramref name="trigger"/> can move the audit on, in plain words.</summary>
    public IReadOnlyList<string> Missing(AuditTrigger trigger, AuditFacts facts)
    {
        var missing = new List<string>();
        void Need(bool ok, string what) { if (!ok) missing.Add(what); }
        switch (trigger)
        {
            case AuditTrigger.Plan:
                Need(audit.Criteria.Count > 0, "Choose at least one criterion");
                Need(audit.ScalePoints.Count >= 2, "Choose a rating scale");
                Need(audit.FieldworkFrom is not null && audit.FieldworkTo is not null, "Enter when the fieldwork happens");
                Need(audit.FieldworkFrom is null || audit.FieldworkTo is null || audit.FieldworkFrom <= audit.FieldworkTo, "The fieldwork must end on or after the day it starts");
                Need(!string.IsNullOrWhiteSpace(audit.ConsentPlan), "Write the consent plan");
                Need(audit.OwnPlanOnly || audit.Items.Count > 0, "Add at least one thing to score");
                break;
            case AuditTrigger.ConfirmTeam:
                Need(audit.Inspectors.Count > 0, "Add at least one young inspector");
                Need(audit.Inspectors.All(i => i.HasConsent), "Record consent for every young inspector");
                Need(!audit.OwnPlanOnly || audit.Inspectors.All(i => audit.Items.Any(p => p.InspectorUserId == i.UserId)), "Every young inspector needs their own plan to audit");
                break;
            case AuditTrigger.FinishFieldwork:
                Need(facts.Scores > 0, "The young inspectors have not scored anything yet");
                break;
            case AuditTrigger.SendForFactualCheck:
                Need(audit.Recommendations.Count > 0, "The young inspectors have not written a recommendation yet");
                break;
            case AuditTrigger.Publish:
                Need(audit.Recommendations.Count > 0 && audit.Recommendations.All(r => r.Response is not null), "Every recommendation needs a management response");
                break;
            case AuditTrigger.ConfirmVerified:
                Need(facts.ActionsVerified == facts.Actions, "Check every action first");
                break;
            case AuditTrigger.Close:
                Need(!string.IsNullOrWhiteSpace(audit.ImpactStatement), "Write what changed because of the audit");
                break;
        }
        return missing;
    }

    /// <summary>Moves the audit on, or throws <see cref="AuditTransitionRefused"/> saying why not.</summary>
    public AuditTransition Fire(AuditTrigger trigger, AuditFacts facts, DateTime at)
    {
        if (!machine.CanFire(trigger))
            throw new AuditTransitionRefused([Rules.Any(r => r.From == audit.Status && r.Trigger == trigger)
                ? "You do not have the role to do this"
                : $"This cannot be done while the audit is {audit.Status.Label().ToLowerInvariant()}"]);
        var missing = Missing(trigger, facts);
        if (missing.Count > 0) throw new AuditTransitionRefused(missing);
        var from = audit.Status;
        machine.Fire(trigger);
        if (trigger == AuditTrigger.Publish) audit.PublishedAt = at;
        if (trigger == AuditTrigger.Close) audit.ClosedAt = at;
        audit.Touch(at);
        return new AuditTransition(from, audit.Status, trigger);
    }
}
