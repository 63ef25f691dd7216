using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Voice.Data.Migrations;

/// <summary>The QA read model (feedback items and their themes) and pre-counted summaries; theme corrections are the themes engine's table.</summary>
[DbContext(typeof(VoiceDbContext))]
[Migration("20261126400000_QualityAssurance")]
public class QualityAssurance : Migration
{
    protected override void Up(MigrationBuilder m)
    {
        m.CreateTable(
            name: "FeedbackItems",
            columns: t => new
            {
                Id = t.Column<long>(nullable: false)
                    .Annotation("Sqlite:Autoincrement", true)
                    .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn)
                    .Annotation("SqlServer:Identity", "1, 1"),
                Source = t.Column<string>(maxLength: 40, nullable: false),
                ResponseKey = t.Column<string>(maxLength: 100, nullable: false),
                QuestionnaireId = t.Column<string>(maxLength: 100, nullable: true),
                QuestionId = t.Column<string>(maxLength: 100, nullable: true),
                QuestionText = t.Column<string>(maxLength: 500, nullable: true),
                JourneyPoint = t.Column<string>(maxLength: 50, nullable: false),
                Team = t.Column<string>(maxLength: 100, nullable: false),
                AgeBand = t.Column<string>(maxLength: 20, nullable: false),
                On = t.Column<DateOnly>(nullable: false),
                Month = t.Column<int>(nullable: false),
                Quarter = t.Column<int>(nullable: false),
                Score = t.Column<int>(nullable: true),
                Text = t.Column<string>(maxLength: 5000, nullable: true),
                Words = t.Column<int>(nullable: false),
                AnonymousUseAgreed = t.Column<bool>(nullable: false),
                Flagged = t.Column<bool>(nullable: false),
                Tone = t.Column<string>(maxLength: 10, nullable: true),
                TaxonomyVersion = t.Column<string>(maxLength: 80, nullable: true),
                Why = t.Column<string>(maxLength: 4000, nullable: true),
                TaggedAt = t.Column<DateTime>(nullable: true),
                CorrectedByPerson = t.Column<bool>(nullable: false),
                SourceAt = t.Column<DateTime>(nullable: false),
                IngestedAt = t.Column<DateTime>(nullable: false),
            },
            constraints: t => t.PrimaryKey("PK_FeedbackItems", x => x.Id));

        m.CreateTable(
            name: "FeedbackItemThemes",
            columns: t => new
            {
                ItemId = t.Column<long>(nullable: false),
                ThemeId = t.Column<string>(maxLength: 60, nullable: false),
            },
            constraints: t =>
            {
                t.PrimaryKey("PK_FeedbackItemThemes", x => new { x.ItemId, x.ThemeId });
                t.ForeignKey("FK_FeedbackItemThemes_FeedbackItems_ItemId", x => x.ItemId, "FeedbackItems", "Id", onDelete: ReferentialAction.Cascade);
            });

        m.CreateTable(
            name: "FeedbackSummaries",
            columns: t => new
            {
                Id = t.Column<long>(nullable: false)
                    .Annotation("Sqlite:Autoincrement", true)
                    .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn)
                    .Annotation("SqlServer:Identity", "1, 1"),
                Quarter = t.Column<int>(nullable: false),
                Source = t.Column<string>(maxLength: 40, nullable: false),
                JourneyPoint = t.Column<string>(maxLength: 50, nullable: false),
                Team = t.Column<string>(maxLength: 100, nullable: false),
                AgeBand = t.Column<string>(maxLength: 20, nullable: false),
                ThemeId = t.Column<string>(maxLength: 60, nullable: false),
                People = t.Column<int>(nullable: false),
                Positive = t.Column<int>(nullable: false),
                Negative = t.Column<int>(nullable: false),
                Neutral = t.Column<int>(nullable: false),
                ScoreSum = t.Column<long>(nullable: false),
                ScoreCount = t.Column<int>(nullable: false),
            },
            constraints: t => t.PrimaryKey("PK_FeedbackSummaries", x => x.Id));

        m.CreateIndex("IX_FeedbackItems_Response_Question", "FeedbackItems", new[] { "ResponseKey", "QuestionId" }, unique: true, filter: m.IsSqlServer() ? "[QuestionId] IS NOT NULL" : null);
        m.CreateIndex("IX_FeedbackItems_Source_SourceAt", "FeedbackItems", new[] { "Source", "SourceAt" });
        m.CreateIndex("IX_FeedbackItems_Quarter_Filters", "FeedbackItems", new[] { "Quarter", "Team", "JourneyPoint", "AgeBand", "Source" });
        m.CreateIndex("IX_FeedbackItems_TaggedAt", "FeedbackItems", "TaggedAt");
        m.CreateIndex("IX_FeedbackItemThemes_ThemeId", "FeedbackItemThemes", "ThemeId");
        m.CreateIndex("IX_FeedbackSummaries_Theme_Quarter", "FeedbackSummaries", new[] { "ThemeId", "Quarter" });
    }

    protected override void Down(MigrationBuilder m)
    {
        m.DropTable("FeedbackSummaries");
        m.DropTable("FeedbackItemThemes");
        m.DropTable("FeedbackItems");
    }
}
