using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Voice.Data.Migrations;

/// <summary>
/// The transactional outbox (every notification is a row saved with its change), concurrency
/// tokens on the records two people can change at once, and one row per calendar version.
/// </summary>
[DbContext(typeof(VoiceDbContext))]
[Migration("20261126300000_OneWay")]
public class OneWay : Migration
{
    static readonly string[] Versioned = ["Complaints", "SafeguardingFlags", "HealthHistoryRequests", "ViewResponses"];

    protected override void Up(MigrationBuilder m)
    {
        m.CreateTable(
            name: "OutboxMessages",
            columns: t => new
            {
                Id = t.Column<long>(nullable: false)
                    .Annotation("Sqlite:Autoincrement", true)
                    .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn)
                    .Annotation("SqlServer:Identity", "1, 1"),
                Kind = t.Column<string>(maxLength: 100, nullable: false),
                Channel = t.Column<string>(maxLength: 20, nullable: false),
                ToEmail = t.Column<string>(maxLength: 256, nullable: true),
                ToPhone = t.Column<string>(maxLength: 40, nullable: true),
                ToAddress = t.Column<string>(maxLength: 500, nullable: true),
                Subject = t.Column<string>(maxLength: 500, nullable: false),
                Body = t.Column<string>(maxLength: 20000, nullable: false),
                Personalisation = t.Column<string>(maxLength: 20000, nullable: true),
                Status = t.Column<string>(maxLength: 20, nullable: false),
                Attempts = t.Column<int>(nullable: false),
                CreatedAt = t.Column<DateTime>(nullable: false),
                NextAttemptAt = t.Column<DateTime>(nullable: false),
                SentAt = t.Column<DateTime>(nullable: true),
                LastError = t.Column<string>(maxLength: 2000, nullable: true),
                ClaimedBy = t.Column<string>(maxLength: 200, nullable: true),
                ClaimedUntil = t.Column<DateTime>(nullable: true),
            },
            constraints: t => t.PrimaryKey("PK_OutboxMessages", x => x.Id));
        m.CreateIndex(name: "IX_OutboxMessages_Status_Next", table: "OutboxMessages", columns: ["Status", "NextAttemptAt"]);

        foreach (var table in Versioned)
            m.AddColumn<int>(name: "Version", table: table, nullable: false, defaultValue: 0);

        // Two nodes could each have inserted the same version; keep the first before making it unique.
        m.Sql("DELETE FROM \"CalendarVersions\" WHERE \"Id\" NOT IN (SELECT MIN(\"Id\") FROM \"CalendarVersions\" GROUP BY \"Version\")");
        m.DropIndex(name: "IX_CalendarVersions_Version", table: "CalendarVersions");
        m.CreateIndex(name: "IX_CalendarVersions_Version", table: "CalendarVersions", column: "Version", unique: true);
    }

    protected override void Down(MigrationBuilder m)
    {
        m.DropIndex(name: "IX_CalendarVersions_Version", table: "CalendarVersions");
        m.CreateIndex(name: "IX_CalendarVersions_Version", table: "CalendarVersions", column: "Version");
        foreach (var table in Versioned) m.DropColumn(name: "Version", table: table);
        m.DropTable("OutboxMessages");
    }
}
