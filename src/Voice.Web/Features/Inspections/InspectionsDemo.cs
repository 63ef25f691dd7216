using Microsoft.EntityFrameworkCore;
using Voice.Data;
using Voice.Data.Identity;
using Voice.Data.Inspections;
using Voice.Web.Api;

namespace Voice.Web.Features.Inspections;

/// <summary>
/// Development demo data for young inspectors: a service visit in fieldwork with both demo young
/// inspectors on the team (one score saved), and a review of letters that has been published,
/// whose SMART actions are under way and partly checked by the young inspectors, so "You said,
/// we did" has real entries. The young people's words hold nothing the redactor must take out.
/// </summary>
public static class InspectionsDemo
{
    public const string Title = "Oak House visit (demo)";
    public const string PublishedTitle = "Letters to young people in care (demo)";
    public static readonly string[] InspectorEmails = ["inspector@northfield.example", "inspector.two@northfield.example"];
    const string ManagerEmail = "service.manager@northfield.example";

    public static async Task SeedAsync(IServiceProvider services)
    {
        var db = services.GetRequiredService<VoiceDbContext>();
        var templates = services.GetRequiredService<AuditTemplateCatalog>();
        var inspectors = await db.Users.Where(u => InspectorEmails.Contains(u.Email!)).OrderBy(u => u.Email).ToListAsync();
        var manager = await db.Users.SingleOrDefaultAsync(u => u.Email == ManagerEmail);
        if (inspectors.Count == 0) return;
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
        var today = DateOnly.FromDateTime(now);
        List<AuditInspector> Team(DateTime at) => inspectors.Select(i => new AuditInspector
        {
            UserId = i.Id, DisplayName = i.DisplayName, AddedAt = at, ConsentRecordedAt = at, ConsentNote = "Signed consent form (demo)", ConsentRecordedByName = "demo data",
        }).ToList();

        if (templates.Find("service-visit") is { } visit && !await db.Audits.AnyAsync(a => a.Title == Title))
        {
            var audit = FromTemplate(visit, Title, "Oak House children's home", "Children in Care Council", AuditStatus.Fieldwork, now);
            (audit.FieldworkFrom, audit.FieldworkTo) = (today, today.AddDays(14));
            audit.Items = [new AuditItem { Order = 1, Name = "Oak House" }];
            audit.Inspectors = Team(now);
            db.Audits.Add(audit);
            await db.SaveChangesAsync();
            db.AuditScores.Add(new AuditScore
            {
                AuditId = audit.Id, ItemId = audit.Items[0].Id, CriterionId = audit.Criteria[0].Id, InspectorUserId = inspectors[0].Id,
                Score = 4, Evidence = "The manager showed us round and made us a drink.", SavedAt = now,
            });
            await db.SaveChangesAsync();
        }

        if (templates.Find("letters-and-web-pages") is { } letters && manager is not null && !await db.Audits.AnyAsync(a => a.Title == PublishedTitle))
            await SeedPublishedAsync(db, services.GetRequiredService<CalendarService>(), letters, inspectors, manager, Team(now.AddDays(-120)), now);
    }

    static Audit FromTemplate(AuditTemplate template, string title, string service, string source, AuditStatus status, DateTime at) => new()
    {
        Title = title, Service = service, Topic = template.Topic, Source = source, TemplateId = template.Id, TemplateVersion = template.Version, Status = status,
        Scale = ScalePoint.Format(template.Scale), PassMark = template.PassMark, ConsentPlan = template.Consent,
        CreatedAt = at, UpdatedAt = at, CreatedByName = "demo data",
        Criteria = template.Criteria.Select((c, i) => new AuditCriterion { Order = i + 1, Key = c.Id, Text = c.Text, Hint = c.Hint }).ToList(),
    };

