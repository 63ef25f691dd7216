using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Migrations.Operations;
using Microsoft.EntityFrameworkCore.Migrations.Operations.Builders;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Voice.Data.Migrations;

/// <summary>
/// Complaints (the complaint, its stages, points, timeline, clocks, remedies, learning, ombudsman),
/// online drafts, reminders sent, and the administrators' calendar adjustments and versions.
/// Column types are left to each provider; identity columns carry all three providers' annotations.
/// </summary>
[DbContext(typeof(VoiceDbContext))]
[Migration("20261122000100_Complaints")]
public class AddComplaints : Migration
{
    static OperationBuilder<AddColumnOperation> Identity(ColumnsBuilder t) =>
        t.Column<long>(nullable: false)
            .Annotation("Sqlite:Autoincrement", true)
            .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn)
            .Annotation("SqlServer:Identity", "1, 1");

    static void ToComplaint<T>(CreateTableBuilder<T> t, string table, System.Linq.Expressions.Expression<Func<T, object>> column) =>
        t.ForeignKey($"FK_{table}_Complaints_ComplaintId", column, "Complaints", "Id", onDelete: ReferentialAction.Cascade);

    protected override void Up(MigrationBuilder m)
    {
        m.CreateTable(
            name: "Complaints",
            columns: t => new
            {
                Id = Identity(t),
                Reference = t.Column<string>(maxLength: 20, nullable: false),
                TrackingCodeHash = t.Column<string>(maxLength: 64, nullable: false),
                SubmissionKey = t.Column<string>(maxLength: 64, nullable: true),
                SplitFromId = t.Column<long>(nullable: true),
                Route = t.Column<string>(maxLength: 20, nullable: false),
                RouteReason = t.Column<string>(maxLength: 2000, nullable: true),
                RouteDecidedOn = t.Column<DateOnly>(nullable: true),
                Stage = t.Column<int>(nullable: false),
                Status = t.Column<string>(maxLength: 20, nullable: false),
                ComplainantType = t.Column<string>(maxLength: 20, nullable: false),
                Relationship = t.Column<string>(maxLength: 200, nullable: true),
                ComplainantName = t.Column<string>(maxLength: 200, nullable: false),
                Service = t.Column<string>(maxLength: 50, nullable: false),
                Description = t.Column<string>(maxLength: 5000, nullable: false),
                WantedOutcome = t.Column<string>(maxLength: 2000, nullable: true),
                HappenedOn = t.Column<DateOnly>(nullable: true),
                IsLate = t.Column<bool>(nullable: false),
                LateReason = t.Column<string>(maxLength: 2000, nullable: true),
                LateDecision = t.Column<string>(maxLength: 20, nullable: true),
                LateDecisionReason = t.Column<string>(maxLength: 2000, nullable: true),
                NeedsAdvocate = t.Column<bool>(nullable: false),
                NeedsInterpreter = t.Column<bool>(nullable: false),
                InterpreterLanguage = t.Column<string>(maxLength: 100, nullable: true),
                OtherFormat = t.Column<string>(maxLength: 200, nullable: true),
                Email = t.Column<string>(maxLength: 256, nullable: true),
                Phone = t.Column<string>(maxLength: 40, nullable: true),
                Address = t.Column<string>(maxLength: 500, nullable: true),
                ContactPreference = t.Column<string>(maxLength: 20, nullable: false),
                ReceivedOn = t.Column<DateOnly>(nullable: false),
                CreatedAt = t.Column<DateTime>(nullable: false),
                Channel = t.Column<string>(maxLength: 20, nullable: false),
                AssignedToId = t.Column<string>(maxLength: 64, nullable: true),
                AssignedToName = t.Column<string>(maxLength: 200, nullable: true),
                AcknowledgedOn = t.Column<DateOnly>(nullable: true),
                AdvocacyOfferedOn = t.Column<DateOnly>(nullable: true),
                AdvocacyReferredOn = t.Column<DateOnly>(nullable: true),
                AdvocateAppointedOn = t.Column<DateOnly>(nullable: true),
                Stage1ExtensionDays = t.Column<int>(nullable: false),
                Stage1RespondedOn = t.Column<DateOnly>(nullable: true),
                Stage1Response = t.Column<string>(maxLength: 5000, nullable: true),
                ClosedOn = t.Column<DateOnly>(nullable: true),
                WithdrawnOn = t.Column<DateOnly>(nullable: true),
                NextDueOn = t.Column<DateOnly>(nullable: true),
                NextDueStep = t.Column<string>(maxLength: 30, nullable: true),
                NextAmberOn = t.Column<DateOnly>(nullable: true),
                IsPaused = t.Column<bool>(nullable: false),
                CalendarVersion = t.Column<string>(maxLength: 20, nullable: true),
            },
            constraints: t => t.PrimaryKey("PK_Complaints", x => x.Id));

        m.CreateTable(
            name: "ComplaintStage2",
            columns: t => new
            {
                ComplaintId = t.Column<long>(nullable: false),
                RequestedOn = t.Column<DateOnly>(nullable: false),
                RequestWasLate = t.Column<bool>(nullable: false),
                LateDecision = t.Column<string>(maxLength: 20, nullable: true),
                LateDecisionReason = t.Column<string>(maxLength: 2000, nullable: true),
                RequestReason = t.Column<string>(maxLength: 2000, nullable: true),
                InvestigatingOfficer = t.Column<string>(maxLength: 200, nullable: true),
                IndependentPerson = t.Column<string>(maxLength: 200, nullable: true),
                StatementAgreedOn = t.Column<DateOnly>(nullable: true),
                ExtensionDays = t.Column<int>(nullable: false),
                RespondedOn = t.Column<DateOnly>(nullable: true),
                Response = t.Column<string>(maxLength: 5000, nullable: true),
            },
            constraints: t =>
            {
                t.PrimaryKey("PK_ComplaintStage2", x => x.ComplaintId);
                ToComplaint(t, "ComplaintStage2", x => x.ComplaintId);
            });

        m.CreateTable(
            name: "ComplaintPanels",
            columns: t => new
            {
                ComplaintId = t.Column<long>(nullable: false),
                RequestedOn = t.Column<DateOnly>(nullable: false),
                RequestWasLate = t.Column<bool>(nullable: false),
                LateDecision = t.Column<string>(maxLength: 20, nullable: true),
                LateDecisionReason = t.Column<string>(maxLength: 2000, nullable: true),
                RequestReason = t.Column<string>(maxLength: 2000, nullable: true),
                MeetingOn = t.Column<DateOnly>(nullable: true),
                ReportSentOn = t.Column<DateOnly>(nullable: true),
                FinalResponseOn = t.Column<DateOnly>(nullable: true),
            },
            constraints: t =>
            {
                t.PrimaryKey("PK_ComplaintPanels", x => x.ComplaintId);
                ToComplaint(t, "ComplaintPanels", x => x.ComplaintId);
            });

        m.CreateTable(
            name: "ComplaintOmbudsmanReferrals",
            columns: t => new
            {
                ComplaintId = t.Column<long>(nullable: false),
                ReferredOn = t.Column<DateOnly>(nullable: false),
                OmbudsmanReference = t.Column<string>(maxLength: 50, nullable: true),
                Outcome = t.Column<string>(maxLength: 100, nullable: true),
                DecidedOn = t.Column<DateOnly>(nullable: true),
                Remedy = t.Column<string>(maxLength: 2000, nullable: true),
            },
            constraints: t =>
            {
                t.PrimaryKey("PK_ComplaintOmbudsmanReferrals", x => x.ComplaintId);
                ToComplaint(t, "ComplaintOmbudsmanReferrals", x => x.ComplaintId);
            });

        m.CreateTable(
            name: "ComplaintPanelMembers",
            columns: t => new
            {
                Id = Identity(t),
                ComplaintId = t.Column<long>(nullable: false),
                Name = t.Column<string>(maxLength: 200, nullable: false),
                IndependenceNote = t.Column<string>(maxLength: 2000, nullable: false),
            },
            constraints: t =>
            {
                t.PrimaryKey("PK_ComplaintPanelMembers", x => x.Id);
                ToComplaint(t, "ComplaintPanelMembers", x => x.ComplaintId);
            });

        m.CreateTable(
            name: "ComplaintPoints",
            columns: t => new
            {
                Id = Identity(t),
                ComplaintId = t.Column<long>(nullable: false),
                Number = t.Column<int>(nullable: false),
                Summary = t.Column<string>(maxLength: 2000, nullable: false),
                Outcome = t.Column<string>(maxLength: 20, nullable: true),
                DecidedAtStage = t.Column<int>(nullable: true),
            },
            constraints: t =>
            {
                t.PrimaryKey("PK_ComplaintPoints", x => x.Id);
                ToComplaint(t, "ComplaintPoints", x => x.ComplaintId);
            });

        m.CreateTable(
            name: "ComplaintEvents",
            columns: t => new
            {
                Id = Identity(t),
                ComplaintId = t.Column<long>(nullable: false),
                At = t.Column<DateTime>(nullable: false),
                Kind = t.Column<string>(maxLength: 50, nullable: false),
                Summary = t.Column<string>(maxLength: 500, nullable: false),
                Detail = t.Column<string>(maxLength: 5000, nullable: true),
                ActorName = t.Column<string>(maxLength: 256, nullable: false),
                ActorId = t.Column<string>(maxLength: 64, nullable: true),
                Public = t.Column<bool>(nullable: false),
            },
            constraints: t =>
            {
                t.PrimaryKey("PK_ComplaintEvents", x => x.Id);
                ToComplaint(t, "ComplaintEvents", x => x.ComplaintId);
            });

        m.CreateTable(
            name: "ComplaintExtensions",
            columns: t => new
            {
                Id = Identity(t),
                ComplaintId = t.Column<long>(nullable: false),
                Step = t.Column<string>(maxLength: 30, nullable: false),
                WorkingDays = t.Column<int>(nullable: false),
                Reason = t.Column<string>(maxLength: 2000, nullable: false),
                NewDueOn = t.Column<DateOnly>(nullable: false),
                ComplainantTold = t.Column<bool>(nullable: false),
                At = t.Column<DateTime>(nullable: false),
                ByName = t.Column<string>(maxLength: 256, nullable: false),
            },
            constraints: t =>
            {
                t.PrimaryKey("PK_ComplaintExtensions", x => x.Id);
                ToComplaint(t, "ComplaintExtensions", x => x.ComplaintId);
            });

        m.CreateTable(
            name: "ComplaintPauses",
            columns: t => new
            {
                Id = Identity(t),
                ComplaintId = t.Column<long>(nullable: false),
                Step = t.Column<string>(maxLength: 30, nullable: false),
                Reason = t.Column<string>(maxLength: 30, nullable: false),
                Detail = t.Column<string>(maxLength: 2000, nullable: false),
                PausedOn = t.Column<DateOnly>(nullable: false),
                ResumedOn = t.Column<DateOnly>(nullable: true),
            },
            constraints: t =>
            {
                t.PrimaryKey("PK_ComplaintPauses", x => x.Id);
                ToComplaint(t, "ComplaintPauses", x => x.ComplaintId);
            });

        m.CreateTable(
            name: "ComplaintDeadlines",
            columns: t => new
            {
                Id = Identity(t),
                ComplaintId = t.Column<long>(nullable: false),
                Step = t.Column<string>(maxLength: 30, nullable: false),
                StartOn = t.Column<DateOnly>(nullable: false),
                DueOn = t.Column<DateOnly>(nullable: false),
                HalfwayOn = t.Column<DateOnly>(nullable: false),
                EightyPercentOn = t.Column<DateOnly>(nullable: false),
                ExtensionDays = t.Column<int>(nullable: false),
                PausedDays = t.Column<int>(nullable: false),
                IsPaused = t.Column<bool>(nullable: false),
                CompletedOn = t.Column<DateOnly>(nullable: true),
                CalendarVersion = t.Column<string>(maxLength: 20, nullable: false),
                CalculatedAt = t.Column<DateTime>(nullable: false),
            },
            constraints: t =>
            {
                t.PrimaryKey("PK_ComplaintDeadlines", x => x.Id);
                ToComplaint(t, "ComplaintDeadlines", x => x.ComplaintId);
            });

        m.CreateTable(
            name: "ComplaintRemedies",
            columns: t => new
            {
                Id = Identity(t),
                ComplaintId = t.Column<long>(nullable: false),
                Kind = t.Column<string>(maxLength: 20, nullable: false),
                Description = t.Column<string>(maxLength: 2000, nullable: false),
                AmountPence = t.Column<int>(nullable: true),
                AgreedOn = t.Column<DateOnly>(nullable: false),
            },
            constraints: t =>
            {
                t.PrimaryKey("PK_ComplaintRemedies", x => x.Id);
                ToComplaint(t, "ComplaintRemedies", x => x.ComplaintId);
            });

        m.CreateTable(
            name: "ComplaintLearningActions",
            columns: t => new
            {
                Id = Identity(t),
                ComplaintId = t.Column<long>(nullable: false),
                Description = t.Column<string>(maxLength: 2000, nullable: false),
                Owner = t.Column<string>(maxLength: 200, nullable: false),
                DueOn = t.Column<DateOnly>(nullable: false),
                Status = t.Column<string>(maxLength: 20, nullable: false),
                CompletedOn = t.Column<DateOnly>(nullable: true),
            },
            constraints: t =>
            {
                t.PrimaryKey("PK_ComplaintLearningActions", x => x.Id);
                ToComplaint(t, "ComplaintLearningActions", x => x.ComplaintId);
            });

        m.CreateTable(
            name: "ComplaintDrafts",
            columns: t => new
            {
                Id = t.Column<string>(maxLength: 64, nullable: false),
                Data = t.Column<string>(nullable: false),
                CreatedAt = t.Column<DateTime>(nullable: false),
                UpdatedAt = t.Column<DateTime>(nullable: false),
                ComplaintId = t.Column<long>(nullable: true),
            },
            constraints: t => t.PrimaryKey("PK_ComplaintDrafts", x => x.Id));

        m.CreateTable(
            name: "ComplaintReminders",
            columns: t => new
            {
                Id = Identity(t),
                Key = t.Column<string>(maxLength: 200, nullable: false),
                ComplaintId = t.Column<long>(nullable: true),
                Kind = t.Column<string>(maxLength: 50, nullable: false),
                SentTo = t.Column<string>(maxLength: 256, nullable: false),
                SentAt = t.Column<DateTime>(nullable: false),
            },
            constraints: t => t.PrimaryKey("PK_ComplaintReminders", x => x.Id));

        m.CreateTable(
            name: "CalendarAdjustments",
            columns: t => new
            {
                Id = Identity(t),
                Date = t.Column<DateOnly>(nullable: false),
                Kind = t.Column<string>(maxLength: 20, nullable: false),
                Title = t.Column<string>(maxLength: 200, nullable: false),
                CreatedAt = t.Column<DateTime>(nullable: false),
                CreatedBy = t.Column<string>(maxLength: 256, nullable: false),
            },
            constraints: t => t.PrimaryKey("PK_CalendarAdjustments", x => x.Id));

        m.CreateTable(
            name: "CalendarVersions",
            columns: t => new
            {
                Id = Identity(t),
                Version = t.Column<string>(maxLength: 20, nullable: false),
                AdjustmentsJson = t.Column<string>(nullable: false),
                Change = t.Column<string>(maxLength: 500, nullable: false),
                CreatedAt = t.Column<DateTime>(nullable: false),
                CreatedBy = t.Column<string>(maxLength: 256, nullable: false),
            },
            constraints: t => t.PrimaryKey("PK_CalendarVersions", x => x.Id));

        m.CreateIndex("IX_Complaints_Reference", "Complaints", "Reference", unique: true);
        m.CreateIndex("IX_Complaints_SubmissionKey", "Complaints", "SubmissionKey", unique: true, filter: m.IsSqlServer() ? "[SubmissionKey] IS NOT NULL" : null);
        m.CreateIndex("IX_Complaints_Queue", "Complaints", new[] { "Status", "NextDueOn" });
        m.CreateIndex("IX_Complaints_Assigned", "Complaints", new[] { "AssignedToId", "NextDueOn" });
        m.CreateIndex("IX_Complaints_ReceivedOn", "Complaints", "ReceivedOn");
        m.CreateIndex("IX_ComplaintPanelMembers_ComplaintId", "ComplaintPanelMembers", "ComplaintId");
        m.CreateIndex("IX_ComplaintPoints_Complaint_Number", "ComplaintPoints", new[] { "ComplaintId", "Number" }, unique: true);
        m.CreateIndex("IX_ComplaintEvents_Complaint_At", "ComplaintEvents", new[] { "ComplaintId", "At" });
        m.CreateIndex("IX_ComplaintExtensions_ComplaintId", "ComplaintExtensions", "ComplaintId");
        m.CreateIndex("IX_ComplaintPauses_ComplaintId", "ComplaintPauses", "ComplaintId");
        m.CreateIndex("IX_ComplaintDeadlines_Complaint_Step", "ComplaintDeadlines", new[] { "ComplaintId", "Step" }, unique: true);
        m.CreateIndex("IX_ComplaintRemedies_ComplaintId", "ComplaintRemedies", "ComplaintId");
        m.CreateIndex("IX_ComplaintLearningActions_ComplaintId", "ComplaintLearningActions", "ComplaintId");
        m.CreateIndex("IX_ComplaintLearningActions_Status_Due", "ComplaintLearningActions", new[] { "Status", "DueOn" });
        m.CreateIndex("IX_ComplaintDrafts_UpdatedAt", "ComplaintDrafts", "UpdatedAt");
        m.CreateIndex("IX_ComplaintReminders_Key", "ComplaintReminders", "Key", unique: true);
        m.CreateIndex("IX_CalendarAdjustments_Date", "CalendarAdjustments", "Date", unique: true);
        m.CreateIndex("IX_CalendarVersions_Version", "CalendarVersions", "Version");
    }

    protected override void Down(MigrationBuilder m)
    {
        foreach (var table in new[] { "ComplaintStage2", "ComplaintPanels", "ComplaintOmbudsmanReferrals", "ComplaintPanelMembers",
                     "ComplaintPoints", "ComplaintEvents", "ComplaintExtensions", "ComplaintPauses", "ComplaintDeadlines",
                     "ComplaintRemedies", "ComplaintLearningActions", "Complaints", "ComplaintDrafts", "ComplaintReminders",
                     "CalendarAdjustments", "CalendarVersions" })
            m.DropTable(table);
    }
}
