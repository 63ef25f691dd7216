using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Voice.Data.Inspections;

public enum ActedOnOutcome { Done, InProgress, CouldNot }

/// <summary>
/// Feedback staff have acted on (from a survey, a complaint, the Children in Care Council), for
/// "You said, we did": the young people's words (stored only after redaction), what was done or
/// why not, who owns it and when.
/// </summary>
public class ActedOnFeedback
{
    public int Id { get; set; }
    public string Topic { get; set; } = "";
    public string Source { get; set; } = "";
    public string Words { get; set; } = "";
    public string WhatWeDid { get; set; } = "";
    public ActedOnOutcome Outcome { get; set; }
    public string OwnerName { get; set; } = "";
    public DateOnly On { get; set; }
    public DateTime CreatedAt { get; set; }
    public string CreatedByName { get; set; } = "";
}

public static class ActedOnOutcomeText
{
    public static string Label(this ActedOnOutcome o) => o switch
    {
        ActedOnOutcome.Done => "Done",
        ActedOnOutcome.InProgress => "In progress",
        ActedOnOutcome.CouldNot => "We could not do this",
        _ => o.ToString(),
    };
}

public class ActedOnFeedbackConfiguration : IEntityTypeConfiguration<ActedOnFeedback>
{
    public void Configure(EntityTypeBuilder<ActedOnFeedback> b)
    {
        b.ToTable("ActedOnFeedback");
        b.Property(f => f.Topic).HasMaxLength(50);
        b.Property(f => f.Source).HasMaxLength(200);
        b.Property(f => f.Words).HasMaxLength(1000);
        b.Property(f => f.WhatWeDid).HasMaxLength(1000);
        b.Property(f => f.Outcome).HasConversion<string>().HasMaxLength(20);
        b.Property(f => f.OwnerName).HasMaxLength(200);
        b.Property(f => f.CreatedByName).HasMaxLength(256);
        b.HasIndex(f => f.On).HasDatabaseName("IX_ActedOnFeedback_On");
    }
}
