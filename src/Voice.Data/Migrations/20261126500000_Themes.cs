using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Voice.Data.Migrations;

/// <summary>Themes engine (issue 8): taxonomy versions QA saves, QA's theme corrections and decisions on emerging phrases.</summary>
[DbContext(typeof(VoiceDbContext))]
[Migration("20261126500000_Themes")]
public class Themes : Migration
{
    protected override void Up(MigrationBuilder m)
    {
        m.CreateTable(
            name: "ThemeTaxonomyVersions",
            columns: t => new
            {
                Id = t.Column<int>(nullable: false)
                    .Annotation("Sqlite:Autoincrement", true)
                    .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn)
                    .Annotation("SqlServer:Identity", "1, 1"),
                Number = t.Column<int>(nullable: false),
                Version = t.Column<string>(maxLength: 80, nullable: false),
                Json = t.Column<string>(nullable: false),
                SavedAt = t.Column<DateTime>(nullable: false),
                SavedBy = t.Column<string>(maxLength: 256, nullable: false),
                Note = t.Column<string>(maxLength: 500, nullable: true),
            },
            constraints: t => t.PrimaryKey("PK_ThemeTaxonomyVersions", x => x.Id));

        m.CreateTable(
            name: "ThemeCorrections",
            columns: t => new
            {
                Id = t.Column<int>(nullable: false)
                    .Annotation("Sqlite:Autoincrement", true)
                    .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn)
                    .Annotation("SqlServer:Identity", "1, 1"),
                Text = t.Column<string>(maxLength: 4000, nullable: false),
                Themes = t.Column<string>(maxLength: 1000, nullable: false),
                Tone = t.Column<string>(maxLength: 20, nullable: true),
                TaxonomyVersion = t.Column<string>(maxLength: 80, nullable: false),
                SourceKey = t.Column<string>(maxLength: 100, nullable: true),
                CorrectedAt = t.Column<DateTime>(nullable: false),
                CorrectedBy = t.Column<string>(maxLength: 256, nullable: false),
            },
            constraints: t => t.PrimaryKey("PK_ThemeCorrections", x => x.Id));

        m.CreateTable(
            name: "EmergingPhraseDecisions",
            columns: t => new
            {
                Id = t.Column<int>(nullable: false)
                    .Annotation("Sqlite:Autoincrement", true)
                    .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn)
                    .Annotation("SqlServer:Identity", "1, 1"),
                Phrase = t.Column<string>(maxLength: 200, nullable: false),
                Decision = t.Column<string>(maxLength: 20, nullable: false),
                ThemeId = t.Column<string>(maxLength: 100, nullable: true),
                DecidedAt = t.Column<DateTime>(nullable: false),
                DecidedBy = t.Column<string>(maxLength: 256, nullable: false),
            },
            constraints: t => t.PrimaryKey("PK_EmergingPhraseDecisions", x => x.Id));

        m.CreateIndex("IX_ThemeTaxonomyVersions_Number", "ThemeTaxonomyVersions", "Number", unique: true);
        m.CreateIndex("IX_ThemeCorrections_SourceKey", "ThemeCorrections", "SourceKey");
        m.CreateIndex("IX_EmergingPhraseDecisions_Phrase", "EmergingPhraseDecisions", "Phrase", unique: true);
    }

    protected override void Down(MigrationBuilder m)
    {
        m.DropTable("EmergingPhraseDecisions");
        m.DropTable("ThemeCorrections");
        m.DropTable("ThemeTaxonomyVersions");
    }
}
