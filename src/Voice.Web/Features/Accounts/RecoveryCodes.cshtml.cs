using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Voice.Web.Features.Accounts;

/// <summary>Shows the recovery codes once, straight after two-factor is set up.</summary>
public class RecoveryCodesModel(AccountLinks links) : PageModel
{
    [TempData] public string? RecoveryCodesText { get; set; }
    [BindProperty(SupportsGet = true)] public string? ReturnUrl { get; set; }

    public IReadOnlyList<string> Codes { get; private set; } = [];
    public string ContinueUrl => SignInModel.SafeReturnUrl(ReturnUrl) ?? links.StaffHome();

    public IActionResult OnGet()
    {
        if (string.IsNullOrEmpty(RecoveryCodesText)) return LocalRedirect(ContinueUrl);
        Codes = RecoveryCodesText.Split('\n');
        return Page();
    }
}
