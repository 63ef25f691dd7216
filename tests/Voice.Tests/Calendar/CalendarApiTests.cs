using System.Net;
using System.Text.Json;
using Voice.Data;
using Voice.Tests.Complaints;
using Voice.Tests.Support;

namespace Voice.Tests.Calendar;

public class CalendarApiTests
{
    [Theory, BothDatabases]
    public async Task AddWorkingDays_FollowsTheClockConvention(DatabaseProvider provider)
    {
        var http = (await TestApps.Get(provider)).CreateClient();
        var response = await http.GetAsync("/api/calendar/working-days?from=2025-12-18&add=10");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("2025-12-18", json.RootElement.GetProperty("from").GetString());
        Assert.Equal(10, json.RootElement.GetProperty("add").GetInt32());
        Assert.Equal("2026-01-06", json.RootElement.GetProperty("due").GetString());
        Assert.Equal(ComplaintKit.Calendar.Version, json.RootElement.GetProperty("calendarVersion").GetString());
    }

    [Theory]
    [InlineData("2025-12-18", "2026-01-06", 10)]
    [InlineData("2026-01-06", "2025-12-18", -10)]
    [InlineData("2025-12-25", "2025-12-29", 1)]
    public async Task Count_WorkingDaysBetweenTwoDates(string from, string to, int expected)
    {
        var http = (await TestApps.Get(DatabaseProvider.Sqlite)).CreateClient();
        using var json = JsonDocument.Parse(await http.GetStringAsync($"/api/calendar/working-days/count?from={from}&to={to}"));
        Assert.Equal(expected, json.RootElement.GetProperty("workingDays").GetInt32());
    }

    [Theory]
    [InlineData("/api/calendar/working-days?from=2025-02-30&add=1", "from")]
    [InlineData("/api/calendar/working-days?from=18/12/2025&add=1", "from")]
    [InlineData("/api/calendar/working-days?add=1", "from")]
    [InlineData("/api/calendar/working-days?from=2025-12-18&add=-1", "add")]
    [InlineData("/api/calendar/working-days?from=2025-12-18&add=ten", "add")]
    [InlineData("/api/calendar/working-days?from=2025-12-18&add=100000", "add")]
    [InlineData("/api/calendar/working-days?from=0001-01-01&add=1", "from")]
    [InlineData("/api/calendar/working-days/count?from=2025-12-18", "to")]
    [InlineData("/api/calendar/working-days/count?from=x&to=2025-12-18", "from")]
    public async Task BadParameters_Get400WithAProblemDescription(string url, string field)
    {
        var http = (await TestApps.Get(DatabaseProvider.Sqlite)).CreateClient();
        var response = await http.GetAsync(url);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(400, json.RootElement.GetProperty("status").GetInt32());
        Assert.True(json.RootElement.GetProperty("errors").TryGetProperty(field, out _));
    }
}
