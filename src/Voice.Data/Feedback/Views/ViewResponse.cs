using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Voice.Data.Feedback.Views;

/// <summary>What a young person said, against the exact questionnaire version they saw.</summary>
public class ViewResponse : IVersioned
{
    public Guid Id { get; set; }
    public int Version { get; set; }
    public Guid InvitationId { get; set; }
    public Invitation Invitation { get; set; } = null!;
    public string QuestionnaireId { get; set; } = "";
    public string QuestionnaireVersion { get; set; } = "";
    public DateTime StartedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
    public DateTime? SubmittedAt { get; set; }
    /// <summary>The young person's choice: the social worker may see it too.</summary>
    public bool? ShareWithSocialWorker { get; set; }
    /// <summary>The young person's choice: it may be used, without their name, to improve services.</summary>
    public bool? UseAnonymously { get; set; }
    public DateTime? FirstReadAt { get; set; }
    public string? FirstReadByName { get; set; }
    public string? WhatHappenedNext { get; set; }
    public DateTime? WhatHappenedNextAt { get; set; }
    public string? WhatHappenedNextByName { get; set; }

    public List<ViewAnswer> Answers { get; set; } = [];
    public List<ViewDecision> Decisions { get; set; } = [];
}

/// <summary>One value of one answer. Questions that take several values have several rows.</summary>
public class ViewAnswer
{
    public long Id { get; set; }
    public Guid ResponseId { get; set; }
    public string QuestionId { get; set; } = "";
    public int Ordinal { get; set; }
    public string Value { get; set; } = "";
    /// <summary>The language of the page the answer was typed on (issue 15): "ur" means it may well be written in Urdu.</summary>
    public string Language { get; set; } = Voice.Data.Languages.Language.EnglishCode;
}

/// <summary>What the meeting decided about one thing the young person raised.</summary>
public class ViewDecision
{
    public long Id { get; set; }
    public Guid ResponseId { get; set; }
    public string QuestionId { get; set; } = "";
    public string Decision { get; set; } = "";
    public DateTime RecordedAt { get; set; }
    public string RecordedByName { get; set; } = "";
}

public class ViewResponseConfiguration : IEntityTypeConfiguration<ViewResponse>
{
    public void Configure(EntityTypeBuilder<ViewResponse> b)
    {
        b.ToTable("ViewResponses");
        b.Property(r => r.Version).IsConcurrencyToken().HasDefaultValue(0);
        b.Property(r => r.QuestionnaireId).HasMaxLength(100);
        b.Property(r => r.QuestionnaireVersion).HasMaxLength(20);
        b.Property(r => r.FirstReadByName).HasMaxLength(200);
        b.Property(r => r.WhatHappenedNext).HasMaxLength(4000);
        b.Property(r => r.WhatHappenedNextByName).HasMaxLength(200);
        b.HasIndex(r => r.InvitationId).IsUnique().HasDatabaseName("IX_ViewResponses_InvitationId");
        b.HasMany(r => r.Answers).WithOne().HasForeignKey(a => a.ResponseId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(r => r.Decisions).WithOne().HasForeignKey(d => d.ResponseId).OnDelete(DeleteBehavior.Cascade);
    }
}

public class ViewAnswerConfiguration : IEntityTypeConfiguration<ViewAnswer>
{
    public void Configure(EntityTypeBuilder<ViewAnswer> b)
    {
        b.ToTable("ViewAnswers");
        b.Property(a => a.QuestionId).HasMaxLength(100);
        b.Property(a => a.Value).HasMaxLength(5000);
        b.Property(a => a.Language).HasMaxLength(10).HasDefaultValue(Voice.Data.Languages.Language.EnglishCode);
        b.HasIndex(a => new { a.ResponseId, a.QuestionId, a.Ordinal }).IsUnique().HasDatabaseName("IX_ViewAnswers_Response_Question");
    }
}

public class ViewDecisionConfiguration : IEntityTypeConfiguration<ViewDecision>
{
    public void Configure(EntityTypeBuilder<ViewDecision> b)
    {
        b.ToTable("ViewDecisions");
        b.Property(d => d.QuestionId).HasMaxLength(100);
        b.Property(d => d.Decision).HasMaxLength(2000);
        b.Property(d => d.RecordedByName).HasMaxLength(200);
        b.HasIndex(d => new { d.ResponseId, d.QuestionId }).HasDatabaseName("IX_ViewDecisions_Response_Question");
    }
}
