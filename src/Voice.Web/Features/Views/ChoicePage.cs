using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Voice.Data;
using Voice.Web.Infrastructure.Validation;

namespace Voice.Web.Features.Views;

/// <summary>
/// The two yes/no choices a young person makes about their answers before sending them: who
/// may read them, and whether they may help improve services without their name.
/// </summary>
public abstract class ChoicePage(ViewSession session, VoiceDbContext db, ViewLinks links, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? From { get; set; }
    [BindProperty] public string? Choice { get; set; }
    public ViewSession.Current Current { get; private set; } = null!;
    public string BackUrl { get; private set; } = "";

    protected ViewLinks Links => links;
    protected abstract bool? Read(Data.Feedback.Views.ViewResponse response);
    protected abstract void Write(Data.Feedback.Views.ViewResponse response, bool value);
    protected abstract string Missing { get; }
    protected abstract string Next { get; }
    protected abstract string Back(ViewSession.Current current);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } redirect) return redirect;
        Choice = Read(Current.Response!) switch { true => "yes", false => "no", null => null };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } redirect) return redirect;
        if (Choice is not ("yes" or "no")) this.Fail(nameof(Choice), Missing);
        Write(Current.Response!, Choice == "yes");
        Current.Response!.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct);
        return Redirect(From == "check" ? links.Check() : Next);
    }

    async Task<IActionResult?> LoadAsync(CancellationToken ct)
    {
        var current = await session.LoadAsync(Request, ct);
        if (current is null) return Redirect(links.EnterCode());
        if (current.Submitted) return Redirect(links.WhatHappensNext());
        if (current.Response is null) return Redirect(links.Start());
        Current = current;
        BackUrl = From == "check" ? links.Check() : Back(current);
        return null;
    }

    protected static string LastQuestion(ViewSession.Current current, ViewLinks links)
    {
        var last = current.Flow.Applicable(current.Answers).LastOrDefault();
        return last is null ? links.Start() : links.Question(last.Id);
    }
}
