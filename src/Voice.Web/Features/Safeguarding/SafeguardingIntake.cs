using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Voice.Data;
using Voice.Data.Feedback.Safeguarding;
using Voice.Data.Feedback.Views;
using Voice.Data.Identity;
using Voice.Web.Api;
using Voice.Web.Infrastructure;
using Voice.Web.Infrastructure.Notifications;

namespace Voice.Web.Features.Safeguarding;

/// <summary>Where screened text comes from. Flags are grouped in the queue by source and record.</summary>
public static class FreeTextSources
{
    public const string View = "view";
    public const string Complaint = "complaint";
    public const string HealthHistory = "health-history";
    public const string Inspection = "inspection";

    public static string Label(string source) => source switch
    {
        View => "Questionnaire",
        Complaint => "Complaint",
        HealthHistory => "Health history request",
        Inspection => "Young inspector audit",
        _ => source,
    };
}

/// <summary>
/// One piece of free text a person wrote: where it belongs (<paramref name="Source"/> and
/// <paramref name="SourceRecord"/>, for example a complaint's id), how staff know that record
/// (<paramref name="SourceLabel"/>), which field it was written in, and the words.
/// <paramref name="ResponseId"/> is set only for questionnaire answers.
/// </summary>
public sealed record FreeText(string Source, string SourceRecord, string SourceLabel, string Field, string FieldLabel, string Text, Guid ResponseId = default)
{
    /// <summary>A new complaint: what happened, what they want, and why it is late, screened together.</summary>
    public static FreeText ForComplaint(Voice.Data.Complaints.Complaint c) => new(
        FreeTextSources.Complaint, c.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), $"Complaint {c.Reference}",
        "complaint", "What happened, what they want to happen, why it is late",
        string.Join("\n", new[] { c.Description, c.WantedOutcome, c.LateReason, c.Relationship }.Where(t => !string.IsNullOrWhiteSpace(t))));

    /// <summary>Information a complainant added on the tracking page (each addition is its own field).</summary>
    public static FreeText ForAddedInformation(Voice.Data.Complaints.Complaint c, Voice.Data.Complaints.ComplaintEvent added) => new(
        FreeTextSources.Complaint, c.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), $"Complaint {c.Reference}",
        $"added-{added.Id}", $"Information added on {added.At:d MMMM yyyy}", added.Detail ?? "");

    /// <summary>A care leaver's health history request: what they want to know.</summary>
    public static FreeText ForHealthHistory(Voice.Data.CareLeavers.HealthHistoryRequest r) => new(
        FreeTextSources.HealthHistory, r.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), $"Health history request {r.Reference}",
        "what-they-want", "What they want from their health history", r.WhatTheyWant);

    /// <summary>
    /// Young inspector evidence or findings (for the young inspectors area to call when it saves
    /// them): <paramref name="auditLabel"/> names the audit, <paramref name="field"/> is unique within it
    /// (for example <c>evidence-{criterionId}-{itemId}</c> or <c>finding-{id}</c>).
    /// </summary>
    public static FreeText ForInspection(string auditId, string auditLabel, string field, string fieldLabel, string text) => new(
        FreeTextSources.Inspection, auditId, auditLabel, field, fieldLabel, text);
}

