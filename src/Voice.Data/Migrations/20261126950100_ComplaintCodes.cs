using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Voice.Data.Migrations;

/// <summary>
/// A sent complaint's tracking code kept encrypted on its draft for an hour, so the Done page shows
/// it again after a double submit (issue 12). References made from now on are random
/// (ComplaintReferences); references made before stay as they are.
/// </summary>
[DbContext(typeof(VoiceDbContext))]
[Migration("20261126950100_ComplaintCodes")]
public class ComplaintCodes : Migration
{
    protected override void Up(MigrationBuilder m) =>
        m.AddColumn<string>(name: "TrackingCode", table: "ComplaintDrafts", maxLength: 1000, nullable: true);

    protected override void Down(MigrationBuilder m) => m.DropColumn("TrackingCode", "ComplaintDrafts");
}
