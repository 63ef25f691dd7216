using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Voice.Web.Features.Views;

/// <summary>Before the first question: who will read this, what we must do if they are not safe, where to get help now.</summary>
[AllowAnonymous]
public class StartModel(ViewSession session, ViewLinks links) : PageModel
{
    public ViewSession.Current Current { get; private set; } = null!;
    public string StartUrl { get; private set; } = "";
    public bool Resuming { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var current = await session.LoadAsync(Request, ct);
        if (current is null) return Redirect(links.EnterCode());
        if (current.Submitted) return Redirect(links.WhatHappensNext());
        Current = current;
        var answers = current.Answers;
        Resuming = answers.Count > 0;
        var next = current.Flow.Next(answers);
        StartUrl = next is null ? links.Check() : links.Question(next.Id);
        return Page();
    }

}
