using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Voice.Data.Analytics;
using Voice.Data.Audit;
using Voice.Data.Feedback.Views;
using Voice.Data.Calendar;
using Voice.Data.Complaints;
using Voice.Data.CareLeavers;
using Voice.Data.Identity;
using Voice.Data.Inspections;
using Voice.Data.Jobs;

namespace Voice.Data;

public class VoiceDbContext(DbContextOptions<VoiceDbContext> options) : IdentityDbContext<VoiceUser>(options), IDataProtectionKeyContext
{
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<JobLease> JobLeases => Set<JobLease>();
    public DbSet<Access.AccessAttempt> AccessAttempts => Set<Access.AccessAttempt>();
    public DbSet<PasswordResetRequest> PasswordResetRequests => Set<PasswordResetRequest>();
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();
    public DbSet<Invitation> Invitations => Set<Invitation>();
    public DbSet<ViewResponse> ViewResponses => Set<ViewResponse>();
    public DbSet<ViewAnswer> ViewAnswers => Set<ViewAnswer>();
    public DbSet<ViewDecision> ViewDecisions => Set<ViewDecision>();
    public DbSet<SafeguardingFlag> SafeguardingFlags => Set<SafeguardingFlag>();
    public DbSet<Feedback.Safeguarding.SafeguardingSample> SafeguardingSamples => Set<Feedback.Safeguarding.SafeguardingSample>();
    public DbSet<Feedback.Safeguarding.SafeguardingExample> SafeguardingExamples => Set<Feedback.Safeguarding.SafeguardingExample>();
    public DbSet<InvitationBatch> InvitationBatches => Set<InvitationBatch>();
    public DbSet<Complaint> Complaints => Set<Complaint>();
    public DbSet<ComplaintStage2> ComplaintStage2 => Set<ComplaintStage2>();
    public DbSet<ComplaintPanel> ComplaintPanels => Set<ComplaintPanel>();
    public DbSet<PanelMember> ComplaintPanelMembers => Set<PanelMember>();
    public DbSet<ComplaintPoint> ComplaintPoints => Set<ComplaintPoint>();
    public DbSet<ComplaintEvent> ComplaintEvents => Set<ComplaintEvent>();
    public DbSet<ComplaintExtension> ComplaintExtensions => Set<ComplaintExtension>();
    public DbSet<ComplaintPause> ComplaintPauses => Set<ComplaintPause>();
    public DbSet<ComplaintDeadline> ComplaintDeadlines => Set<ComplaintDeadline>();
    public DbSet<ComplaintRemedy> ComplaintRemedies => Set<ComplaintRemedy>();
    public DbSet<LearningAction> ComplaintLearningActions => Set<LearningAction>();
    public DbSet<OmbudsmanReferral> ComplaintOmbudsmanReferrals => Set<OmbudsmanReferral>();
    public DbSet<ComplaintDraft> ComplaintDrafts => Set<ComplaintDraft>();
    public DbSet<ComplaintReminder> ComplaintReminders => Set<ComplaintReminder>();
    public DbSet<CalendarAdjustmentRecord> CalendarAdjustments => Set<CalendarAdjustmentRecord>();
    public DbSet<CalendarVersionRecord> CalendarVersions => Set<CalendarVersionRecord>();
    public DbSet<HealthHistoryRequest> HealthHistoryRequests => Set<HealthHistoryRequest>();
    public DbSet<HealthHistoryNote> HealthHistoryNotes => Set<HealthHistoryNote>();
    public DbSet<Voice.Data.Outbox.OutboxMessage> OutboxMessages => Set<Voice.Data.Outbox.OutboxMessage>();
    public DbSet<FeedbackItem> FeedbackItems => Set<FeedbackItem>();
    public DbSet<FeedbackItemTheme> FeedbackItemThemes => Set<FeedbackItemTheme>();
    public DbSet<FeedbackSummary> FeedbackSummaries => Set<FeedbackSummary>();
    public DbSet<Inspections.Audit> Audits => Set<Inspections.Audit>();
    public DbSet<AuditCriterion> AuditCriteria => Set<AuditCriterion>();
    public DbSet<AuditItem> AuditItems => Set<AuditItem>();
    public DbSet<AuditInspector> AuditInspectors => Set<AuditInspector>();
    public DbSet<AuditScore> AuditScores => Set<AuditScore>();
    public DbSet<AuditNote> AuditNotes => Set<AuditNote>();
    public DbSet<AuditRecommendation> AuditRecommendations => Set<AuditRecommendation>();
    public DbSet<AuditAction> AuditActions => Set<AuditAction>();
    public DbSet<ActedOnFeedback> ActedOnFeedback => Set<ActedOnFeedback>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(VoiceDbContext).Assembly);
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        RefuseChangesToAppendOnlyRows();
        StampVersions();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        RefuseChangesToAppendOnlyRows();
        StampVersions();
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    /// <summary>Timelines are evidence: their rows may be added, never changed or deleted.</summary>
    void RefuseChangesToAppendOnlyRows()
    {
        foreach (var entry in ChangeTracker.Entries<IAppendOnly>())
            if (entry.State is EntityState.Modified or EntityState.Deleted)
                throw new InvalidOperationException($"{entry.Metadata.ClrType.Name} rows cannot be changed or deleted.");
    }

    /// <summary>Each save that changes a versioned row moves its version on (see <see cref="IVersioned"/>).</summary>
    void StampVersions()
    {
        foreach (var entry in ChangeTracker.Entries<IVersioned>())
        {
            if (entry.State != EntityState.Modified) continue;
            // Unless the code set a different version (a form showed an older one: the save must
            // then fail), the row moves on to the next version.
            var version = entry.Property(e => e.Version);
            if (version.CurrentValue == version.OriginalValue) version.CurrentValue = version.OriginalValue + 1;
        }
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Instants are UTC DateTime everywhere: SQLite cannot order or compare DateTimeOffset,
        // and PostgreSQL's timestamptz wants Kind=Utc. The converter restores the kind on read.
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
    }

    sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
        v => v.Kind == DateTimeKind.Utc ? v : v.ToUniversalTime(),
        v => DateTime.SpecifyKind(v, DateTimeKind.Utc));
}
