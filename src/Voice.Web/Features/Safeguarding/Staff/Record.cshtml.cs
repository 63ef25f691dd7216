using FluentValidation;
using Humanizer;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Voice.Data;
using Voice.Data.Audit;
using Voice.Data.Feedback.Views;
using Voice.Web.Infrastructure.GovUk;
using Voice.Web.Infrastructure.Security;
using Voice.Web.Infrastructure.Validation;

namespace Voice.Web.Features.Safeguarding.Staff;

/// <summary>
/// Every flag on one record (a response, a complaint, a request): which answers raised them,
/// their words, and why the screen flagged them. One decision closes every open flag the form
/// showed; the form posts each flag's version, so when another duty officer decided (or
/// changed) one of them since, nothing is overwritten and the conflict page says what changed.
/// Every view is audited.
/// </summary>
public class RecordModel(VoiceDbContext db, AuditWriter audit, SafeguardingLinks links, TimeProvider clock) : PageModel
{
    static readonly InlineValidator<RecordModel> Rules = new()
    {
        v => v.RuleFor(m => m.Decision).Must(d => d is not null && Enum.TryParse<FlagDecision>(d, out _)).WithMessage("Select what you decided"),
        v => v.RuleFor(m => m.Note).NotEmpty().WithMessage("Enter the reason for your decision"),
        v => v.RuleFor(m => m.Note).MaximumLength(2000).WithMessage("Reason must be 2000 characters or fewer"),
    };

    public static readonly IReadOnlyList<Choice> Choices =
    [
        new(nameof(FlagDecision.NoConcern), "No concern", "The words do not suggest anyone is at risk."),
        new(nameof(FlagDecision.AlreadyKnown), "Already known and acted on", "The risk is known to the team and a plan is in place."),
        new(nameof(FlagDecision.Referred), "Referred to the front door", "A referral has been made to the children's services front door."),
    ];

    [BindProperty(SupportsGet = true)] public string Source { get; set; } = "";
    [BindProperty(SupportsGet = true)] public string RecordId { get; set; } = "";
    [BindProperty] public string? Decision { get; set; }
    [BindProperty] public string? Note { get; set; }
    /// <summary>The version of each open flag the form showed, by flag id.</summary>
    [BindProperty] public Dictionary<Guid, int> Versions { get; set; } = [];

    public IReadOnlyList<SafeguardingFlag> Flags { get; private set; } = [];
    public IReadOnlyList<SafeguardingFlag> OpenFlags => [.. Flags.Where(f => f.Decision is null)];
    public string Label { get; private set; } = "";
    public DateTime Now { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct)) return NotFound();
        await audit.WriteAsync(User.ToActor(), "Viewed a safeguarding record", "SafeguardingRecord", $"{Source}/{RecordId}",
            $"{Label}: {"flag".ToQuantity(Flags.Count)}", ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct)) return NotFound();
        // The flags the form showed open (a form without versions means every open flag).
        var shown = Versions.Count == 0 ? OpenFlags : [.. Flags.Where(f => Versions.ContainsKey(f.Id))];
        if (shown.Count == 0) return Redirect(links.Record(Source, RecordId));
        await this.ThrowIfInvalidAsync(Rules);
        var me = User.ToActor();
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var flag in shown)
        {
            db.ExpectVersion(flag, Versions.TryGetValue(flag.Id, out var version) ? version : null);
            flag.Decision = Enum.Parse<FlagDecision>(Decision!);
            flag.DecisionNote = Note!.Trim();
            flag.DecidedAt = now;
            flag.DecidedByName = me.Name;
            audit.Add(me, $"Decided a safeguarding flag: {flag.Decision}", "SafeguardingFlag", flag.Id.ToString(), flag.DecisionNote);
        }
        await db.SaveChangesAsync(ct);
        TempData["Banner"] = "Decision recorded";
        return Redirect(links.Index());
    }

    async Task<bool> LoadAsync(CancellationToken ct)
    {
        Now = clock.GetUtcNow().UtcDateTime;
        Flags = await db.SafeguardingFlags.Where(f => f.Source == Source && f.SourceRecord == RecordId).OrderBy(f => f.RaisedAt).ToListAsync(ct);
        if (Flags.Count == 0) return false;
        Label = IndexModel.LabelOf(Flags[0]);
        return true;
    }

    /// <summary>The words as screened; flags raised before screen 2 kept only the matched phrase.</summary>
    public static string Words(SafeguardingFlag f) => f.ScreenedText is "" ? f.MatchedText : f.ScreenedText;

    public static string SignalLabel(string signal) => signal switch
    {
        "both" => "Phrase list and meaning",
        "lexicon" => "Phrase list",
        "semantic" => "Meaning (close to labelled disclosures)",
        "person" => "A person, reading a sample",
        _ => signal,
    };
}
