using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Voice.Data;
using Voice.Data.Audit;
using Voice.Data.Calendar;
using Voice.Data.Identity;
using Voice.Web.Infrastructure.GovUk;
using Voice.Web.Infrastructure.Security;
using Voice.Web.Infrastructure.Validation;

namespace Voice.Web.Features.Admin.Staff.Audit;

/// <summary>Administrators search the audit log (the Admin folder is for administrators only). Searching is itself audited.</summary>
public class IndexModel(VoiceDbContext db, UserManager<VoiceUser> users, AuditWriter audit) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Person { get; set; }
    [BindProperty(SupportsGet = true)] public string? Action { get; set; }
    [BindProperty(SupportsGet = true)] public DateParts From { get; set; } = new();
    [BindProperty(SupportsGet = true)] public DateParts To { get; set; } = new();
    [BindProperty(SupportsGet = true)] public long? Before { get; set; }

    public IReadOnlyList<AuditEntry> Entries { get; private set; } = [];
    /// <summary>The id to page on from, when there are older entries.</summary>
    public long? Older { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        string? actorId = null;
        if (!string.IsNullOrWhiteSpace(Person))
        {
            if (Person.Length > 256) this.AddError(nameof(Person), "Email address must be 256 characters or fewer");
            else if (await users.FindByEmailAsync(Person.Trim()) is { } person) actorId = person.Id;
            else this.AddError(nameof(Person), "There is no account with that email address");
        }
        if (Action?.Length > 100) this.AddError(nameof(Action), "Action must be 100 characters or fewer");
        var from = Day(From, nameof(From), "The start date");
        var to = Day(To, nameof(To), "The end date");
        if (from is not null && to is not null && to < from) this.AddError(nameof(To), "The end date must be the same as or after the start date");
        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        var search = new AuditSearch(actorId, Action, from is { } f ? UkClock.UtcAt(f, TimeOnly.MinValue) : null,
            to is { } t ? UkClock.UtcAt(t.AddDays(1), TimeOnly.MinValue) : null, Before);
        var found = await search.Apply(db.AuditEntries.AsNoTracking()).ToListAsync(ct);
        Entries = found.Take(AuditSearch.PageSize).ToList();
        Older = found.Count > AuditSearch.PageSize ? Entries[^1].Id : null;
        await audit.WriteAsync(User.ToActor(), "Searched the audit log", "AuditEntry", null,
            $"user: {Person}, action: {Action}, from {from}, to {to}, before {Before}", ct);
        return Page();
    }

    DateOnly? Day(DateParts parts, string field, string what)
    {
        if (parts.IsEmpty) return null;
        var (date, error) = parts.Parse(what);
        if (error is not null) this.AddError(field, error);
        return date;
    }

    /// <summary>The same search, older entries.</summary>
    public string OlderLink(long before) => QueryString.Create(
        Request.Query.Where(q => q.Key != nameof(Before)).SelectMany(q => q.Value.Select(v => new KeyValuePair<string, string?>(q.Key, v)))
            .Append(new(nameof(Before), before.ToString(System.Globalization.CultureInfo.InvariantCulture)))).ToString();
}
