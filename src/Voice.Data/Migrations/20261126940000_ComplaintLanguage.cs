using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Voice.Data.Migrations;

/// <summary>Languages (issue 15): the language a complaint was made in; complaints made before are English.</summary>
[DbContext(typeof(VoiceDbContext))]
[Migration("20261126940000_ComplaintLanguage")]
public class ComplaintLanguage : Migration
{
    protected override void Up(MigrationBuilder m) =>
        m.AddColumn<string>(name: "Language", table: "Complaints", maxLength: 10, nullable: false, defaultValue: "en");

    protected override void Down(MigrationBuilder m) => m.DropColumn(name: "Language", table: "Complaints");
}
