using Microsoft.EntityFrameworkCore;
using Voice.Data;
using Voice.Data.Identity;
using Voice.Data.Inspections;
using Voice.Tests.Support;
using Voice.Web.Features.Safeguarding;

namespace Voice.Tests.Pages.Inspectors;

/// <summary>What young inspectors write (evidence, findings) goes through the one safeguarding screen when saved.</summary>
public class InspectorScreeningTests
{
    static async Task<int> SeedAsync(VoiceApplication app, AuditStatus status, string inspectorId)
    {
        await using var db = app.NewDbContext();
        var audit = new Audit
        {
            Title = $"Screened {Guid.NewGuid():N}", Service = "Oak House", Topic = "home", TemplateId = "service-visit", Status = status, Scale = "1=Not good|2=OK|3=Good", PassMark = 2,
            Criteria = [new AuditCriterion { Order = 1, Key = "welcome", Text = "Were you made welcome?" }],
            Items = [new AuditItem { Order = 1, Name = "Oak House" }],
            Inspectors = [new AuditInspector { UserId = inspectorId, DisplayName = "Inspector" }],
        };
        db.Audits.Add(audit);
        await db.SaveChangesAsync();
        return audit.Id;
    }

    [Theory, BothDatabases]
    public async Task ADisclosureInAFindingOrEvidence_RaisesAFlag_AndAnOrdinaryFindingDoesNot(DatabaseProvider provider)
    {
        var app = await TestApps.Get(provider);
        var account = await app.CreateStaffAsync([Roles.YoungInspector]);
        var inspector = PageClient.For(app);
        await inspector.SignInAsync(account);
        await using var db = app.NewDbContext();

        var findings = await SeedAsync(app, AuditStatus.Findings, account.Id);
        var theme = await inspector.GetAsync($"/inspectors/audits/{findings}/write/theme");
        await inspector.SubmitAsync(theme.Form(), ("Text", "The staff were friendly and the garden was nice"));
        Assert.Single(await db.AuditNotes.Where(n => n.AuditId == findings).ToListAsync());
        Assert.False(await db.SafeguardingFlags.AnyAsync(f => f.Source == FreeTextSources.Inspection && f.SourceRecord == findings.ToString()));

        var write = await inspector.GetAsync($"/inspectors/audits/{findings}/write/recommendation");
        await inspector.SubmitAsync(write.Form(), ("Text", "Staff should listen more"), ("Evidence", "A boy told us his key worker hits me when I am late, he said"));
        var recommendation = await db.AuditRecommendations.SingleAsync(r => r.AuditId == findings);
        var flag = await db.SafeguardingFlags.SingleAsync(f => f.Source == FreeTextSources.Inspection && f.SourceRecord == findings.ToString());
        Assert.Equal($"finding-{recommendation.Id}", flag.QuestionId);
        Assert.Contains("hits me", flag.ScreenedText);
        Assert.Null(flag.Decision);

        var fieldwork = await SeedAsync(app, AuditStatus.Fieldwork, account.Id);
        var audit = await db.Audits.Include(a => a.Criteria).Include(a => a.Items).SingleAsync(a => a.Id == fieldwork);
        var score = await inspector.GetAsync($"/inspectors/audits/{fieldwork}/score/{audit.Items[0].Id}/{audit.Criteria[0].Id}");
        await inspector.SubmitAsync(score.Form(), ("Score", "1"), ("Evidence", "my dad hits me"), ("Action", "next"));
        var saved = await db.AuditScores.SingleAsync(s => s.AuditId == fieldwork);
        var evidenceFlag = await db.SafeguardingFlags.SingleAsync(f => f.Source == FreeTextSources.Inspection && f.SourceRecord == fieldwork.ToString());
        Assert.Equal($"evidence-{saved.Id}", evidenceFlag.QuestionId);
    }
}
