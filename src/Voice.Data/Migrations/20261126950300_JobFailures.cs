using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Voice.Data.Migrations;

/// <summary>A failed background job records its failure and waits before the next try (issue 12), instead of repeating every tick.</summary>
[DbContext(typeof(VoiceDbContext))]
[Migration("20261126950300_JobFailures")]
public class JobFailures : Migration
{
    protected override void Up(MigrationBuilder m)
    {
        m.AddColumn<int>(name: "FailureCount", table: "JobLeases", nullable: false, defaultValue: 0);
        m.AddColumn<DateTime>(name: "RetryAfter", table: "JobLeases", nullable: true);
        m.AddColumn<string>(name: "LastError", table: "JobLeases", maxLength: 1000, nullable: true);
    }

    protected override void Down(MigrationBuilder m)
    {
        m.DropColumn("LastError", "JobLeases");
        m.DropColumn("RetryAfter", "JobLeases");
        m.DropColumn("FailureCount", "JobLeases");
    }
}