/// <summary>
/// THE one entry point for screening free text, wherever a person writes it: questionnaire
/// answers, complaints and added information, health history requests, young inspector evidence
/// and findings. Call <see cref="ScreenAsync"/> once, after the text itself is saved. Text that
/// may suggest harm raises a flag in the one triage queue, due by 5pm the same working day; the
/// first open flag on a record emails the safeguarding duty team (naming the fields, never the
/// words). A random share of unflagged text goes to the sample review queue.
/// </summary>
public class SafeguardingIntake(
    VoiceDbContext db, SafeguardingScreen screen, CalendarService calendars, Voice.Data.Outbox.Outbox outbox,
    UserManager<VoiceUser> users, TimeProvider clock, SafeguardingLinks links, SiteUrl siteUrl,
    SafeguardingSampler sampler, ILogger<SafeguardingIntake> log)
{
    /// <summary>Screens the text and records a flag or a sample. Returns the screen's result.</summary>
    public async Task<ScreenResult> ScreenAsync(FreeText text, CancellationToken ct)
    {
        var result = screen.Screen(text.Text);
        if (result.Flag)
        {
            await RaiseAsync(text, result, ct);
        }
        else if (!string.IsNullOrWhiteSpace(text.Text) && sampler.ShouldSample())
        {
            db.SafeguardingSamples.Add(new SafeguardingSample
            {
                Id = Guid.NewGuid(), Source = text.Source, SourceRecord = text.SourceRecord, SourceLabel = Cut(text.SourceLabel, 200),
                FieldLabel = Cut(text.FieldLabel, 300), Text = text.Text, SampledAt = clock.GetUtcNow().UtcDateTime,
            });
            await db.SaveChangesAsync(ct);
        }
        return result;
    }

    /// <summary>
    /// Raises (or refreshes) the flag for this field of this record. Used by the screen and by a
    /// person who finds a missed disclosure in the sample queue (<paramref name="result"/> then says so).
    /// </summary>
    public async Task<SafeguardingFlag> RaiseAsync(FreeText text, ScreenResult result, CancellationToken ct, string? why = null)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var open = await db.SafeguardingFlags
            .Where(f => f.Source == text.Source && f.SourceRecord == text.SourceRecord && f.Decision == null).ToListAsync(ct);
        var flag = open.FirstOrDefault(f => f.QuestionId == text.Field);
        if (flag is null)
        {
            var calendar = await calendars.GetAsync(db, ct);
            flag = new SafeguardingFlag
            {
                Id = Guid.NewGuid(), Source = text.Source, SourceRecord = text.SourceRecord, ResponseId = text.ResponseId,
                QuestionId = Cut(text.Field, 100), RaisedAt = now,
                DueAt = SafeguardingDeadlines.DueBy(now, calendar.IsWorkingDay, calendar.NextWorkingDay),
                Tier = SafeguardingLexicon.MaxTier,
            };
            db.SafeguardingFlags.Add(flag);
        }
        flag.SourceLabel = Cut(text.SourceLabel, 200);
        flag.FieldLabel = Cut(text.FieldLabel, 300);
        flag.ScreenedText = text.Text;
        flag.Tier = Math.Min(flag.Tier, result.Tier ?? SafeguardingLexicon.MaxTier);
        flag.Category = Cut(result.Category is "" ? "other" : result.Category, 100);
        flag.RuleId = Cut(result.Top?.RuleId ?? (result.Semantic is { Flag: true } ? "semantic" : "person"), 100);
        flag.MatchedText = Cut(result.Top?.Text ?? result.Semantic?.Sentence ?? "", 500);
        flag.LexiconVersion = result.LexiconVersion;
        flag.Signal = result.Signal is "" ? "person" : result.Signal;
        flag.Score = result.Score;
        flag.Why = Cut(why ?? result.Why, 2000);
        // The duty email is saved with the flag (the outbox dispatcher sends it).
        if (open.Count == 0) await TellSafeguardingDutyAsync(text, ct);
        await db.SaveChangesAsync(ct);
        return flag;
    }

    /// <summary>One email per record while it has an open flag: what it is and which fields, never the words.</summary>
    async Task TellSafeguardingDutyAsync(FreeText text, CancellationToken ct)
    {
        var link = siteUrl.Absolute(links.Record(text.Source, text.SourceRecord));
        var body =
            $"Something written in Voice may suggest a child or young person is at risk. Please check it today.\n\n" +
            $"Where: {FreeTextSources.Label(text.Source)}, {text.SourceLabel}\n" +
            $"Answer that raised it: {text.FieldLabel}\n\n" +
            $"Open it in the safeguarding queue: {link}\n\n" +
            "Any other answers in the same record that are flagged before you decide are added to the same queue entry, without another email. " +
            "This email does not include their words.";
        foreach (var person in await users.GetUsersInRoleAsync(Roles.SafeguardingDuty))
        {
            if (person.IsDisabled || person.Email is null) continue;
            outbox.Email("safeguarding-flag", person.Email, $"Safeguarding: {text.SourceLabel} needs checking today", body);
        }
        log.LogWarning("Safeguarding flag raised on {Source} {Record}; safeguarding duty told", text.Source, text.SourceRecord);
    }

    static string Cut(string s, int max) => s.Length <= max ? s : s[..max];
}

/// <summary>
/// Picks a random share of unflagged text for a person to read (<c>Voice:Safeguarding:SampleRate</c>,
/// 0.015 unless set; at most 1).
/// </summary>
public class SafeguardingSampler(IConfiguration config)
{
    public const double DefaultRate = 0.015;

    public double Rate { get; } = Math.Clamp(config.GetValue("Voice:Safeguarding:SampleRate", DefaultRate), 0, 1);

    public bool ShouldSample() => Rate > 0 && Random.Shared.NextDouble() < Rate;
}
