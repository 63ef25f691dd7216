using Voice.Data.Identity;
using Voice.Data.Inspections;

namespace Voice.Tests.Inspections;

public class AuditLifecycleTests
{
    static readonly DateTime At = new(2026, 11, 26, 10, 0, 0, DateTimeKind.Utc);
    static readonly AuditFacts Complete = new(Scores: 3, Actions: 1, ActionsVerified: 1);
    static readonly string[] EveryRole = [.. Roles.All.Select(r => r.Name)];

    /// <summary>An audit with everything every step needs, in the given status.</summary>
    static Audit Ready(AuditStatus status) => new()
    {
        Status = status,
        Scale = "1=Not good|2=OK|3=Good",
        PassMark = 2,
        FieldworkFrom = new DateOnly(2026, 12, 1),
        FieldworkTo = new DateOnly(2026, 12, 5),
        ConsentPlan = "Written consent",
        ImpactStatement = "Plans now have young people's words",
        Criteria = [new AuditCriterion { Key = "my-views", Text = "My views are in my plan" }],
        Items = [new AuditItem { Name = "Oak House" }],
        Inspectors = [new AuditInspector { UserId = "u1", ConsentRecordedAt = At }],
        Recommendations = [new AuditRecommendation { Text = "Use our words", Response = RecommendationResponse.Accepted }],
    };

    public static TheoryData<AuditStatus, AuditTrigger, string> EveryCombination()
    {
        var data = new TheoryData<AuditStatus, AuditTrigger, string>();
        foreach (var s in Enum.GetValues<AuditStatus>())
        foreach (var t in Enum.GetValues<AuditTrigger>())
        foreach (var r in EveryRole)
            data.Add(s, t, r);
        return data;
    }

    [Theory, MemberData(nameof(EveryCombination))]
    public void EachTransition_IsAllowedOnlyFromItsStatus_ToItsRoles(AuditStatus from, AuditTrigger trigger, string role)
    {
        var rule = AuditLifecycle.Rules.SingleOrDefault(r => r.From == from && r.Trigger == trigger);
        var allowed = rule is not null && rule.Roles.Contains(role);
        var audit = Ready(from);
        var lifecycle = new AuditLifecycle(audit, [role]);

        Assert.Equal(allowed, lifecycle.CanFire(trigger));
        Assert.Equal(allowed, lifecycle.Permitted.Contains(trigger));
        if (allowed)
        {
            var version = audit.Version;
            var done = lifecycle.Fire(trigger, Complete, At);
            Assert.Equal(new AuditTransition(from, rule!.To, trigger), done);
            Assert.Equal(rule.To, audit.Status);
            Assert.Equal(version + 1, audit.Version);
            Assert.Equal(At, audit.UpdatedAt);
        }
        else
        {
            var refused = Assert.Throws<AuditTransitionRefused>(() => lifecycle.Fire(trigger, Complete, At));
            Assert.Equal(from, audit.Status);
            Assert.Equal(0, audit.Version);
            Assert.Equal(rule is null ? $"This cannot be done while the audit is {from.Label().ToLowerInvariant()}" : "You do not have the role to do this",
                Assert.Single(refused.Reasons));
        }
    }

    [Fact]
    public void TheHappyPath_RunsFromProposedToClosed_WithTheRolesTheProductNames()
    {
        var audit = Ready(AuditStatus.Proposed);
        (string Role, AuditTrigger Trigger)[] steps =
        [
            (Roles.ParticipationOfficer, AuditTrigger.Plan), (Roles.ParticipationOfficer, AuditTrigger.ConfirmTeam),
            (Roles.ParticipationOfficer, AuditTrigger.StartFieldwork), (Roles.ParticipationOfficer, AuditTrigger.FinishFieldwork),
            (Roles.ParticipationOfficer, AuditTrigger.SendForFactualCheck), (Roles.ServiceManager, AuditTrigger.ConfirmFacts),
            (Roles.ParticipationOfficer, AuditTrigger.Publish), (Roles.ServiceManager, AuditTrigger.StartActions),
            (Roles.YoungInspector, AuditTrigger.ConfirmVerified), (Roles.ParticipationOfficer, AuditTrigger.Close),
        ];
        foreach (var (role, trigger) in steps) new AuditLifecycle(audit, [role]).Fire(trigger, Complete, At);
        Assert.Equal(AuditStatus.Closed, audit.Status);
        Assert.Equal(At, audit.PublishedAt);
        Assert.Equal(At, audit.ClosedAt);
        Assert.Equal(steps.Length, audit.Version);
    }

