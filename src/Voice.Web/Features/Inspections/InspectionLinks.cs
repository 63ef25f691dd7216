using Voice.Web.Infrastructure;

namespace Voice.Web.Features.Inspections;

/// <summary>Every URL of young inspector audits: the staff side, the young inspectors' area, the reports and the public page.</summary>
public class InspectionLinks(LinkGenerator links, SiteUrl site)
{
    string Staff(string page, object? values = null, string? handler = null) =>
        links.GetPathByPage("/Inspections/" + page, handler, new RouteValueDictionary(values) { ["area"] = "Staff" })!;

    string Public(string page, object? values = null, string? handler = null) =>
        links.GetPathByPage(page, handler, new RouteValueDictionary(values) { ["area"] = "" })!;

    public string Index() => Staff("Index");
    public string New() => Staff("New");
    public string Details(int id) => Staff("Details", new { id });
    /// <summary>Where a lifecycle button posts its trigger.</summary>
    public string Fire(int id) => Staff("Details", new { id }, "Fire");
    public string Plan(int id) => Staff("Plan", new { id });
    public string Team(int id) => Staff("Team", new { id });
    public string Respond(int id, int recommendationId) => Staff("Respond", new { id, recommendationId });
    public string Action(int actionId) => Staff("Action", new { actionId });
    public string ActionAbsolute(int actionId) => site.Base + Action(actionId);
    public string ActedOn() => Staff("ActedOn");
    public string Inspectors() => Staff("Inspectors");
    public string ResetTwoFactor() => Staff("Inspectors", handler: "Reset");

    public string Report(int id, bool forYoungPeople = false) => Public("/Inspections/Report", new { id, kind = forYoungPeople ? "young-people" : null });

    public string InspectorHome() => Public("/Inspectors/Index");
    public string InspectorAudit(int id) => Public("/Inspectors/Audit", new { id });
    public string CheckedAll(int id) => Public("/Inspectors/Audit", new { id }, "CheckedAll");
    public string Score(int id, int itemId, int criterionId) => Public("/Inspectors/Score", new { id, itemId, criterionId });
    public string Autosave(int id, int itemId, int criterionId) => Public("/Inspectors/Score", new { id, itemId, criterionId }, "Autosave");
    public string Write(int id, string kind) => Public("/Inspectors/Write", new { id, kind });
    public string Check(int id, int actionId) => Public("/Inspectors/Check", new { id, actionId });

    public string YouSaidWeDid() => Public("/YouSaidWeDid/Index");
}
