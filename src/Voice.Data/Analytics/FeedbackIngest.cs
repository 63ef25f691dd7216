using Microsoft.EntityFrameworkCore;
using Voice.Data.Analytics.Privacy;
using Voice.Data.Analytics.Themes;
using Voice.Data.Complaints;
using Voice.Data.Feedback.Questionnaires;

namespace Voice.Data.Analytics;

/// <summary>
/// Copies new feedback from every source into the QA read model (<see cref="FeedbackItem"/>),
/// redacted, with themes and tone when a tagger is available. Run from a leased background job.
/// Each source is read from a watermark (the newest row already copied, less an overlap) and
/// rows already copied are skipped, so a run can be repeated or interrupted safely.
/// <para>Sources: questionnaire answers (views before reviews, journey points and the
/// after-complaint questionnaire) only when the person agreed to anonymous use; complaints (what
/// happened, what they want); health history requests; young inspector findings once their
/// audit's report is published (FeedbackIngest.Audits.cs).</para>
/// </summary>
public sealed partial class FeedbackIngest(VoiceDbContext db, QuestionnaireCatalog questionnaires, TimeProvider clock, IThemeTagger? tagger = null)
{
    public const int BatchSize = 500;
    static readonly TimeSpan Overlap = TimeSpan.FromHours(1);

    static readonly HashSet<string> JourneyPoints =
    [
        QuestionnaireEventTypes.AssessmentClosed, QuestionnaireEventTypes.ChildInNeedReview,
        QuestionnaireEventTypes.ChildProtectionPlanEnded, QuestionnaireEventTypes.MissingReturnInterview,
    ];

    /// <summary>Copies one batch from each source and tags what is untagged. Returns the rows added or tagged.</summary>
    public async Task<int> RunAsync(CancellationToken ct)
    {
        var added = await CopyQuestionnairesAsync(ct);
        added += await CopyComplaintsAsync(ct);
        added += await CopyHealthHistoryAsync(ct);
        added += await CopyAuditFindingsAsync(ct);
        return added + await TagAsync(ct);
    }

    async Task<int> CopyQuestionnairesAsync(CancellationToken ct)
    {
        string[] sources = [FeedbackSources.Views, FeedbackSources.JourneyPoint, FeedbackSources.AfterComplaint];
        var since = await WatermarkAsync(sources, ct);
        var responses = await db.ViewResponses.AsNoTracking()
            .Where(r => r.SubmittedAt != null && r.SubmittedAt >= since && r.UseAnonymously == true)
            .OrderBy(r => r.SubmittedAt).Take(BatchSize)
            .Select(r => new
            {
                r.Id, r.QuestionnaireId, SubmittedAt = r.SubmittedAt!.Value, r.Invitation.EventType, r.Invitation.Team, r.Invitation.BatchId,
                Answers = r.Answers.Select(a => new { a.QuestionId, a.Value }).ToList(),
                Flagged = db.SafeguardingFlags.Any(f => f.ResponseId == r.Id),
            })
            .ToListAsync(ct);
        var done = await DoneAsync(responses.Select(r => "view:" + r.Id.ToString("N")), ct);
        var now = clock.GetUtcNow().UtcDateTime;
        var added = 0;
        foreach (var r in responses)
        {
            var key = "view:" + r.Id.ToString("N");
            if (done.Contains(key) || !questionnaires.TryGet(r.QuestionnaireId, out var definition)) continue;
            var source = r.EventType == QuestionnaireEventTypes.ComplaintClosed ? FeedbackSources.AfterComplaint
                : r.BatchId is not null || JourneyPoints.Contains(r.EventType) ? FeedbackSources.JourneyPoint
                : FeedbackSources.Views;
            var ageBand = definition.AgeBand?.ToString() ?? (definition.Audience == Audience.FosterCarer ? "foster-carer" : "parent");
            foreach (var question in definition.Questions)
            {
                var values = r.Answers.Where(a => a.QuestionId == question.Id).Select(a => a.Value).ToList();
                if (values.Count == 0) continue;
                int? score = question.IsChoice && !question.AllowsSeveral ? question.Option(values[0])?.Score : null;
                var text = question.Type == QuestionType.LongText ? values[0] : null;
                if (score is null && string.IsNullOrWhiteSpace(text)) continue;
                db.FeedbackItems.Add(Item(source, key, r.SubmittedAt, DateOnly.FromDateTime(r.SubmittedAt), r.EventType, r.Team, ageBand, text, [], now,
                    definition.Id, question.Id, question.Text.En, score, consent: true, flagged: r.Flagged));
                added++;
            }
        }
        await db.SaveChangesAsync(ct);
        return added;
    }

