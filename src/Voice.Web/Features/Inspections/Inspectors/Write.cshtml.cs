using Microsoft.AspNetCore.Mvc;
using Voice.Data.Inspections;
using Voice.Web.Features.Inspections;
using Voice.Web.Infrastructure.Validation;

namespace Voice.Web.Features.Inspections.Inspectors;

/// <summary>
/// Findings, one thing per page: something to change (a recommendation, with what they saw),
/// something they noticed (a theme) or something someone said (a quote, shown only redacted).
/// </summary>
public class WriteModel(InspectionWork work, InspectionLinks links) : InspectorPage(work)
{
    public const int TextMax = 1000;

    [BindProperty(SupportsGet = true)] public string Kind { get; set; } = "";
    [BindProperty] public string? Text { get; set; }
    [BindProperty] public string? Evidence { get; set; }

    public string Heading => Kind switch
    {
        "recommendation" => "What should change?",
        "theme" => "What did you notice?",
        _ => "What did someone say?",
    };

    public string Hint => Kind switch
    {
        "recommendation" => "Start with what you want them to do. For example: Ask young people before changing house rules.",
        "theme" => "For example: The home felt tidy but the lounge had nothing on the walls.",
        _ => "Write their words. Do not write their name. Names, numbers and places are taken out before anyone else reads it.",
    };

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ?? Page();

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } stop) return stop;
        if (string.IsNullOrWhiteSpace(Text)) this.AddError(nameof(Text), Kind == "recommendation" ? "Write what should change" : Kind == "theme" ? "Write what you noticed" : "Write what they said");
        else if (Text.Length > TextMax) this.AddError(nameof(Text), $"This must be {TextMax} characters or fewer");
        if (Evidence?.Length > TextMax) this.AddError(nameof(Evidence), $"What you saw must be {TextMax} characters or fewer");
        this.ThrowIfInvalid();
        var now = Work.Now;
        AuditRecommendation? recommendation = null;
        AuditNote? note = null;
        if (Kind == "recommendation")
            Audit.Recommendations.Add(recommendation = new AuditRecommendation
            {
                Number = Audit.Recommendations.Count == 0 ? 1 : Audit.Recommendations.Max(r => r.Number) + 1,
                Text = Text!.Trim(), Evidence = string.IsNullOrWhiteSpace(Evidence) ? null : Evidence.Trim(), WrittenById = Me, WrittenAt = now,
            });
        else
            Audit.Notes.Add(note = new AuditNote { Kind = Kind == "theme" ? AuditNoteKind.Theme : AuditNoteKind.Quote, Text = Text!.Trim(), WrittenById = Me, WrittenAt = now });
        if (!await Work.SaveChangeAsync(Audit, User, $"Young inspector added a {Kind}", null, ct))
            this.Fail("", "Someone in your team saved at the same time. Press the button again.");
        if (recommendation is not null)
            await ScreenAsync($"finding-{recommendation.Id}", $"Finding {recommendation.Number}: what should change and what they saw",
                string.Join("\n", new[] { recommendation.Text, recommendation.Evidence }.Where(t => t is not null)), ct);
        else
            await ScreenAsync($"note-{note!.Id}", note.Kind == AuditNoteKind.Theme ? "Finding: something they noticed" : "Finding: something someone said", note.Text, ct);
        TempData["Banner"] = "Saved. Thank you.";
        return Redirect(links.InspectorAudit(Id));
    }

    async Task<IActionResult?> LoadAsync(CancellationToken ct)
    {
        if (Kind is not ("recommendation" or "theme" or "quote")) return NotFound();
        if (await LoadAuditAsync(ct) is { } stop) return stop;
        return Audit.Status == AuditStatus.Findings ? null : Redirect(links.InspectorAudit(Id));
    }
}
