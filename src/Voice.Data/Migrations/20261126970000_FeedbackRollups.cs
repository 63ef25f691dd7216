using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Voice.Data.Migrations;

/// <summary>
/// QA summaries added up over every subset of the filters (issue 8: p95 under 300 ms at a
/// million items). The old rows are removed; the feedback job rebuilds them on its next run
/// because the table is empty.
/// </summary>
[DbContext(typeof(VoiceDbContext))]
[Migration("20261126970000_FeedbackRollups")]
public class FeedbackRollups : Migration
{
    protected override void Up(MigrationBuilder m)
    {
        m.Sql("DELETE FROM \"FeedbackSummaries\"");
        m.DropIndex(name: "IX_FeedbackSummaries_Theme_Quarter", table: "FeedbackSummaries");
        m.AddColumn<int>(name: "Rollup", table: "FeedbackSummaries", nullable: false, defaultValue: 0);
        m.CreateIndex("IX_FeedbackSummaries_Rollup_Filters", "FeedbackSummaries",
            new[] { "Rollup", "Team", "JourneyPoint", "AgeBand", "Source", "ThemeId", "Quarter" });
    }

    protected override void Down(MigrationBuilder m)
    {
        m.Sql("DELETE FROM \"FeedbackSummaries\"");
        m.DropIndex(name: "IX_FeedbackSummaries_Rollup_Filters", table: "FeedbackSummaries");
        m.DropColumn(name: "Rollup", table: "FeedbackSummaries");
        m.CreateIndex("IX_FeedbackSummaries_Theme_Quarter", "FeedbackSummaries", new[] { "ThemeId", "Quarter" });
    }
}
