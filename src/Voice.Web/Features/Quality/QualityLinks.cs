namespace Voice.Web.Features.Quality;

/// <summary>Every URL of the quality assurance area.</summary>
public class QualityLinks(LinkGenerator links)
{
    string Page(string page, object? values = null, string? handler = null) =>
        links.GetPathByPage(page, handler, new RouteValueDictionary(values ?? new { }) { ["area"] = "Staff" })!;

    public string Overview(object? filter = null) => Page("/Quality/Index", filter);
    public string Themes(object? filter = null) => Page("/Quality/Themes", filter);
    public string Theme(string id, object? filter = null) => Page("/Quality/Theme", Merge(new { id }, filter));
    public string Correct(string id, long item) => Page("/Quality/Theme", new { id, item }, "Correct");
    public string Emerging(object? filter = null) => Page("/Quality/Emerging", filter);
    public string DecidePhrase(string handler, object? filter = null) => Page("/Quality/Emerging", filter, handler);
    public string Complex(object? filter = null) => Page("/Quality/Complex", filter);
    public string Complaints(object? filter = null) => Page("/Quality/Complaints", filter);
    public string Actions(object? filter = null) => Page("/Quality/Actions", filter);
    public string Csv(object? filter = null) => Page("/Quality/Export", filter, "Csv");
    public string Report(object? filter = null) => Page("/Quality/Export", filter);

    /// <summary>The QA filters in a request's query string (blank ones left out), so the area's menu keeps them from page to page.</summary>
    public static RouteValueDictionary FiltersOf(IQueryCollection query)
    {
        var d = new RouteValueDictionary();
        foreach (var key in Filters)
            if (query[key].ToString() is { Length: > 0 } value) d[key] = value;
        return d;
    }

    /// <summary>The query string names of the filters every QA page shares (see <see cref="QualityPage"/>).</summary>
    public static readonly string[] Filters = ["team", "journey", "age", "source", "year"];

    static RouteValueDictionary Merge(object a, object? b)
    {
        var d = new RouteValueDictionary(a);
        foreach (var kv in new RouteValueDictionary(b ?? new { })) d[kv.Key] = kv.Value;
        return d;
    }
}
