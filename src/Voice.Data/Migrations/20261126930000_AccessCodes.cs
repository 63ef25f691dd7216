using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Voice.Data.Migrations;

/// <summary>
/// One access-code scheme (issue 12): wrong codes are counted in the database, per client and per
/// target, so every node limits guessing together; views sessions carry a version.
/// Codes made before this migration: complaint tracking codes (12 characters, SHA-256) keep
/// working and are stored in the new form the first time they are used; health history codes keep
/// their salted PBKDF2 and keep working; 8-character invitation codes stop working, and a young
/// person who types one is told to ask for a new code (practitioners can make one).
/// </summary>
[DbContext(typeof(VoiceDbContext))]
[Migration("20261126930000_AccessCodes")]
public class AccessCodes : Migration
{
    protected override void Up(MigrationBuilder m)
    {
        m.CreateTable(
            name: "AccessAttempts",
            columns: t => new
            {
                Key = t.Column<string>(maxLength: 64, nullable: false),
                WindowStartedAt = t.Column<DateTime>(nullable: false),
                Failures = t.Column<int>(nullable: false),
                LastFailureAt = t.Column<DateTime>(nullable: false),
            },
            constraints: t => t.PrimaryKey("PK_AccessAttempts", x => x.Key));
        m.CreateIndex("IX_AccessAttempts_LastFailureAt", "AccessAttempts", "LastFailureAt");
        // Views sessions carry the invitation's version; sessions from before this have none and end.
        m.AddColumn<int>(name: "SessionVersion", table: "Invitations", nullable: false, defaultValue: 0);
    }

    protected override void Down(MigrationBuilder m)
    {
        m.DropColumn("SessionVersion", "Invitations");
        m.DropTable("AccessAttempts");
    }
}
