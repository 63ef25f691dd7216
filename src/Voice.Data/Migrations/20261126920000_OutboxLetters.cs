using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Voice.Data.Migrations;

/// <summary>Outbox letters (issue 10): the name a letter is addressed to.</summary>
[DbContext(typeof(VoiceDbContext))]
[Migration("20261126920000_OutboxLetters")]
public class OutboxLetters : Migration
{
    protected override void Up(MigrationBuilder m) =>
        m.AddColumn<string>(name: "ToName", table: "OutboxMessages", maxLength: 200, nullable: true);

    protected override void Down(MigrationBuilder m) => m.DropColumn(name: "ToName", table: "OutboxMessages");
}
