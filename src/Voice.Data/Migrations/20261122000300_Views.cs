using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Voice.Data.Migrations;

/// <summary>Views before reviews: invitations, responses and their answers, decisions, safeguarding flags, bulk batches.</summary>
[DbContext(typeof(VoiceDbContext))]
[Migration("20261122000300_Views")]
public class Views : Migration
{
    protected override void Up(MigrationBuilder m)
    {
        m.CreateTable(
            name: "InvitationBatches",
            columns: t => new
            {
                Id = t.Column<Guid>(nullable: false),
                FileName = t.Column<string>(maxLength: 200, nullable: false),
                UploadedAt = t.Column<DateTime>(nullable: false),
                UploadedById = t.Column<string>(maxLength: 64, nullable: false),
                UploadedByName = t.Column<string>(maxLength: 200, nullable: false),
                RowCount = t.Column<int>(nullable: false),
            },
            constraints: t => t.PrimaryKey("PK_InvitationBatches", x => x.Id));

        m.CreateTable(
            name: "Invitations",
            columns: t => new
            {
                Id = t.Column<Guid>(nullable: false),
                CaseReference = t.Column<string>(maxLength: 50, nullable: false),
                FirstName = t.Column<string>(maxLength: 50, nullable: true),
                EventType = t.Column<string>(maxLength: 50, nullable: false),
                EventDate = t.Column<DateOnly>(nullable: false),
                QuestionnaireId = t.Column<string>(maxLength: 100, nullable: false),
                CodeHash = t.Column<string>(maxLength: 64, nullable: false),
                ExpiresOn = t.Column<DateOnly>(nullable: false),
                CreatedAt = t.Column<DateTime>(nullable: false),
                CreatedById = t.Column<string>(maxLength: 64, nullable: false),
                CreatedByName = t.Column<string>(maxLength: 200, nullable: false),
                SocialWorkerId = t.Column<string>(maxLength: 64, nullable: true),
                SocialWorkerName = t.Column<string>(maxLength: 200, nullable: true),
                RevokedAt = t.Column<DateTime>(nullable: true),
                BatchId = t.Column<Guid>(nullable: true),
                ContactEmail = t.Column<string>(maxLength: 256, nullable: true),
                Team = t.Column<string>(maxLength: 100, nullable: true),
                EmailSentAt = t.Column<DateTime>(nullable: true),
                ReminderSentAt = t.Column<DateTime>(nullable: true),
                ChasedAt = t.Column<DateTime>(nullable: true),
            },
            constraints: t => t.PrimaryKey("PK_Invitations", x => x.Id));

        m.CreateTable(
            name: "ViewResponses",
            columns: t => new
            {
                Id = t.Column<Guid>(nullable: false),
                InvitationId = t.Column<Guid>(nullable: false),
                QuestionnaireId = t.Column<string>(maxLength: 100, nullable: false),
                QuestionnaireVersion = t.Column<string>(maxLength: 20, nullable: false),
                StartedAt = t.Column<DateTime>(nullable: false),
                UpdatedAt = t.Column<DateTime>(nullable: false),
                SubmittedAt = t.Column<DateTime>(nullable: true),
                ShareWithSocialWorker = t.Column<bool>(nullable: true),
                UseAnonymously = t.Column<bool>(nullable: true),
                FirstReadAt = t.Column<DateTime>(nullable: true),
                FirstReadByName = t.Column<string>(maxLength: 200, nullable: true),
                WhatHappenedNext = t.Column<string>(maxLength: 4000, nullable: true),
                WhatHappenedNextAt = t.Column<DateTime>(nullable: true),
                WhatHappenedNextByName = t.Column<string>(maxLength: 200, nullable: true),
            },
            constraints: t =>
            {
                t.PrimaryKey("PK_ViewResponses", x => x.Id);
                t.ForeignKey("FK_ViewResponses_Invitations_InvitationId", x => x.InvitationId, "Invitations", "Id", onDelete: ReferentialAction.Cascade);
            });

        m.CreateTable(
            name: "ViewAnswers",
            columns: t => new
            {
                Id = t.Column<long>(nullable: false)
                    .Annotation("Sqlite:Autoincrement", true)
                    .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn)
                    .Annotation("SqlServer:Identity", "1, 1"),
                ResponseId = t.Column<Guid>(nullable: false),
                QuestionId = t.Column<string>(maxLength: 100, nullable: false),
                Ordinal = t.Column<int>(nullable: false),
                Value = t.Column<string>(maxLength: 5000, nullable: false),
            },
            constraints: t =>
            {
                t.PrimaryKey("PK_ViewAnswers", x => x.Id);
                t.ForeignKey("FK_ViewAnswers_ViewResponses_ResponseId", x => x.ResponseId, "ViewResponses", "Id", onDelete: ReferentialAction.Cascade);
            });

