using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Voice.Data.Analytics;

/// <summary>
/// The QA read model: one row per piece of feedback (one answer, or one part of a complaint or
/// request), filled by <see cref="FeedbackIngest"/> from a background job, never by the request
/// that saved the answer. It holds only what QA may see: the text is already redacted, there is
/// no name, case reference or contact detail, and a row from a questionnaire exists only when
/// the person agreed their answers may be used anonymously.
/// </summary>
public class FeedbackItem
{
    public long Id { get; set; }
    /// <summary>Where it came from: one of <see cref="FeedbackSources"/>.</summary>
    public string Source { get; set; } = "";
    /// <summary>The person's whole response ("view:…", "complaint:…"): people are counted by this.</summary>
    public string ResponseKey { get; set; } = "";
    public string? QuestionnaireId { get; set; }
    public string? QuestionId { get; set; }
    public string? QuestionText { get; set; }
    /// <summary>The event type (looked-after-review, assessment-closed, complaint-closed, …) or the source.</summary>
    public string JourneyPoint { get; set; } = "";
    public string Team { get; set; } = "";
    /// <summary>"8-11", "11-17", "16+", "parent", "foster-carer" or "unknown".</summary>
    public string AgeBand { get; set; } = "";
    public DateOnly On { get; set; }
    /// <summary>yyyymm of <see cref="On"/>: the smallest period anything is reported for.</summary>
    public int Month { get; set; }
    /// <summary>year × 10 + quarter of <see cref="On"/>.</summary>
    public int Quarter { get; set; }
    /// <summary>1 (worst) to 5 (best), for rating and faces answers.</summary>
    public int? Score { get; set; }
    /// <summary>Free text after <see cref="Privacy.QuoteRedactor"/>; the original stays where it was written.</summary>
    public string? Text { get; set; }
    public int Words { get; set; }
    public bool AnonymousUseAgreed { get; set; }
    /// <summary>A safeguarding flag was raised on the response: never shown as a quote.</summary>
    public bool Flagged { get; set; }
    /// <summary>"positive", "negative" or "neutral" once tagged.</summary>
    public string? Tone { get; set; }
    public string? TaxonomyVersion { get; set; }
    /// <summary>Why each theme was given (JSON of the tagger's evidence), for the theme page.</summary>
    public string? Why { get; set; }
    public DateTime? TaggedAt { get; set; }
    /// <summary>A person corrected the themes: the tagger no longer changes them.</summary>
    public bool CorrectedByPerson { get; set; }
    public DateTime SourceAt { get; set; }
    public DateTime IngestedAt { get; set; }
    public List<FeedbackItemTheme> Themes { get; set; } = [];
}

/// <summary>One theme of one piece of feedback.</summary>
public class FeedbackItemTheme
{
    public long ItemId { get; set; }
    public string ThemeId { get; set; } = "";
}

public static class FeedbackSources
{
    public const string Views = "views", JourneyPoint = "journey-point", Complaint = "complaint",
        AfterComplaint = "after-complaint", HealthHistory = "health-history", YoungInspectors = "young-inspectors";

    public static readonly IReadOnlyList<(string Id, string Label)> All =
    [
        (Views, "Views before reviews"),
        (JourneyPoint, "Journey-point questionnaires"),
        (Complaint, "Complaints"),
        (AfterComplaint, "After-complaint questionnaire"),
        (HealthHistory, "Health history requests"),
        (YoungInspectors, "Young inspector findings"),
    ];

    public static string Label(string id) => All.FirstOrDefault(s => s.Id == id).Label ?? id;
}

public class FeedbackItemConfiguration : IEntityTypeConfiguration<FeedbackItem>
{
    public void Configure(EntityTypeBuilder<FeedbackItem> b)
    {
        b.ToTable("FeedbackItems");
        b.Property(x => x.Source).HasMaxLength(40);
        b.Property(x => x.ResponseKey).HasMaxLength(100);
        b.Property(x => x.QuestionnaireId).HasMaxLength(100);
        b.Property(x => x.QuestionId).HasMaxLength(100);
        b.Property(x => x.QuestionText).HasMaxLength(500);
        b.Property(x => x.JourneyPoint).HasMaxLength(50);
        b.Property(x => x.Team).HasMaxLength(100);
        b.Property(x => x.AgeBand).HasMaxLength(20);
        b.Property(x => x.Text).HasMaxLength(5000);
        b.Property(x => x.Tone).HasMaxLength(10);
        b.Property(x => x.TaxonomyVersion).HasMaxLength(80);
        b.Property(x => x.Why).HasMaxLength(4000);
        b.HasIndex(x => new { x.ResponseKey, x.QuestionId }).IsUnique().HasDatabaseName("IX_FeedbackItems_Response_Question");
        b.HasIndex(x => new { x.Source, x.SourceAt }).HasDatabaseName("IX_FeedbackItems_Source_SourceAt");
        b.HasIndex(x => new { x.Quarter, x.Team, x.JourneyPoint, x.AgeBand, x.Source }).HasDatabaseName("IX_FeedbackItems_Quarter_Filters");
        b.HasIndex(x => x.TaggedAt).HasDatabaseName("IX_FeedbackItems_TaggedAt");
        b.HasMany(x => x.Themes).WithOne().HasForeignKey(t => t.ItemId).OnDelete(DeleteBehavior.Cascade);
    }
}

public class FeedbackItemThemeConfiguration : IEntityTypeConfiguration<FeedbackItemTheme>
{
    public void Configure(EntityTypeBuilder<FeedbackItemTheme> b)
    {
        b.ToTable("FeedbackItemThemes");
        b.HasKey(x => new { x.ItemId, x.ThemeId });
        b.Property(x => x.ThemeId).HasMaxLength(60);
        b.HasIndex(x => x.ThemeId).HasDatabaseName("IX_FeedbackItemThemes_ThemeId");
    }
}

