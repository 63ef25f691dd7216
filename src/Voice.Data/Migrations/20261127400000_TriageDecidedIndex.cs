using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Voice.Data.Migrations;

/// <summary>
/// The triage page's flags decided in the last 30 days, newest first (issue 14): read backwards
/// from this index instead of a scan and sort of every flag (plans in bench/results/queues-explain.txt).
/// </summary>
[DbContext(typeof(VoiceDbContext))]
[Migration("20261127400000_TriageDecidedIndex")]
public class TriageDecidedIndex : Migration
{
    protected override void Up(MigrationBuilder m) =>
        m.CreateIndex("IX_SafeguardingFlags_DecidedAt", "SafeguardingFlags", "DecidedAt");

    protected override void Down(MigrationBuilder m) => m.DropIndex("IX_SafeguardingFlags_DecidedAt", "SafeguardingFlags");
}
