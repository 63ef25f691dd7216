using Microsoft.EntityFrameworkCore;
using Voice.Data;
using Voice.Data.Inspections;

namespace Voice.Web.Areas.Staff.Pages.Inspections;

/// <summary>Development demo data: a service visit in fieldwork, with the demo young inspector on the team and a first score saved.</summary>
public static class InspectionsDemo
{
    public const string Title = "Oak House visit (demo)";

    public static async Task SeedAsync(IServiceProvider services)
    {
        var db = services.GetRequiredService<VoiceDbContext>();
        if (await db.Audits.AnyAsync(a => a.Title == Title)) return;
        var template = services.GetRequiredService<AuditTemplateCatalog>().Find("service-visit");
        var inspector = await db.Users.SingleOrDefaultAsync(u => u.Email == "inspector@northfield.example");
        if (template is null || inspector is null) return;
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
        var today = DateOnly.FromDateTime(now);
        var audit = new Audit
        {
            Title = Title, Service = "Oak House children's home", Topic = template.Topic, Source = "Children in Care Council",
            TemplateId = template.Id, TemplateVersion = template.Version, Status = AuditStatus.Fieldwork,
            Scale = ScalePoint.Format(template.Scale), PassMark = template.PassMark, ConsentPlan = template.Consent,
            FieldworkFrom = today, FieldworkTo = today.AddDays(14), CreatedAt = now, UpdatedAt = now, CreatedByName = "demo data",
            Criteria = template.Criteria.Select((c, i) => new AuditCriterion { Order = i + 1, Key = c.Id, Text = c.Text, Hint = c.Hint }).ToList(),
            Items = [new AuditItem { Order = 1, Name = "Oak House" }],
            Inspectors = [new AuditInspector { UserId = inspector.Id, DisplayName = inspector.DisplayName, AddedAt = now, ConsentRecordedAt = now, ConsentNote = "Signed consent form (demo)", ConsentRecordedByName = "demo data" }],
        };
        db.Audits.Add(audit);
        await db.SaveChangesAsync();
        db.AuditScores.Add(new AuditScore
        {
            AuditId = audit.Id, ItemId = audit.Items[0].Id, CriterionId = audit.Criteria[0].Id, InspectorUserId = inspector.Id,
            Score = 4, Evidence = "The manager showed us round and made us a drink.", SavedAt = now,
        });
        await db.SaveChangesAsync();
    }
}