    [Fact]
    public void QaAnalyst_CanFireNothing_Anywhere()
    {
        foreach (var status in Enum.GetValues<AuditStatus>())
            Assert.Empty(new AuditLifecycle(Ready(status), [Roles.QaAnalyst]).Permitted);
    }

    [Fact]
    public void Plan_IsRefused_UntilCriteriaScheduleConsentAndItemsAreThere()
    {
        var audit = new Audit { Status = AuditStatus.Proposed, FieldworkFrom = new DateOnly(2026, 12, 5), FieldworkTo = new DateOnly(2026, 12, 1) };
        var lifecycle = new AuditLifecycle(audit, [Roles.ParticipationOfficer]);
        var refused = Assert.Throws<AuditTransitionRefused>(() => lifecycle.Fire(AuditTrigger.Plan, Complete, At));
        Assert.Equal(
            ["Choose at least one criterion", "Choose a rating scale", "The fieldwork must end on or after the day it starts", "Write the consent plan", "Add at least one thing to score"],
            refused.Reasons);
        Assert.Equal(AuditStatus.Proposed, audit.Status);
    }

    [Fact]
    public void TeamReady_NeedsConsentFromEveryInspector_AndTheirOwnPlanInAPlanAudit()
    {
        var audit = Ready(AuditStatus.Planned);
        audit.OwnPlanOnly = true;
        audit.Inspectors.Add(new AuditInspector { UserId = "u2" });
        var lifecycle = new AuditLifecycle(audit, [Roles.ParticipationOfficer]);
        Assert.Equal(["Record consent for every young inspector", "Every young inspector needs their own plan to audit"], lifecycle.Missing(AuditTrigger.ConfirmTeam, Complete));
        audit.Inspectors[1].ConsentRecordedAt = At;
        audit.Items = [new AuditItem { Name = "My plan", InspectorUserId = "u1" }, new AuditItem { Name = "My plan", InspectorUserId = "u2" }];
        Assert.Empty(lifecycle.Missing(AuditTrigger.ConfirmTeam, Complete));
    }

    [Fact]
    public void DataChecks_ForFieldworkFindingsPublishVerifyAndClose()
    {
        var audit = Ready(AuditStatus.Fieldwork);
        var lifecycle = new AuditLifecycle(audit, [Roles.ParticipationOfficer]);
        Assert.Equal(["The young inspectors have not scored anything yet"], lifecycle.Missing(AuditTrigger.FinishFieldwork, new AuditFacts(0, 0, 0)));
        audit.Recommendations.Clear();
        Assert.Equal(["The young inspectors have not written a recommendation yet"], lifecycle.Missing(AuditTrigger.SendForFactualCheck, Complete));
        audit.Recommendations.Add(new AuditRecommendation { Text = "x" });
        Assert.Equal(["Every recommendation needs a management response"], lifecycle.Missing(AuditTrigger.Publish, Complete));
        Assert.Equal(["Check every action first"], lifecycle.Missing(AuditTrigger.ConfirmVerified, new AuditFacts(1, 2, 1)));
        audit.ImpactStatement = " ";
        Assert.Equal(["Write what changed because of the audit"], lifecycle.Missing(AuditTrigger.Close, Complete));
    }

    [Fact]
    public void Respond_NeedsAReasonToReject_AndAnActionToAccept()
    {
        var rec = new AuditRecommendation { Text = "More say in house rules" };
        Assert.Equal(["Say why the recommendation is rejected"], rec.Respond(RecommendationResponse.Rejected, "", null, "Sam", At));
        Assert.Equal(["An accepted recommendation needs an action"], rec.Respond(RecommendationResponse.Accepted, null, null, "Sam", At));
        Assert.Equal(["Say which part is accepted and why", "An accepted recommendation needs an action"], rec.Respond(RecommendationResponse.PartlyAccepted, null, null, "Sam", At));
        Assert.Null(rec.Response);
        var action = new AuditAction { What = "Monthly house meeting" };
        Assert.Empty(rec.Respond(RecommendationResponse.Accepted, null, action, "Sam", At));
        Assert.Equal(RecommendationResponse.Accepted, rec.Response);
        Assert.Same(action, rec.Action);
        Assert.Empty(rec.Respond(RecommendationResponse.Rejected, "No budget this year", action, "Sam", At));
        Assert.Null(rec.Action);
    }
}
