namespace Voice.Data.Inspections;

/// <summary>Where an audit is in its life, in order. <see cref="Withdrawn"/> is the one side state.</summary>
public enum AuditStatus
{
    Proposed,
    Planned,
    TeamReady,
    Fieldwork,
    Findings,
    FactualCheck,
    ManagementResponse,
    Published,
    ActionsInProgress,
    Verified,
    Closed,
    Withdrawn,
}

/// <summary>What moves an audit on. Each is permitted to some roles in some states (<see cref="AuditLifecycle"/>).</summary>
public enum AuditTrigger
{
    Plan,
    ConfirmTeam,
    StartFieldwork,
    FinishFieldwork,
    SendForFactualCheck,
    ConfirmFacts,
    ReturnForCorrection,
    Publish,
    StartActions,
    ConfirmVerified,
    Close,
    Withdraw,
}

public static class AuditStatusText
{
    public static string Label(this AuditStatus s) => s switch
    {
        AuditStatus.Proposed => "Proposed",
        AuditStatus.Planned => "Planned",
        AuditStatus.TeamReady => "Team ready",
        AuditStatus.Fieldwork => "Fieldwork",
        AuditStatus.Findings => "Writing findings",
        AuditStatus.FactualCheck => "Factual check",
        AuditStatus.ManagementResponse => "Management response",
        AuditStatus.Published => "Published",
        AuditStatus.ActionsInProgress => "Actions in progress",
        AuditStatus.Verified => "Verified by young inspectors",
        AuditStatus.Closed => "Closed",
        AuditStatus.Withdrawn => "Withdrawn",
        _ => s.ToString(),
    };

    /// <summary>Plain words for young inspectors.</summary>
    public static string PlainLabel(this AuditStatus s) => s switch
    {
        AuditStatus.Proposed or AuditStatus.Planned => "Being planned",
        AuditStatus.TeamReady => "Ready to start",
        AuditStatus.Fieldwork => "Time to score",
        AuditStatus.Findings => "Write what you found",
        AuditStatus.FactualCheck or AuditStatus.ManagementResponse => "Managers are answering",
        AuditStatus.Published => "Report is out",
        AuditStatus.ActionsInProgress => "Changes happening",
        AuditStatus.Verified => "You checked the changes",
        AuditStatus.Closed => "Finished",
        AuditStatus.Withdrawn => "Stopped",
        _ => s.ToString(),
    };

    /// <summary>The button a person presses to fire a trigger.</summary>
    public static string Button(this AuditTrigger t) => t switch
    {
        AuditTrigger.Plan => "Save the plan",
        AuditTrigger.ConfirmTeam => "The team is ready",
        AuditTrigger.StartFieldwork => "Start fieldwork",
        AuditTrigger.FinishFieldwork => "Finish fieldwork and write findings",
        AuditTrigger.SendForFactualCheck => "Send findings for a factual check",
        AuditTrigger.ConfirmFacts => "The facts are right",
        AuditTrigger.ReturnForCorrection => "Send back for correction",
        AuditTrigger.Publish => "Publish the reports",
        AuditTrigger.StartActions => "Start the actions",
        AuditTrigger.ConfirmVerified => "We have checked every action",
        AuditTrigger.Close => "Close the audit",
        AuditTrigger.Withdraw => "Withdraw the audit",
        _ => t.ToString(),
    };
}
