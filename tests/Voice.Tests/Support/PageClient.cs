using System.Net;
using AngleSharp;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace Voice.Tests.Support;

/// <summary>A page as a test sees it: status, redirect, and the parsed HTML.</summary>
public sealed record PageResult(HttpStatusCode Status, string? Location, IHtmlDocument Document, HttpResponseMessage Response)
{
    public string Title => Document.Title ?? "";
    public string Text => Document.Body?.TextContent ?? "";

    /// <summary>The messages in the GOV.UK error summary.</summary>
    public IReadOnlyList<string> Errors =>
        Document.QuerySelectorAll(".govuk-error-summary__list li").Select(li => li.TextContent.Trim()).ToList();

    /// <summary>The message shown next to a field (by the field's id).</summary>
    public string? FieldError(string id) => Document.GetElementById(id + "-error")?.TextContent.Replace("Error:", "").Trim();

    public IHtmlFormElement Form(string? selector = null) =>
        (IHtmlFormElement?)(selector is null ? Document.QuerySelector("main form") : Document.QuerySelector(selector))
        ?? throw new InvalidOperationException("No form on " + Response.RequestMessage?.RequestUri);
}

/// <summary>Drives the app like a browser without JavaScript: cookies, forms with their hidden fields, no auto-redirects.</summary>
public sealed class PageClient(HttpClient http)
{
    static readonly HtmlParser Parser = new();
    public HttpClient Http { get; } = http;

    public static PageClient For(VoiceApplication app) =>
        new(app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true }));

    public async Task<PageResult> GetAsync(string url, IDictionary<string, string>? headers = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        foreach (var (k, v) in headers ?? new Dictionary<string, string>()) request.Headers.Add(k, v);
        return await ReadAsync(await Http.SendAsync(request));
    }

    /// <summary>Follows redirects from a response until a page is shown.</summary>
    public async Task<PageResult> FollowAsync(PageResult page)
    {
        for (var i = 0; i < 10 && page.Location is not null; i++) page = await GetAsync(page.Location);
        return page;
    }

    /// <summary>
    /// Submits a form as a browser would: its hidden fields, current values and checked boxes,
    /// with the given fields replacing the form's own values of the same name.
    /// </summary>
    public async Task<PageResult> SubmitAsync(IHtmlFormElement form, params (string Name, string Value)[] fields) =>
        await SubmitAsync(form, null, fields);

    public async Task<PageResult> SubmitAsync(IHtmlFormElement form, string? formAction, params (string Name, string Value)[] fields)
    {
        var names = fields.Select(f => f.Name).ToHashSet();
        var values = new List<KeyValuePair<string, string>>();
        foreach (var element in form.Elements)
        {
            switch (element)
            {
                case IHtmlInputElement input when !string.IsNullOrEmpty(input.Name) && !names.Contains(input.Name):
                    if (input.Type is "checkbox" or "radio") { if (input.IsChecked) values.Add(new(input.Name, input.Value)); }
                    else if (input.Type is not ("submit" or "button")) values.Add(new(input.Name, input.Value));
                    break;
                case IHtmlTextAreaElement area when !string.IsNullOrEmpty(area.Name) && !names.Contains(area.Name):
                    values.Add(new(area.Name, area.Value));
                    break;
                case IHtmlSelectElement select when !string.IsNullOrEmpty(select.Name) && !names.Contains(select.Name):
                    values.Add(new(select.Name, select.Value ?? ""));
                    break;
            }
        }
        values.AddRange(fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)));
        var action = formAction ?? form.GetAttribute("action") ?? "";
        return await PostAsync(string.IsNullOrEmpty(action) ? form.BaseUri : action, values);
    }

    public async Task<PageResult> PostAsync(string url, IEnumerable<KeyValuePair<string, string>> values, IDictionary<string, string>? headers = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new FormUrlEncodedContent(values) };
        foreach (var (k, v) in headers ?? new Dictionary<string, string>()) request.Headers.Add(k, v);
        return await ReadAsync(await Http.SendAsync(request));
    }

    /// <summary>Posts a body the test built itself (a file upload).</summary>
    public async Task<PageResult> PostAsync(string url, HttpContent content) => await ReadAsync(await Http.PostAsync(url, content));

    static async Task<PageResult> ReadAsync(HttpResponseMessage response)
    {
        var html = await response.Content.ReadAsStringAsync();
        var document = await Parser.ParseDocumentAsync(html);
        var location = response.Headers.Location is { } l ? (l.IsAbsoluteUri ? l.PathAndQuery : l.ToString()) : null;
        return new PageResult(response.StatusCode, location, document, response);
    }

    /// <summary>Signs a staff member in through the real pages: password, then their authenticator code.</summary>
    public async Task SignInAsync(StaffAccount account)
    {
        var signIn = await GetAsync("/account/sign-in");
        var afterPassword = await SubmitAsync(signIn.Form(), ("Email", account.Email), ("Password", account.Password));
        if (afterPassword.Location?.StartsWith("/account/two-factor", StringComparison.Ordinal) != true || afterPassword.Location.Contains("set-up"))
        {
            if (account.AuthenticatorKey is null && afterPassword.Location?.Contains("set-up") == true) return;
            throw new InvalidOperationException($"Sign-in did not ask for a code: {afterPassword.Status} {afterPassword.Location}");
        }
        var codePage = await GetAsync(afterPassword.Location);
        var done = await SubmitAsync(codePage.Form(), ("Code", Totp.Code(account.AuthenticatorKey!)));
        if (done.Status != HttpStatusCode.Redirect) throw new InvalidOperationException("Two-factor sign-in failed: " + string.Join("; ", done.Errors));
    }
}
