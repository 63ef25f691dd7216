using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Voice.Data.Migrations;

/// <summary>Languages (issue 15): the language of the page each views answer was given on; earlier answers are English.</summary>
[DbContext(typeof(VoiceDbContext))]
[Migration("20261127100000_ViewAnswerLanguage")]
public class ViewAnswerLanguage : Migration
{
    protected override void Up(MigrationBuilder m) =>
        m.AddColumn<string>(name: "Language", table: "ViewAnswers", maxLength: 10, nullable: false, defaultValue: "en");

    protected override void Down(MigrationBuilder m) => m.DropColumn(name: "Language", table: "ViewAnswers");
}
