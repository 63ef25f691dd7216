using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Voice.Data.Migrations;

/// <summary>
/// Links carry their own 128-bit tokens, separate from the typed codes (issue 12). Rows made before
/// have none: their old links, which carry the code, keep working.
/// </summary>
[DbContext(typeof(VoiceDbContext))]
[Migration("20261127020000_LinkTokens")]
public class LinkTokens : Migration
{
    protected override void Up(MigrationBuilder m)
    {
        m.AddColumn<string>(name: "LinkTokenHash", table: "Invitations", maxLength: 64, nullable: true);
        m.CreateIndex("IX_Invitations_LinkTokenHash", "Invitations", "LinkTokenHash");
        m.AddColumn<string>(name: "TrackingLinkHash", table: "Complaints", maxLength: 64, nullable: true);
        m.CreateIndex("IX_Complaints_TrackingLinkHash", "Complaints", "TrackingLinkHash");
    }

    protected override void Down(MigrationBuilder m)
    {
        m.DropIndex(name: "IX_Complaints_TrackingLinkHash", table: "Complaints");
        m.DropColumn(name: "TrackingLinkHash", table: "Complaints");
        m.DropIndex(name: "IX_Invitations_LinkTokenHash", table: "Invitations");
        m.DropColumn(name: "LinkTokenHash", table: "Invitations");
    }
}
