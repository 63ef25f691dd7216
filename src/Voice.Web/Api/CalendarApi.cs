using System.Globalization;
using Voice.Data;

namespace Voice.Web.Api;

/// <summary>
/// Working-day arithmetic for other council systems, anonymous and read-only:
/// GET /api/calendar/working-days?from=YYYY-MM-DD&amp;add=N and
/// GET /api/calendar/working-days/count?from=YYYY-MM-DD&amp;to=YYYY-MM-DD.
/// Bad parameters get 400 with an application/problem+json body naming each one.
/// </summary>
public static class CalendarApi
{
    public const int MaxAdd = 1000;
    const int FirstYear = 1900, LastYear = 2200;

    public static void MapCalendarApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/calendar").AllowAnonymous();

        api.MapGet("/working-days", async (string? from, string? add, CalendarService calendars, VoiceDbContext db, CancellationToken ct) =>
        {
            var errors = new Dictionary<string, string[]>();
            var start = ParseDate("from", from, errors);
            int days = 0;
            if (string.IsNullOrWhiteSpace(add)) errors["add"] = ["Give add, the number of working days to add (0 to 1000)."];
            else if (!int.TryParse(add, NumberStyles.None, CultureInfo.InvariantCulture, out days) || days > MaxAdd)
                errors["add"] = [$"add must be a whole number from 0 to {MaxAdd}."];
            if (errors.Count > 0) return Invalid(errors);

            var calendar = await calendars.GetAsync(db, ct);
            var due = calendar.AddWorkingDays(start!.Value, days);
            return Results.Ok(new { from = Iso(start.Value), add = days, due = Iso(due), calendarVersion = calendar.Version });
        });

        api.MapGet("/working-days/count", async (string? from, string? to, CalendarService calendars, VoiceDbContext db, CancellationToken ct) =>
        {
            var errors = new Dictionary<string, string[]>();
            var start = ParseDate("from", from, errors);
            var end = ParseDate("to", to, errors);
            if (errors.Count > 0) return Invalid(errors);

            var calendar = await calendars.GetAsync(db, ct);
            var count = calendar.CountWorkingDays(start!.Value, end!.Value);
            return Results.Ok(new { from = Iso(start.Value), to = Iso(end.Value), workingDays = count, calendarVersion = calendar.Version });
        });
    }

    static DateOnly? ParseDate(string name, string? value, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrWhiteSpace(value)) { errors[name] = [$"Give {name} as a date like 2026-01-31."]; return null; }
        if (!DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        { errors[name] = [$"{name} must be a real date like 2026-01-31."]; return null; }
        if (date.Year is < FirstYear or > LastYear) { errors[name] = [$"{name} must be between {FirstYear} and {LastYear}."]; return null; }
        return date;
    }

    static IResult Invalid(Dictionary<string, string[]> errors) =>
        Results.ValidationProblem(errors, title: "The request's parameters are not valid", statusCode: StatusCodes.Status400BadRequest);

    static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
