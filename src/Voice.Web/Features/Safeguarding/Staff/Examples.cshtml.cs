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
/// Labelled examples added by safeguarding staff, on top of content/themes/safeguarding-examples.csv.
/// Adding one is audited; the retrain job folds it into the semantic screen within minutes.
/// </summary>
public class ExamplesModel(VoiceDbContext db, AuditWriter audit, SafeguardingScreen screen, SafeguardingLinks links, TimeProvider clock) : PageModel
{
    public const int TextMax = 1000;

    static readonly InlineValidator<ExamplesModel> Rules = new()
    {
        v => v.RuleFor(m => m.Label).Must(l => l is LabelledText.FlagLabel or LabelledText.OkLabel).WithMessage("Select whether a person must read text like this"),
        v => v.RuleFor(m => m.Harm).Must(SafeguardingHarms.IsKnown).WithMessage("Select the kind of harm it is about, or would be mistaken for"),
        v => v.RuleFor(m => m.Text).NotEmpty().WithMessage("Enter the example, in the words a child or young person would use"),
        v => v.RuleFor(m => m.Text).MaximumLength(TextMax).WithMessage($"Example must be {TextMax} characters or fewer"),
    };

    public static readonly IReadOnlyList<Choice> Labels =
    [
        new(LabelledText.FlagLabel, "A disclosure: a person must read text like this"),
        new(LabelledText.OkLabel, "An ordinary comment that shares a disclosure's words", "For example \"I got a belt in karate\"."),
    ];

    [BindProperty] public string? Label { get; set; }
    [BindProperty] public string? Harm { get; set; }
    [BindProperty] public string? Text { get; set; }

    public IReadOnlyList<SafeguardingExample> Added { get; private set; } = [];
    public SemanticScreen? Semantic { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        await this.ThrowIfInvalidAsync(Rules);
        var me = User.ToActor();
        var example = new SafeguardingExample { Label = Label!, Harm = Harm!, Text = Text!.Trim(), AddedAt = clock.GetUtcNow().UtcDateTime, AddedByName = me.Name };
        db.SafeguardingExamples.Add(example);
        await db.SaveChangesAsync(ct);
        await audit.WriteAsync(me, $"Added a safeguarding example ({example.Label})", "SafeguardingExample", example.Id.ToString(), $"{example.Harm}: {example.Text}", ct);
        TempData["Banner"] = "Example added. The screen will learn from it within a few minutes.";
        return Redirect(links.Examples());
    }

    async Task LoadAsync(CancellationToken ct)
    {
        Added = await db.SafeguardingExamples.AsNoTracking().OrderByDescending(e => e.Id).Take(200).ToListAsync(ct);
        Semantic = screen.Semantic?.Current;
    }
}
