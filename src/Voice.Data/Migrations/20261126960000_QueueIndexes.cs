using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Voice.Data.Migrations;

/// <summary>
/// The complaints queue's sort order as an index (issue 14): unfinished complaints by next due
/// date, then id. On PostgreSQL the queue reads its page from this index instead of sorting every
/// unfinished complaint (plans in bench/README.md).
/// </summary>
[DbContext(typeof(VoiceDbContext))]
[Migration("20261126960000_QueueIndexes")]
public class QueueIndexes : Migration
{
    protected override void Up(MigrationBuilder m) =>
        m.CreateIndex("IX_Complaints_Due", "Complaints", ["NextDueOn", "Id"]);

    protected override void Down(MigrationBuilder m) => m.DropIndex("IX_Complaints_Due", "Complaints");
}
