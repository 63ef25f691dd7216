using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Migrations.Operations;
using Microsoft.EntityFrameworkCore.Migrations.Operations.Builders;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Voice.Data.Migrations;

/// <summary>
/// Young inspectors' audits: the audit and its plan (criteria, things to score, team with
/// consent), scores saved as they go, findings (themes, quotes, recommendations), management
/// responses with SMART actions, and the feedback staff mark as acted on for "You said, we did".
/// </summary>
[DbContext(typeof(VoiceDbContext))]
[Migration("20261126600000_Inspections")]
public class Inspections : Migration
{
    static OperationBuilder<AddColumnOperation> Identity<T>(ColumnsBuilder t) =>
        t.Column<T>(nullable: false)
            .Annotation("Sqlite:Autoincrement", true)
            .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn)
            .Annotation("SqlServer:Identity", "1, 1");

    protected override void Up(MigrationBuilder m)
    {
        m.CreateTable(
            name: "Audits",
            columns: t => new
            {
                Id = Identity<int>(t),
                Title = t.Column<string>(maxLength: 200, nullable: false),
                TemplateId = t.Column<string>(maxLength: 100, nullable: false),
                TemplateVersion = t.Column<string>(maxLength: 20, nullable: false),
                Service = t.Column<string>(maxLength: 200, nullable: false),
                Topic = t.Column<string>(maxLength: 50, nullable: false),
                Source = t.Column<string>(maxLength: 200, nullable: true),
                Status = t.Column<string>(maxLength: 30, nullable: false),
                Scale = t.Column<string>(maxLength: 1000, nullable: false),
                PassMark = t.Column<int>(nullable: false),
                FieldworkFrom = t.Column<DateOnly>(nullable: true),
                FieldworkTo = t.Column<DateOnly>(nullable: true),
                ConsentPlan = t.Column<string>(maxLength: 2000, nullable: true),
                OwnPlanOnly = t.Column<bool>(nullable: false),
                AggregateOnly = t.Column<bool>(nullable: false),
                FactualCheckNote = t.Column<string>(maxLength: 2000, nullable: true),
                ImpactStatement = t.Column<string>(maxLength: 2000, nullable: true),
                PublishedAt = t.Column<DateTime>(nullable: true),
                ClosedAt = t.Column<DateTime>(nullable: true),
                CreatedAt = t.Column<DateTime>(nullable: false),
                CreatedByName = t.Column<string>(maxLength: 256, nullable: false),
                UpdatedAt = t.Column<DateTime>(nullable: false),
                Version = t.Column<int>(nullable: false),
            },
            constraints: t => t.PrimaryKey("PK_Audits", x => x.Id));

        m.CreateTable(
            name: "AuditCriteria",
            columns: t => new
            {
                Id = Identity<int>(t),
                AuditId = t.Column<int>(nullable: false),
                Order = t.Column<int>(nullable: false),
                Key = t.Column<string>(maxLength: 100, nullable: false),
                Text = t.Column<string>(maxLength: 300, nullable: false),
                Hint = t.Column<string>(maxLength: 500, nullable: true),
            },
            constraints: t =>
            {
                t.PrimaryKey("PK_AuditCriteria", x => x.Id);
                t.ForeignKey("FK_AuditCriteria_Audits_AuditId", x => x.AuditId, "Audits", "Id", onDelete: ReferentialAction.Cascade);
            });

        m.CreateTable(
            name: "AuditItems",
            columns: t => new
            {
                Id = Identity<int>(t),
                AuditId = t.Column<int>(nullable: false),
                Order = t.Column<int>(nullable: false),
                Name = t.Column<string>(maxLength: 200, nullable: false),
                InspectorUserId = t.Column<string>(maxLength: 450, nullable: true),
            },
            constraints: t =>
            {
                t.PrimaryKey("PK_AuditItems", x => x.Id);
                t.ForeignKey("FK_AuditItems_Audits_AuditId", x => x.AuditId, "Audits", "Id", onDelete: ReferentialAction.Cascade);
            });

        m.CreateTable(
            name: "AuditInspectors",
            columns: t => new
            {
                Id = Identity<int>(t),
                AuditId = t.Column<int>(nullable: false),
                UserId = t.Column<string>(maxLength: 450, nullable: false),
                DisplayName = t.Column<string>(maxLength: 200, nullable: false),
                ConsentRecordedAt = t.Column<DateTime>(nullable: true),
                ConsentNote = t.Column<string>(maxLength: 1000, nullable: true),
                ConsentRecordedByName = t.Column<string>(maxLength: 256, nullable: true),
                AddedAt = t.Column<DateTime>(nullable: false),
            },
            constraints: t =>
            {
                t.PrimaryKey("PK_AuditInspectors", x => x.Id);
                t.ForeignKey("FK_AuditInspectors_Audits_AuditId", x => x.AuditId, "Audits", "Id", onDelete: ReferentialAction.Cascade);
            });

        m.CreateTable(
            name: "AuditScores",
            columns: t => new
            {
                Id = Identity<long>(t),
                AuditId = t.Column<int>(nullable: false),
                ItemId = t.Column<int>(nullable: false),
                CriterionId = t.Column<int>(nullable: false),
                InspectorUserId = t.Column<string>(maxLength: 450, nullable: false),
                Score = t.Column<int>(nullable: true),
                Evidence = t.Column<string>(maxLength: 2000, nullable: true),
                SavedAt = t.Column<DateTime>(nullable: false),
            },
            constraints: t =>
            {
                t.PrimaryKey("PK_AuditScores", x => x.Id);
                t.ForeignKey("FK_AuditScores_Audits_AuditId", x => x.AuditId, "Audits", "Id", onDelete: ReferentialAction.Cascade);
            });

        m.CreateTable(
            name: "AuditNotes",
            columns: t => new
            {
                Id = Identity<int>(t),
                AuditId = t.Column<int>(nullable: false),
                Kind = t.Column<string>(maxLength: 20, nullable: false),
                Text = t.Column<string>(maxLength: 1000, nullable: false),
                WrittenById = t.Column<string>(maxLength: 450, nullable: false),
                WrittenAt = t.Column<DateTime>(nullable: false),
            },
            constraints: t =>
            {
                t.PrimaryKey("PK_AuditNotes", x => x.Id);
                t.ForeignKey("FK_AuditNotes_Audits_AuditId", x => x.AuditId, "Audits", "Id", onDelete: ReferentialAction.Cascade);
            });

        m.CreateTable(
            name: "AuditRecommendations",
            columns: t => new
            {
                Id = Identity<int>(t),
                AuditId = t.Column<int>(nullable: false),
                Number = t.Column<int>(nullable: false),
                Text = t.Column<string>(maxLength: 1000, nullable: false),
                Evidence = t.Column<string>(maxLength: 1000, nullable: true),
                WrittenById = t.Column<string>(maxLength: 450, nullable: false),
                WrittenAt = t.Column<DateTime>(nullable: false),
                Response = t.Column<string>(maxLength: 30, nullable: true),
                ResponseReason = t.Column<string>(maxLength: 1000, nullable: true),
                RespondedByName = t.Column<string>(maxLength: 256, nullable: true),
                RespondedAt = t.Column<DateTime>(nullable: true),
            },
            constraints: t =>
            {
                t.PrimaryKey("PK_AuditRecommendations", x => x.Id);
                t.ForeignKey("FK_AuditRecommendations_Audits_AuditId", x => x.AuditId, "Audits", "Id", onDelete: ReferentialAction.Cascade);
            });

        m.CreateTable(
            name: "AuditActions",
            columns: t => new
            {
                Id = Identity<int>(t),
                AuditId = t.Column<int>(nullable: false),
                RecommendationId = t.Column<int>(nullable: false),
                What = t.Column<string>(maxLength: 500, nullable: false),
                OwnerId = t.Column<string>(maxLength: 450, nullable: false),
                OwnerName = t.Column<string>(maxLength: 200, nullable: false),
                AgreedOn = t.Column<DateOnly>(nullable: false),
                WorkingDays = t.Column<int>(nullable: false),
                DueOn = t.Column<DateOnly>(nullable: false),
                CalendarVersion = t.Column<string>(maxLength: 20, nullable: false),
                SuccessMeasure = t.Column<string>(maxLength: 500, nullable: false),
                Status = t.Column<string>(maxLength: 20, nullable: false),
                ProgressNote = t.Column<string>(maxLength: 1000, nullable: true),
                DoneOn = t.Column<DateOnly>(nullable: true),
                Verification = t.Column<string>(maxLength: 30, nullable: true),
                VerificationEvidence = t.Column<string>(maxLength: 1000, nullable: true),
                VerifiedByName = t.Column<string>(maxLength: 256, nullable: true),
                VerifiedAt = t.Column<DateTime>(nullable: true),
                LastRemindedOn = t.Column<DateOnly>(nullable: true),
            },
            constraints: t =>
            {
                t.PrimaryKey("PK_AuditActions", x => x.Id);
                t.ForeignKey("FK_AuditActions_AuditRecommendations_RecommendationId", x => x.RecommendationId, "AuditRecommendations", "Id", onDelete: ReferentialAction.Cascade);
            });

        m.CreateTable(
            name: "ActedOnFeedback",
            columns: t => new
            {
                Id = Identity<int>(t),
                Topic = t.Column<string>(maxLength: 50, nullable: false),
                Source = t.Column<string>(maxLength: 200, nullable: false),
                Words = t.Column<string>(maxLength: 1000, nullable: false),
                WhatWeDid = t.Column<string>(maxLength: 1000, nullable: false),
                Outcome = t.Column<string>(maxLength: 20, nullable: false),
                OwnerName = t.Column<string>(maxLength: 200, nullable: false),
                On = t.Column<DateOnly>(nullable: false),
                CreatedAt = t.Column<DateTime>(nullable: false),
                CreatedByName = t.Column<string>(maxLength: 256, nullable: false),
            },
            constraints: t => t.PrimaryKey("PK_ActedOnFeedback", x => x.Id));

        m.CreateIndex("IX_Audits_Status", "Audits", "Status");
        m.CreateIndex("IX_AuditCriteria_AuditId_Order", "AuditCriteria", new[] { "AuditId", "Order" });
        m.CreateIndex("IX_AuditItems_AuditId_Order", "AuditItems", new[] { "AuditId", "Order" });
        m.CreateIndex("IX_AuditInspectors_AuditId_UserId", "AuditInspectors", new[] { "AuditId", "UserId" }, unique: true);
        m.CreateIndex("IX_AuditInspectors_UserId", "AuditInspectors", "UserId");
        m.CreateIndex("IX_AuditScores_Item_Criterion_Inspector", "AuditScores", new[] { "ItemId", "CriterionId", "InspectorUserId" }, unique: true);
        m.CreateIndex("IX_AuditScores_AuditId", "AuditScores", "AuditId");
        m.CreateIndex("IX_AuditNotes_AuditId", "AuditNotes", "AuditId");
        m.CreateIndex("IX_AuditRecommendations_AuditId", "AuditRecommendations", "AuditId");
        m.CreateIndex("IX_AuditActions_RecommendationId", "AuditActions", "RecommendationId", unique: true);
        m.CreateIndex("IX_AuditActions_Status_DueOn", "AuditActions", new[] { "Status", "DueOn" });
        m.CreateIndex("IX_AuditActions_OwnerId", "AuditActions", "OwnerId");
        m.CreateIndex("IX_AuditActions_AuditId", "AuditActions", "AuditId");
        m.CreateIndex("IX_ActedOnFeedback_On", "ActedOnFeedback", "On");
    }

    protected override void Down(MigrationBuilder m)
    {
        m.DropTable("ActedOnFeedback");
        m.DropTable("AuditActions");
        m.DropTable("AuditRecommendations");
        m.DropTable("AuditNotes");
        m.DropTable("AuditScores");
        m.DropTable("AuditInspectors");
        m.DropTable("AuditItems");
        m.DropTable("AuditCriteria");
        m.DropTable("Audits");
    }
}
