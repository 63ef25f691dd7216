namespace Voice.Web.Infrastructure.Htmx;

/// <summary>The little of htmx the server needs to know: is this an htmx request, and tell it things.</summary>
public static class HtmxExtensions
{
    public static bool IsHtmx(this HttpRequest request) =>
        request.Headers.TryGetValue("HX-Request", out var v) && v == "true";

    /// <summary>Responses that differ for htmx must not be cached as the same thing.</summary>
    public static void VaryOnHtmx(this HttpResponse response) =>
        response.Headers.Append("Vary", "HX-Request");

    public static void HxTrigger(this HttpResponse response, string eventName) =>
        response.Headers["HX-Trigger"] = eventName;
}
