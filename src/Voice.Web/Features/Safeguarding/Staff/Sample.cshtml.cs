using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Voice.Data;
using Voice.Data.Audit;
using Voice.Data.Feedback.Safeguarding;
using Voice.Web.Infrastructure.GovUk;
using Voice.Web.Infrastructure.Security;
using Voice.Web.Infrastructure.Validation;

namespace Voice.Web.Features.Safeguarding.Staff;

/// <summary>
/// One sampled piece of unflagged text. "Nothing missed" closes it; "A disclosure the screen
/// missed" raises a flag on its record and adds the text as a labelled example (which retrains
/// the screen). Every view and outcome is audited.
/// </summary>
public class SampleModel(VoiceDbContext db, AuditWriter audit, SafeguardingIntake intake, SafeguardingScreen screen, SafeguardingLinks links, TimeProvider clock) : PageModel
{
    static readonly InlineValidator<SampleModel> Rules = new()
    {
        v => v.RuleFor(m => m.Outcome).Must(o => o is not null && Enum.TryParse<SampleOutcome>(o, out _)).WithMessage("Select whether the screen missed a disclosure"),
        v => v.RuleFor(m => m.Harm).Must(SafeguardingHarms.IsKnown).When(m => m.Outcome == nameof(SampleOutcome.Missed)).WithMessage("Select what kind of harm it suggests"),
        v => v.RuleFor(m => m.Note).MaximumLength(2000).WithMessage("Note must be 2000 characters or fewer"),
    };

    public static readonly IReadOnlyList<Choice> Outcomes =
    [
        new(nameof(SampleOutcome.NothingMissed), "Nothing missed", "Nothing here suggests anyone is at risk."),
        new(nameof(SampleOutcome.Missed), "A disclosure the screen missed", "It goes to the triage queue now, and becomes a labelled example."),
    ];

    public static IReadOnlyList<Choice> Harms => [.. SafeguardingHarms.All.Select(h => new Choice(h.Id, h.Label))];

    [BindProperty(SupportsGet = true)] public Guid Id { get; set; }
    [BindProperty] public string? Outcome { get; set; }
    [BindProperty] public string? Harm { get; set; }
    [BindProperty] public string? Note { get; set; }

    public SafeguardingSample Sample { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await db.SafeguardingSamples.SingleOrDefaultAsync(s => s.Id == Id, ct) is not { } sample) return NotFound();
        Sample = sample;
        await audit.WriteAsync(User.ToActor(), "Read a safeguarding sample", "SafeguardingSample", Id.ToString(), sample.SourceLabel, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (await db.SafeguardingSamples.SingleOrDefaultAsync(s => s.Id == Id, ct) is not { } sample) return NotFound();
        Sample = sample;
        if (sample.Outcome is not null) return Redirect(links.Samples());
        await this.ThrowIfInvalidAsync(Rules);
        var me = User.ToActor();
        var now = clock.GetUtcNow().UtcDateTime;
        sample.Outcome = Enum.Parse<SampleOutcome>(Outcome!);
        sample.Note = string.IsNullOrWhiteSpace(Note) ? null : Note.Trim();
        sample.ReviewedAt = now;
        sample.ReviewedByName = me.Name;
        audit.Add(me, $"Read a safeguarding sample: {sample.Outcome}", "SafeguardingSample", Id.ToString(), sample.Note);
        if (sample.Outcome == SampleOutcome.Missed)
        {
            var text = sample.Text.Length <= 1000 ? sample.Text : sample.Text[..1000];
            db.SafeguardingExamples.Add(new SafeguardingExample { Label = LabelledText.FlagLabel, Harm = Harm!, Text = text, AddedAt = now, AddedByName = me.Name });
            audit.Add(me, "Added a safeguarding example from a missed disclosure", "SafeguardingSample", Id.ToString(), $"{Harm}: {text}");
        }
        await db.SaveChangesAsync(ct);
        if (sample.Outcome == SampleOutcome.Missed)
        {
            var freeText = new FreeText(sample.Source, sample.SourceRecord, sample.SourceLabel, $"sample-{sample.Id:N}", sample.FieldLabel, sample.Text,
                sample.Source == FreeTextSources.View && Guid.TryParse(sample.SourceRecord, out var response) ? response : default);
            // A person found it: no phrase raised it (an unconfirmed ambiguous phrase may have matched; it did not flag).
            var result = ScreenResult.None(screen.Lexicon.Version) with { Tier = 2 };
            await intake.RaiseAsync(freeText, result, ct, why: $"{me.Name} found it reading a random sample of unflagged text: the screen missed it ({SafeguardingHarms.Label(Harm)})");
        }
        TempData["Banner"] = sample.Outcome == SampleOutcome.Missed ? "Sent to the triage queue and added as a labelled example" : "Recorded";
        return Redirect(links.Samples());
    }
}
