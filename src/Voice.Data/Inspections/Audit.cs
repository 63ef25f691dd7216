using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Voice.Data.Inspections;

/// <summary>
/// A young inspectors' audit, made from a template in content/audits. Its status only changes
/// through <see cref="AuditLifecycle"/>; <see cref="Version"/> is a concurrency token, so two
/// people changing the same audit at once cannot overwrite each other.
/// </summary>
public class Audit
{
    public int Id { get; set; }
    public string Title { get; set; } = "";
    public string TemplateId { get; set; } = "";
    public string TemplateVersion { get; set; } = "";
    /// <summary>What is being audited, for example "Oak House children's home".</summary>
    public string Service { get; set; } = "";
    /// <summary>A theme id from the feedback taxonomy, for "You said, we did".</summary>
    public string Topic { get; set; } = "";
    /// <summary>Where the idea came from (Children in Care Council, a survey, complaints).</summary>
    public string? Source { get; set; }
    public AuditStatus Status { get; set; }

    /// <summary>The rating scale copied from the template when planned: "1=Not good|2=OK|3=Good".</summary>
    public string Scale { get; set; } = "";
    public int PassMark { get; set; }
    public DateOnly? FieldworkFrom { get; set; }
    public DateOnly? FieldworkTo { get; set; }
    public string? ConsentPlan { get; set; }
    /// <summary>Care plan audits: each young person audits only their own plan.</summary>
    public bool OwnPlanOnly { get; set; }
    /// <summary>Results are only ever shown added up, with small groups hidden.</summary>
    public bool AggregateOnly { get; set; }

    public string? FactualCheckNote { get; set; }
    public string? ImpactStatement { get; set; }
    public DateTime? PublishedAt { get; set; }
    public DateTime? ClosedAt { get; set; }
    public DateTime CreatedAt { get; set; }
    public string CreatedByName { get; set; } = "";
    public DateTime UpdatedAt { get; set; }
    public int Version { get; set; }

    public List<AuditCriterion> Criteria { get; set; } = [];
    public List<AuditItem> Items { get; set; } = [];
    public List<AuditInspector> Inspectors { get; set; } = [];
    public List<AuditNote> Notes { get; set; } = [];
    public List<AuditRecommendation> Recommendations { get; set; } = [];

    /// <summary>The scale's points, lowest first.</summary>
    public IReadOnlyList<ScalePoint> ScalePoints => ScalePoint.Parse(Scale);

    /// <summary>Marks a change: a new concurrency version and the time.</summary>
    public void Touch(DateTime at)
    {
        UpdatedAt = at;
        Version++;
    }
}

public class AuditConfiguration : IEntityTypeConfiguration<Audit>
{
    public void Configure(EntityTypeBuilder<Audit> b)
    {
        b.ToTable("Audits");
        b.Property(a => a.Title).HasMaxLength(200);
        b.Property(a => a.TemplateId).HasMaxLength(100);
        b.Property(a => a.TemplateVersion).HasMaxLength(20);
        b.Property(a => a.Service).HasMaxLength(200);
        b.Property(a => a.Topic).HasMaxLength(50);
        b.Property(a => a.Source).HasMaxLength(200);
        b.Property(a => a.Status).HasConversion<string>().HasMaxLength(30);
        b.Property(a => a.Scale).HasMaxLength(1000);
        b.Property(a => a.ConsentPlan).HasMaxLength(2000);
        b.Property(a => a.FactualCheckNote).HasMaxLength(2000);
        b.Property(a => a.ImpactStatement).HasMaxLength(2000);
        b.Property(a => a.CreatedByName).HasMaxLength(256);
        b.Property(a => a.Version).IsConcurrencyToken();
        b.Ignore(a => a.ScalePoints);
        b.HasIndex(a => a.Status).HasDatabaseName("IX_Audits_Status");
        b.HasMany(a => a.Criteria).WithOne().HasForeignKey(c => c.AuditId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(a => a.Items).WithOne().HasForeignKey(i => i.AuditId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(a => a.Inspectors).WithOne().HasForeignKey(i => i.AuditId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(a => a.Notes).WithOne().HasForeignKey(n => n.AuditId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(a => a.Recommendations).WithOne().HasForeignKey(r => r.AuditId).OnDelete(DeleteBehavior.Cascade);
    }
}

/// <summary>One point on a rating scale: its number and what young people see.</summary>
public sealed record ScalePoint(int Value, string Label)
{
    public static IReadOnlyList<ScalePoint> Parse(string scale) =>
        string.IsNullOrEmpty(scale)
            ? []
            : scale.Split('|').Select(p => p.Split('=', 2)).Select(p => new ScalePoint(int.Parse(p[0]), p[1])).OrderBy(p => p.Value).ToList();

    public static string Format(IEnumerable<ScalePoint> points) => string.Join('|', points.Select(p => $"{p.Value}={p.Label}"));
}