        m.CreateTable(
            name: "ViewDecisions",
            columns: t => new
            {
                Id = t.Column<long>(nullable: false)
                    .Annotation("Sqlite:Autoincrement", true)
                    .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn)
                    .Annotation("SqlServer:Identity", "1, 1"),
                ResponseId = t.Column<Guid>(nullable: false),
                QuestionId = t.Column<string>(maxLength: 100, nullable: false),
                Decision = t.Column<string>(maxLength: 2000, nullable: false),
                RecordedAt = t.Column<DateTime>(nullable: false),
                RecordedByName = t.Column<string>(maxLength: 200, nullable: false),
            },
            constraints: t =>
            {
                t.PrimaryKey("PK_ViewDecisions", x => x.Id);
                t.ForeignKey("FK_ViewDecisions_ViewResponses_ResponseId", x => x.ResponseId, "ViewResponses", "Id", onDelete: ReferentialAction.Cascade);
            });

        m.CreateTable(
            name: "SafeguardingFlags",
            columns: t => new
            {
                Id = t.Column<Guid>(nullable: false),
                Source = t.Column<string>(maxLength: 20, nullable: false),
                ResponseId = t.Column<Guid>(nullable: false),
                QuestionId = t.Column<string>(maxLength: 100, nullable: false),
                Tier = t.Column<int>(nullable: false),
                Category = t.Column<string>(maxLength: 100, nullable: false),
                RuleId = t.Column<string>(maxLength: 100, nullable: false),
                MatchedText = t.Column<string>(maxLength: 500, nullable: false),
                LexiconVersion = t.Column<string>(maxLength: 20, nullable: false),
                RaisedAt = t.Column<DateTime>(nullable: false),
                DueAt = t.Column<DateTime>(nullable: false),
                Decision = t.Column<string>(maxLength: 20, nullable: true),
                DecisionNote = t.Column<string>(maxLength: 2000, nullable: true),
                DecidedAt = t.Column<DateTime>(nullable: true),
                DecidedByName = t.Column<string>(maxLength: 200, nullable: true),
            },
            constraints: t => t.PrimaryKey("PK_SafeguardingFlags", x => x.Id));

        m.CreateIndex("IX_InvitationBatches_UploadedAt", "InvitationBatches", "UploadedAt");
        m.CreateIndex("IX_Invitations_CodeHash", "Invitations", "CodeHash", unique: true);
        m.CreateIndex("IX_Invitations_CreatedBy_EventDate", "Invitations", new[] { "CreatedById", "EventDate" });
        m.CreateIndex("IX_Invitations_SocialWorker_EventDate", "Invitations", new[] { "SocialWorkerId", "EventDate" });
        m.CreateIndex("IX_Invitations_BatchId", "Invitations", "BatchId");
        m.CreateIndex("IX_ViewResponses_InvitationId", "ViewResponses", "InvitationId", unique: true);
        m.CreateIndex("IX_ViewAnswers_Response_Question", "ViewAnswers", new[] { "ResponseId", "QuestionId", "Ordinal" }, unique: true);
        m.CreateIndex("IX_ViewDecisions_Response_Question", "ViewDecisions", new[] { "ResponseId", "QuestionId" });
        m.CreateIndex("IX_SafeguardingFlags_Open", "SafeguardingFlags", new[] { "Decision", "DueAt" });
        m.CreateIndex("IX_SafeguardingFlags_ResponseId", "SafeguardingFlags", "ResponseId");
    }

    protected override void Down(MigrationBuilder m)
    {
        foreach (var table in new[] { "SafeguardingFlags", "ViewDecisions", "ViewAnswers", "ViewResponses", "Invitations", "InvitationBatches" })
            m.DropTable(table);
    }
}
