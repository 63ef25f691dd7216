using Voice.Web.Infrastructure;

namespace Voice.Web.Features.Views;

/// <summary>Every URL of the young person's journey, including the invitation link that holds the code.</summary>
public class ViewLinks(LinkGenerator links, SiteUrl siteUrl)
{
    string BaseUrl => siteUrl.Base;

    string Page(string page, object? values = null) =>
        links.GetPathByPage(page, handler: null, values: values) ?? throw new InvalidOperationException("No route for " + page);

    public string EnterCode() => Page("/Views/Index");
    /// <summary>
    /// The link a practitioner sends or shows (a packed <see cref="Voice.Data.Access.AccessSecret"/>): it opens
    /// the journey by its own token. A secret kept from before links had tokens gives the old link, with the code.
    /// </summary>
    public string Invitation(string packedSecret)
    {
        var secret = Voice.Data.Access.AccessSecret.Unpack(packedSecret);
        return BaseUrl + (secret.LinkToken is { } link ? Page("/Views/Index", new { link }) : Page("/Views/Index", new { code = Voice.Data.Access.AccessCodes.Format(secret.Code) }));
    }
    public string Start() => Page("/Views/Start");
    public string Question(string id, bool fromCheck = false) => Page("/Views/Question", new { questionId = id, from = fromCheck ? "check" : null });
    public string WhoCanSee(bool fromCheck = false) => Page("/Views/WhoCanSee", new { from = fromCheck ? "check" : null });
    public string UseToImprove(bool fromCheck = false) => Page("/Views/UseToImprove", new { from = fromCheck ? "check" : null });
    public string Check() => Page("/Views/Check");
    public string Saved() => Page("/Views/Saved");
    public string WhatHappensNext() => Page("/Views/Next");
}
