using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Voice.Web.Pages.Errors;

/// <summary>
/// GOV.UK-style error pages. Reached by re-execution (status code pages, the exception handler)
/// so the original status code is kept; a direct visit shows the page with its own code.
/// </summary>
[AllowAnonymous, IgnoreAntiforgeryToken]
public class ErrorModel(ILogger<ErrorModel> log) : PageModel
{
    public int Code { get; private set; }

    /// <summary>Shown on the page after an unhandled exception and written in its log line, so the two can be matched.</summary>
    public string? CorrelationId { get; private set; }

    /// <summary>The heading's key in <c>content/translations/*/errors.json</c>; the page is in the reader's language.</summary>
    public string TitleKey => $"errors.{Code}.title";

    /// <summary>
    /// The code comes from the address only. The page runs again inside the failed request, whose
    /// form is still there: a form field named "Code" (the access code pages have one) once bound
    /// here, so a refused post of such a form showed a 500 with nothing logged.
    /// </summary>
    public IActionResult OnGet([FromRoute] int code)
    {
        Code = code is 400 or 403 or 404 or 413 or 429 ? code : 500;
        Response.StatusCode = Code;
        if (Code == 500 && HttpContext.Features.Get<IExceptionHandlerPathFeature>() is { } failure)
        {
            CorrelationId = HttpContext.TraceIdentifier;
            // The page, not the address: addresses can hold codes, and the exception's own text is enough.
            log.LogError(failure.Error, "Unhandled exception in {Page}; correlation id {CorrelationId}",
                failure.Endpoint?.DisplayName ?? "(no page)", CorrelationId);
        }
        return Page();
    }
}
