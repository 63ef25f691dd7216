using FluentValidation;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Voice.Web.Infrastructure.Validation;

/// <summary>Thrown when a page's input is invalid; <see cref="ValidationFailedFilter"/> re-renders the page.</summary>
public class ValidationFailedException() : Exception("The submitted form has errors");

public static class PageValidation
{
    /// <summary>
    /// Runs the page's rules; on failure adds the messages to model state (so the error summary
    /// and the fields show them) and stops the handler. The page is shown again with status 400.
    /// </summary>
    public static async Task ThrowIfInvalidAsync<T>(this T page, IValidator<T> rules) where T : PageModel
    {
        var result = await rules.ValidateAsync(page);
        foreach (var error in result.Errors)
            page.AddError(error.PropertyName, error.ErrorMessage);
        page.ThrowIfInvalid();
    }

    public const string ErrorOrderKey = "voice.error-order";

    /// <summary>
    /// Adds an error and remembers the order errors were found in (rules are written in the
    /// order of the form), so the error summary lists them as the fields appear.
    /// </summary>
    public static void AddError(this PageModel page, string field, string message)
    {
        page.ModelState.AddModelError(field, message);
        if (page.HttpContext.Items[ErrorOrderKey] is not List<string> order)
            page.HttpContext.Items[ErrorOrderKey] = order = [];
        if (!order.Contains(field)) order.Add(field);
    }

    /// <summary>Stops the handler if model state already holds errors (from binding or checks made by hand).</summary>
    public static void ThrowIfInvalid(this PageModel page)
    {
        if (!page.ModelState.IsValid) throw new ValidationFailedException();
    }

    /// <summary>Adds one error and stops the handler.</summary>
    public static void Fail(this PageModel page, string field, string message)
    {
        page.AddError(field, message);
        throw new ValidationFailedException();
    }
}

public class ValidationFailedFilter : IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var executed = await next();
        if (executed.Exception is ValidationFailedException && executed.HandlerInstance is PageModel page)
        {
            executed.ExceptionHandled = true;
            var result = page.Page();
            result.StatusCode = StatusCodes.Status400BadRequest;
            executed.Result = result;
        }
    }
}