    /// <summary>
    /// Fieldwork about four months ago, published about three months ago; two actions done and
    /// checked by the young inspectors, one still in progress, one recommendation rejected with a reason.
    /// </summary>
    static async Task SeedPublishedAsync(VoiceDbContext db, CalendarService calendars, AuditTemplate template,
        IReadOnlyList<VoiceUser> inspectors, VoiceUser manager, List<AuditInspector> team, DateTime now)
    {
        var calendar = await calendars.GetAsync(db);
        var today = DateOnly.FromDateTime(now);
        var fieldwork = calendar.StartDay(today.AddDays(-120));
        var agreed = calendar.StartDay(today.AddDays(-95));
        DateTime At(DateOnly day, int hour = 10) => day.ToDateTime(new TimeOnly(hour, 0), DateTimeKind.Utc);

        var audit = FromTemplate(template, PublishedTitle, "Letters the council sends to children in care", "Children in Care Council", AuditStatus.ActionsInProgress, At(fieldwork));
        (audit.FieldworkFrom, audit.FieldworkTo) = (fieldwork, fieldwork.AddDays(7));
        audit.Items = template.SuggestedItems.Select((name, i) => new AuditItem { Order = i + 1, Name = name }).ToList();
        audit.Inspectors = team;
        audit.FactualCheckNote = "The facts are right. The complaint letter quoted was an old version, now replaced.";
        audit.PublishedAt = At(agreed.AddDays(7));
        audit.UpdatedAt = now;
        var author = inspectors[0].Id;
        audit.Notes =
        [
            new AuditNote { Kind = AuditNoteKind.Theme, Text = "Most letters were polite but used words like LAC and PEP without explaining them", WrittenById = author, WrittenAt = At(fieldwork.AddDays(8)) },
            new AuditNote { Kind = AuditNoteKind.Quote, Text = "I got a letter about my review and did not know who to ring", WrittenById = inspectors[^1].Id, WrittenAt = At(fieldwork.AddDays(8)) },
        ];
        (string Text, RecommendationResponse Response, string? Reason)[] recommendations =
        [
            ("Every letter should say who to ring, their number and when they are in", RecommendationResponse.Accepted, null),
            ("Invitations to reviews should come two weeks before, not two days", RecommendationResponse.Accepted, null),
            ("Stop using initials like LAC and PEP in letters", RecommendationResponse.PartlyAccepted,
                "Some forms are named by the government and keep their names, so we will explain them the first time they appear"),
            ("Send letters by text message if we ask", RecommendationResponse.Rejected,
                "Our letters system cannot send text messages yet. We have asked for it in next year's budget and will tell the Children in Care Council"),
        ];
        audit.Recommendations = recommendations.Select((r, i) => new AuditRecommendation
        {
            Number = i + 1, Text = r.Text, WrittenById = inspectors[i % inspectors.Count].Id, WrittenAt = At(fieldwork.AddDays(9)),
            Response = r.Response, ResponseReason = r.Reason, RespondedByName = manager.DisplayName, RespondedAt = At(agreed),
        }).ToList();
        db.Audits.Add(audit);
        await db.SaveChangesAsync();

        foreach (var (criterion, c) in audit.Criteria.Select((c, i) => (c, i)))
            foreach (var (item, i) in audit.Items.Select((item, i) => (item, i)))
                foreach (var (inspector, n) in inspectors.Select((x, n) => (x, n)))
                    db.AuditScores.Add(new AuditScore
                    {
                        AuditId = audit.Id, ItemId = item.Id, CriterionId = criterion.Id, InspectorUserId = inspector.Id, SavedAt = At(fieldwork.AddDays(2)),
                        Score = 1 + (c + i + n) % 3, Evidence = c == 3 && i == 0 ? "No phone number, just the office address" : null,
                    });

        AuditAction Action(int number, string what, int workingDays, string measure) => new()
        {
            AuditId = audit.Id, RecommendationId = audit.Recommendations[number - 1].Id, What = what, OwnerId = manager.Id, OwnerName = manager.DisplayName,
            AgreedOn = agreed, WorkingDays = workingDays, DueOn = calendar.AddWorkingDays(agreed, workingDays), CalendarVersion = calendar.Version, SuccessMeasure = measure,
        };
        var named = Action(1, "Add the worker's name, direct phone number and working days to every letter template", 20,
            "Young inspectors read five letters sent this month and every one names a person to ring");
        var twoWeeks = Action(2, "Send review invitations 15 working days before the review, and check this every month", 30,
            "Nine in ten invitations sent at least two weeks before the review, for three months in a row");
        var initials = Action(3, "Rewrite the review letters without initials, and explain the government's form names the first time", 80,
            "No initials without an explanation in the letters young inspectors read next time");
        foreach (var (done, by, verification, evidence) in new[]
        {
            (named, inspectors[0], ActionVerification.Happened, "We read five new letters and every one had a name, a number and the days they work"),
            (twoWeeks, inspectors[^1], ActionVerification.PartlyHappened, "Most invitations came two weeks before, but two of the five we saw came three days before"),
        })
        {
            done.Status = ActionStatus.Done;
            done.DoneOn = calendar.AddWorkingDays(agreed, done.WorkingDays - 3);
            done.ProgressNote = "Done: the templates are changed and staff were told at the team meeting";
            (done.Verification, done.VerificationEvidence, done.VerifiedByName, done.VerifiedAt) = (verification, evidence, by.DisplayName, At(done.DoneOn.Value.AddDays(10)));
        }
        initials.ProgressNote = "Half of the letters are rewritten; the rest are with the legal team";
        db.AuditActions.AddRange(named, twoWeeks, initials);
        db.ActedOnFeedback.Add(new ActedOnFeedback
        {
            Topic = "family-contact", Source = "Views before reviews", Words = "Contact with my brothers keeps getting cancelled at the last minute",
            WhatWeDid = "Contact is now confirmed two days before, and a cancelled visit is booked again within a week", Outcome = ActedOnOutcome.Done,
            OwnerName = "Children in care teams", On = agreed.AddDays(20), CreatedAt = At(agreed.AddDays(20)), CreatedByName = "demo data",
        });
        await db.SaveChangesAsync();
    }
}
