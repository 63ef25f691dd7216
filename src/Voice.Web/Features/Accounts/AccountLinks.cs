using Voice.Web.Infrastructure;

namespace Voice.Web.Features.Accounts;

/// <summary>Every URL of the account pages, including the absolute ones sent by email.</summary>
public class AccountLinks(LinkGenerator links, SiteUrl siteUrl)
{
    string BaseUrl => siteUrl.Base;

    static string Page(LinkGenerator links, string page, object? values = null) =>
        links.GetPathByPage(page, handler: null, values: values) ?? throw new InvalidOperationException("No route for " + page);

    public string SignIn(string? returnUrl = null) => Page(links, "/Account/SignIn", new { returnUrl });
    public string TwoFactor(string? returnUrl) => Page(links, "/Account/TwoFactor", new { returnUrl });
    public string SetUpTwoFactor(string? returnUrl) => Page(links, "/Account/SetUpTwoFactor", new { returnUrl });
    public string RecoveryCodes(string? returnUrl) => Page(links, "/Account/RecoveryCodes", new { returnUrl });
    public string ForgotPasswordSent() => Page(links, "/Account/ForgotPasswordSent");
    public string ResetPassword(string userId, string token) => BaseUrl + Page(links, "/Account/ResetPassword", new { userId, token });
    public string AcceptInvite(string userId, string token) => BaseUrl + Page(links, "/Account/AcceptInvite", new { userId, token });
    public string StaffHome() => links.GetPathByPage("/Index", values: new { area = "Staff" }) ?? "/staff";
}
