using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Voice.Data;
using Voice.Data.Complaints;

namespace Voice.Web.Features.Complaints.New;

/// <summary>
/// A question page of the online complaint. The answers live server-side in a draft row whose
/// unguessable id is in the page's address, so the journey needs neither JavaScript nor cookies.
/// </summary>
[AllowAnonymous]
public abstract class NewComplaintPage(VoiceDbContext db, ComplaintLinks links, Voice.Data.Calendar.UkClock clock) : PageModel
{
    public static readonly TimeSpan DraftLifetime = TimeSpan.FromDays(7);
    static readonly JsonSerializerOptions Json = new() { Converters = { new JsonStringEnumConverter() } };

    [FromRoute(Name = "draft")] public string DraftId { get; set; } = "";
    [FromQuery(Name = "change")] public bool Change { get; set; }

    protected ComplaintDraft Draft { get; private set; } = null!;
    public NewComplaintState State { get; private set; } = new();
    protected ComplaintLinks Links => links;
    protected VoiceDbContext Db => db;
    protected DateOnly Today => clock.Today;

    /// <summary>This page's question, as in its address.</summary>
    public abstract string Question { get; }

    public string Action => links.Question(DraftId, Question, Change);
    public string BackLink => Change ? links.Check(DraftId) : Previous is { } p ? links.Question(DraftId, p) : links.Start();
    protected virtual string? Previous => null;

    /// <summary>Loads the draft; returns where to go instead if it has expired or was already sent.</summary>
    protected async Task<IActionResult?> LoadAsync(CancellationToken ct)
    {
        var draft = DraftId.Length is > 0 and <= 64 ? await db.ComplaintDrafts.FindAsync([DraftId], ct) : null;
        if (draft is null || draft.UpdatedAt + DraftLifetime < clock.UtcNow) return Redirect(links.Start() + "?expired=true");
        if (draft.ComplaintId is not null) return Redirect(links.Done(DraftId));
        Draft = draft;
        State = JsonSerializer.Deserialize<NewComplaintState>(draft.Data, Json) ?? new();
        return null;
    }

    protected async Task SaveAsync(CancellationToken ct)
    {
        Draft.Data = JsonSerializer.Serialize(State, Json);
        Draft.UpdatedAt = clock.UtcNow;
        await db.SaveChangesAsync(ct);
    }

    /// <summary>After answering: back to check answers when changing an answer, else the next unanswered question.</summary>
    protected IActionResult Next(string next)
    {
        var missing = State.FirstUnanswered(Today);
        if (Change) return Redirect(missing is null ? links.Check(DraftId) : links.Question(DraftId, missing, change: false));
        return Redirect(links.Question(DraftId, next));
    }

    public static ComplaintDraft NewDraft(DateTime now) =>
        new() { Id = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16)), CreatedAt = now, UpdatedAt = now, Data = "{}" };

    public static NewComplaintState Read(ComplaintDraft draft) => JsonSerializer.Deserialize<NewComplaintState>(draft.Data, Json) ?? new();
}