    async Task<int> CopyComplaintsAsync(CancellationToken ct)
    {
        var since = await WatermarkAsync([FeedbackSources.Complaint], ct);
        var complaints = await db.Complaints.AsNoTracking()
            .Where(c => c.CreatedAt >= since)
            .OrderBy(c => c.CreatedAt).Take(BatchSize)
            .Select(c => new { c.Id, c.CreatedAt, c.ReceivedOn, c.Service, c.ComplainantType, c.ComplainantName, c.Description, c.WantedOutcome })
            .ToListAsync(ct);
        var done = await DoneAsync(complaints.Select(c => $"complaint:{c.Id}"), ct);
        var now = clock.GetUtcNow().UtcDateTime;
        var added = 0;
        foreach (var c in complaints.Where(c => !done.Contains($"complaint:{c.Id}")))
        {
            var ageBand = c.ComplainantType switch
            {
                ComplainantType.Child => "under-18", ComplainantType.CareLeaver => "16+",
                ComplainantType.FosterCarer => "foster-carer", _ => "parent",
            };
            foreach (var (question, label, text) in new[] { ("what-happened", "What happened", c.Description), ("wanted-outcome", "What they want to happen", c.WantedOutcome) })
            {
                if (string.IsNullOrWhiteSpace(text)) continue;
                db.FeedbackItems.Add(Item(FeedbackSources.Complaint, $"complaint:{c.Id}", c.CreatedAt, c.ReceivedOn, "complaint", ComplaintServices.Label(c.Service),
                    ageBand, text, [c.ComplainantName], now, null, question, label, null, consent: false, flagged: false));
                added++;
            }
        }
        await db.SaveChangesAsync(ct);
        return added;
    }

    async Task<int> CopyHealthHistoryAsync(CancellationToken ct)
    {
        var since = await WatermarkAsync([FeedbackSources.HealthHistory], ct);
        var requests = await db.HealthHistoryRequests.AsNoTracking()
            .Where(r => r.ReceivedAt >= since)
            .OrderBy(r => r.ReceivedAt).Take(BatchSize)
            .Select(r => new { r.Id, r.ReceivedAt, r.FullName, r.OtherNames, r.WhatTheyWant })
            .ToListAsync(ct);
        var done = await DoneAsync(requests.Select(r => $"health:{r.Id}"), ct);
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var r in requests.Where(r => !done.Contains($"health:{r.Id}")))
            db.FeedbackItems.Add(Item(FeedbackSources.HealthHistory, $"health:{r.Id}", r.ReceivedAt, DateOnly.FromDateTime(r.ReceivedAt), "health-history",
                "Looked-after children's health", "16+", r.WhatTheyWant, [r.FullName, r.OtherNames ?? ""], now, null, "what-they-want",
                "What they want from their health history", null, consent: false, flagged: false));
        await db.SaveChangesAsync(ct);
        return requests.Count - done.Count;
    }

    /// <summary>Tags comments that have no themes yet (never those a person corrected).</summary>
    public async Task<int> TagAsync(CancellationToken ct)
    {
        if (tagger is null) return 0;
        var items = await db.FeedbackItems.Where(f => f.TaggedAt == null && f.Text != null && !f.CorrectedByPerson)
            .OrderBy(f => f.Id).Take(BatchSize).ToListAsync(ct);
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var item in items)
        {
            var tagging = tagger.Tag(item.Text!);
            item.Tone = tagging.Tone.ToString().ToLowerInvariant();
            item.TaxonomyVersion = tagging.TaxonomyVersion;
            item.Why = ThemeWhy.Write(tagging.Why);
            item.TaggedAt = now;
            foreach (var theme in tagging.Themes.Distinct())
                db.FeedbackItemThemes.Add(new FeedbackItemTheme { ItemId = item.Id, ThemeId = theme });
        }
        await db.SaveChangesAsync(ct);
        return items.Count;
    }

    async Task<DateTime> WatermarkAsync(string[] sources, CancellationToken ct)
    {
        var newest = await db.FeedbackItems.Where(f => sources.Contains(f.Source)).MaxAsync(f => (DateTime?)f.SourceAt, ct);
        return newest is { } n ? n - Overlap : DateTime.MinValue;
    }

    async Task<HashSet<string>> DoneAsync(IEnumerable<string> keys, CancellationToken ct)
    {
        var list = keys.ToList();
        return [.. await db.FeedbackItems.Where(f => list.Contains(f.ResponseKey)).Select(f => f.ResponseKey).Distinct().ToListAsync(ct)];
    }

    static FeedbackItem Item(string source, string key, DateTime sourceAt, DateOnly on, string journeyPoint, string? team, string ageBand,
        string? text, IEnumerable<string> knownNames, DateTime now, string? questionnaireId, string questionId, string questionText,
        int? score, bool consent, bool flagged)
    {
        var redacted = text is null ? null : QuoteRedactor.Redact(text.Trim(), knownNames.Where(n => n.Length > 0));
        return new FeedbackItem
        {
            Source = source, ResponseKey = key, SourceAt = sourceAt, On = on, Month = on.Year * 100 + on.Month, Quarter = Privacy.Quarter.Of(on).Key,
            JourneyPoint = journeyPoint, Team = string.IsNullOrWhiteSpace(team) ? "Not recorded" : team, AgeBand = ageBand,
            QuestionnaireId = questionnaireId, QuestionId = questionId, QuestionText = questionText.Length > 500 ? questionText[..500] : questionText,
            Score = score, Text = redacted, Words = redacted is null ? 0 : redacted.Split((char[])[' ', '\n'], StringSplitOptions.RemoveEmptyEntries).Length,
            AnonymousUseAgreed = consent, Flagged = flagged, IngestedAt = now,
        };
    }
}
