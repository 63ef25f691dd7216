using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Voice.Data.Inspections;

public enum RecommendationResponse { Accepted, PartlyAccepted, Rejected }

/// <summary>
/// A recommendation written by the young inspectors, and the management response to it: accepted
/// or partly accepted with a SMART action, or rejected with a reason.
/// </summary>
public class AuditRecommendation
{
    public int Id { get; set; }
    public int AuditId { get; set; }
    public int Number { get; set; }
    public string Text { get; set; } = "";
    /// <summary>What the young inspectors saw that led to it.</summary>
    public string? Evidence { get; set; }
    public string WrittenById { get; set; } = "";
    public DateTime WrittenAt { get; set; }

    public RecommendationResponse? Response { get; set; }
    public string? ResponseReason { get; set; }
    public string? RespondedByName { get; set; }
    public DateTime? RespondedAt { get; set; }
    public AuditAction? Action { get; set; }

    /// <summary>
    /// Records the response. A rejection or partial acceptance needs a reason; an acceptance or
    /// partial acceptance needs its action. Returns the problems, or an empty list when recorded.
    /// </summary>
    public IReadOnlyList<string> Respond(RecommendationResponse response, string? reason, AuditAction? action, string byName, DateTime at)
    {
        var problems = new List<string>();
        if (response != RecommendationResponse.Accepted && string.IsNullOrWhiteSpace(reason))
            problems.Add(response == RecommendationResponse.Rejected ? "Say why the recommendation is rejected" : "Say which part is accepted and why");
        if (response != RecommendationResponse.Rejected && action is null)
            problems.Add("An accepted recommendation needs an action");
        if (problems.Count > 0) return problems;
        Response = response;
        ResponseReason = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim();
        RespondedByName = byName;
        RespondedAt = at;
        Action = response == RecommendationResponse.Rejected ? null : action;
        return problems;
    }
}

public static class RecommendationResponseText
{
    public static string Label(this RecommendationResponse r) => r switch
    {
        RecommendationResponse.Accepted => "Accepted",
        RecommendationResponse.PartlyAccepted => "Partly accepted",
        RecommendationResponse.Rejected => "Rejected",
        _ => r.ToString(),
    };
}

public class AuditRecommendationConfiguration : IEntityTypeConfiguration<AuditRecommendation>
{
    public void Configure(EntityTypeBuilder<AuditRecommendation> b)
    {
        b.ToTable("AuditRecommendations");
        b.Property(r => r.Text).HasMaxLength(1000);
        b.Property(r => r.Evidence).HasMaxLength(1000);
        b.Property(r => r.WrittenById).HasMaxLength(450);
        b.Property(r => r.Response).HasConversion<string>().HasMaxLength(30);
        b.Property(r => r.ResponseReason).HasMaxLength(1000);
        b.Property(r => r.RespondedByName).HasMaxLength(256);
        b.HasIndex(r => r.AuditId).HasDatabaseName("IX_AuditRecommendations_AuditId");
        b.HasOne(r => r.Action).WithOne().HasForeignKey<AuditAction>(a => a.RecommendationId).OnDelete(DeleteBehavior.Cascade);
    }
}
