using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Voice.Data.Migrations;

/// <summary>Health history requests from care leavers and the health team's notes on them.</summary>
[DbContext(typeof(VoiceDbContext))]
[Migration("20261122000200_CareLeavers")]
public class CareLeavers : Migration
{
    protected override void Up(MigrationBuilder m)
    {
        m.CreateTable(
            name: "HealthHistoryRequests",
            columns: t => new
            {
                Id = t.Column<int>(nullable: false)
                    .Annotation("Sqlite:Autoincrement", true)
                    .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn)
                    .Annotation("SqlServer:Identity", "1, 1"),
                Reference = t.Column<string>(maxLength: 20, nullable: false),
                CodeHash = t.Column<string>(maxLength: 200, nullable: false),
                FullName = t.Column<string>(maxLength: 200, nullable: false),
                OtherNames = t.Column<string>(maxLength: 200, nullable: true),
                DateOfBirth = t.Column<DateOnly>(nullable: false),
                ContactBy = t.Column<string>(maxLength: 20, nullable: false),
                Email = t.Column<string>(maxLength: 256, nullable: true),
                Phone = t.Column<string>(maxLength: 40, nullable: true),
                Address = t.Column<string>(maxLength: 500, nullable: true),
                WhatTheyWant = t.Column<string>(maxLength: 2000, nullable: false),
                ReceiveBy = t.Column<string>(maxLength: 20, nullable: false),
                Status = t.Column<string>(maxLength: 30, nullable: false),
                ReceivedAt = t.Column<DateTime>(nullable: false),
                DueOn = t.Column<DateOnly>(nullable: false),
                CompletedAt = t.Column<DateTime>(nullable: true),
                LastRemindedOn = t.Column<DateOnly>(nullable: true),
                UpdatedAt = t.Column<DateTime>(nullable: false),
            },
            constraints: t => t.PrimaryKey("PK_HealthHistoryRequests", x => x.Id));

        m.CreateTable(
            name: "HealthHistoryNotes",
            columns: t => new
            {
                Id = t.Column<int>(nullable: false)
                    .Annotation("Sqlite:Autoincrement", true)
                    .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn)
                    .Annotation("SqlServer:Identity", "1, 1"),
                RequestId = t.Column<int>(nullable: false),
                At = t.Column<DateTime>(nullable: false),
                AuthorId = t.Column<string>(maxLength: 64, nullable: true),
                AuthorName = t.Column<string>(maxLength: 256, nullable: false),
                Text = t.Column<string>(maxLength: 2000, nullable: false),
            },
            constraints: t =>
            {
                t.PrimaryKey("PK_HealthHistoryNotes", x => x.Id);
                t.ForeignKey("FK_HealthHistoryNotes_HealthHistoryRequests_RequestId", x => x.RequestId, "HealthHistoryRequests", "Id", onDelete: ReferentialAction.Cascade);
            });

        m.CreateIndex("IX_HealthHistoryRequests_Reference", "HealthHistoryRequests", "Reference", unique: true);
        m.CreateIndex("IX_HealthHistoryRequests_Status_DueOn", "HealthHistoryRequests", new[] { "Status", "DueOn" });
        m.CreateIndex("IX_HealthHistoryNotes_RequestId", "HealthHistoryNotes", "RequestId");
    }

    protected override void Down(MigrationBuilder m)
    {
        m.DropTable("HealthHistoryNotes");
        m.DropTable("HealthHistoryRequests");
    }
}
