using Microsoft.EntityFrameworkCore;

namespace Voice.Data.Analytics;

/// <summary>
/// Rebuilds <see cref="FeedbackSummary"/> from the read model inside the database, in one
/// transaction, so a page never sees half a rebuild and no row passes through the app: first the
/// exact combinations (every comment, then each theme), then those added up over every subset of
/// the filters (<see cref="Rollups"/>). Run from a leased background job. Adding up is exact: a
/// response belongs to one combination, so its people are never counted twice.
/// Every statement is built from constants only; nothing from outside goes into the SQL.
/// </summary>
public static class FeedbackSummaryBuilder
{
    public static async Task<int> RebuildAsync(VoiceDbContext db, CancellationToken ct)
    {
        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async () =>
        {
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            await db.FeedbackSummaries.ExecuteDeleteAsync(ct);
            var rows = await db.Database.ExecuteSqlRawAsync(EveryCommentSql, ct);
            rows += await db.Database.ExecuteSqlRawAsync(EachThemeSql, ct);
            for (var rollup = 1; rollup <= Rollups.All; rollup++)
                rows += await db.Database.ExecuteSqlRawAsync(RollupSql(rollup), ct);
            await tx.CommitAsync(ct);
            db.ChangeTracker.Clear();
            return rows;
        });
    }

    const string Columns = "\"Rollup\", \"Team\", \"JourneyPoint\", \"AgeBand\", \"Source\", \"Quarter\", \"ThemeId\", \"People\", \"Positive\", \"Negative\", \"Neutral\", \"ScoreSum\", \"ScoreCount\"";

    /// <summary>People are distinct responses; so is each tone.</summary>
    const string Counts = """
        COUNT(DISTINCT f."ResponseKey"),
        COUNT(DISTINCT CASE WHEN f."Tone" = 'positive' THEN f."ResponseKey" END),
        COUNT(DISTINCT CASE WHEN f."Tone" = 'negative' THEN f."ResponseKey" END),
        COUNT(DISTINCT CASE WHEN f."Tone" = 'neutral' THEN f."ResponseKey" END)
        """;

    const string Exact = "f.\"Team\", f.\"JourneyPoint\", f.\"AgeBand\", f.\"Source\", f.\"Quarter\"";

    static readonly string EveryCommentSql = $"""
        INSERT INTO "FeedbackSummaries" ({Columns})
        SELECT 0, {Exact}, '', {Counts}, SUM(CAST(COALESCE(f."Score", 0) AS BIGINT)), COUNT(f."Score")
        FROM "FeedbackItems" f
        GROUP BY {Exact}
        """;

    /// <summary>A theme's row counts only comments with that theme; scores belong to the whole response, so none here.</summary>
    static readonly string EachThemeSql = $"""
        INSERT INTO "FeedbackSummaries" ({Columns})
        SELECT 0, {Exact}, t."ThemeId", {Counts}, 0, 0
        FROM "FeedbackItemThemes" t JOIN "FeedbackItems" f ON f."Id" = t."ItemId"
        GROUP BY {Exact}, t."ThemeId"
        """;

    static readonly (int Bit, string Column)[] Filters =
        [(Rollups.Team, "Team"), (Rollups.JourneyPoint, "JourneyPoint"), (Rollups.AgeBand, "AgeBand"), (Rollups.Source, "Source")];

    /// <summary>Adds the exact rows (rollup 0) up over the filters in <paramref name="rollup"/>.</summary>
    static string RollupSql(int rollup)
    {
        var kept = Filters.Where(f => (rollup & f.Bit) == 0).Select(f => $"\"{f.Column}\"").ToList();
        var select = string.Join(", ", Filters.Select(f => (rollup & f.Bit) == 0 ? $"\"{f.Column}\"" : "''"));
        var groupBy = string.Join(", ", new[] { "\"Quarter\"", "\"ThemeId\"" }.Concat(kept));
        return $"""
            INSERT INTO "FeedbackSummaries" ({Columns})
            SELECT {rollup}, {select}, "Quarter", "ThemeId", SUM("People"), SUM("Positive"), SUM("Negative"), SUM("Neutral"), SUM("ScoreSum"), SUM("ScoreCount")
            FROM "FeedbackSummaries" WHERE "Rollup" = 0
            GROUP BY {groupBy}
            """;
    }
}
