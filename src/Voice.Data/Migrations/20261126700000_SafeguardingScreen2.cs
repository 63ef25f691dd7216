using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Voice.Data.Migrations;

/// <summary>
/// Safeguarding screen 2 (issue 13): flags from every source grouped by their record, with the
/// screened text, the signal and why; escalation to the duty manager; the sample review queue;
/// labelled examples added by staff.
/// </summary>
[DbContext(typeof(VoiceDbContext))]
[Migration("20261126700000_SafeguardingScreen2")]
public class SafeguardingScreen2 : Migration
{
    protected override void Up(MigrationBuilder m)
    {
        m.AddColumn<string>(name: "SourceRecord", table: "SafeguardingFlags", maxLength: 64, nullable: false, defaultValue: "");
        m.AddColumn<string>(name: "SourceLabel", table: "SafeguardingFlags", maxLength: 200, nullable: false, defaultValue: "");
        m.AddColumn<string>(name: "FieldLabel", table: "SafeguardingFlags", maxLength: 300, nullable: false, defaultValue: "");
        m.AddColumn<string>(name: "ScreenedText", table: "SafeguardingFlags", nullable: false, defaultValue: "");
        m.AddColumn<string>(name: "Signal", table: "SafeguardingFlags", maxLength: 20, nullable: false, defaultValue: "");
        m.AddColumn<double>(name: "Score", table: "SafeguardingFlags", nullable: true);
        m.AddColumn<string>(name: "Why", table: "SafeguardingFlags", maxLength: 2000, nullable: false, defaultValue: "");
        m.AddColumn<DateTime>(name: "EscalatedAt", table: "SafeguardingFlags", nullable: true);
        m.AddColumn<int>(name: "EscalationCount", table: "SafeguardingFlags", nullable: false, defaultValue: 0);
        // Flags raised before this migration all came from questionnaire responses.
        if (ActiveProvider.Contains("Npgsql"))
            m.Sql("UPDATE \"SafeguardingFlags\" SET \"SourceRecord\" = \"ResponseId\"::text, \"Signal\" = 'lexicon';");
        else if (ActiveProvider.Contains("SqlServer"))
            m.Sql("UPDATE SafeguardingFlags SET SourceRecord = LOWER(CONVERT(nvarchar(36), ResponseId)), Signal = 'lexicon';");
        else
            m.Sql("UPDATE SafeguardingFlags SET SourceRecord = lower(ResponseId), Signal = 'lexicon';");
        m.CreateIndex("IX_SafeguardingFlags_Source", "SafeguardingFlags", new[] { "Source", "SourceRecord" });

        m.CreateTable(
            name: "SafeguardingSamples",
            columns: t => new
            {
                Id = t.Column<Guid>(nullable: false),
                Source = t.Column<string>(maxLength: 20, nullable: false),
                SourceRecord = t.Column<string>(maxLength: 64, nullable: false),
                SourceLabel = t.Column<string>(maxLength: 200, nullable: false),
                FieldLabel = t.Column<string>(maxLength: 300, nullable: false),
                Text = t.Column<string>(nullable: false),
                SampledAt = t.Column<DateTime>(nullable: false),
                Outcome = t.Column<string>(maxLength: 20, nullable: true),
                Note = t.Column<string>(maxLength: 2000, nullable: true),
                ReviewedAt = t.Column<DateTime>(nullable: true),
                ReviewedByName = t.Column<string>(maxLength: 200, nullable: true),
            },
            constraints: t => t.PrimaryKey("PK_SafeguardingSamples", x => x.Id));
        m.CreateIndex("IX_SafeguardingSamples_Open", "SafeguardingSamples", new[] { "Outcome", "SampledAt" });

        m.CreateTable(
            name: "SafeguardingExamples",
            columns: t => new
            {
                Id = t.Column<int>(nullable: false)
                    .Annotation("Sqlite:Autoincrement", true)
                    .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn)
                    .Annotation("SqlServer:Identity", "1, 1"),
                Label = t.Column<string>(maxLength: 10, nullable: false),
                Harm = t.Column<string>(maxLength: 50, nullable: false),
                Text = t.Column<string>(maxLength: 1000, nullable: false),
                AddedAt = t.Column<DateTime>(nullable: false),
                AddedByName = t.Column<string>(maxLength: 200, nullable: false),
            },
            constraints: t => t.PrimaryKey("PK_SafeguardingExamples", x => x.Id));
    }

    protected override void Down(MigrationBuilder m)
    {
        m.DropTable("SafeguardingExamples");
        m.DropTable("SafeguardingSamples");
        m.DropIndex("IX_SafeguardingFlags_Source", "SafeguardingFlags");
        foreach (var column in new[] { "SourceRecord", "SourceLabel", "FieldLabel", "ScreenedText", "Signal", "Score", "Why", "EscalatedAt", "EscalationCount" })
            m.DropColumn(column, "SafeguardingFlags");
    }
}
