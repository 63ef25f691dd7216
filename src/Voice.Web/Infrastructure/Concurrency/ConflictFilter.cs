using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.EntityFrameworkCore;
using Voice.Data;

namespace Voice.Web.Infrastructure.Concurrency;

/// <summary>What the conflict page shows: what others did since the form was shown, and each value that differs.</summary>
public sealed record ConflictView(string BackUrl, IReadOnlyList<string> History, IReadOnlyList<(string Property, string? Was, string? Now)> Changes);

/// <summary>A page whose record keeps its own history (a complaint's timeline) says what happened since its form was shown.</summary>
public interface IConflictHistory
{
    Task<IReadOnlyList<string>> ChangesSinceShownAsync(CancellationToken ct);
}

/// <summary>
/// When a save finds that someone else changed the record since the form was shown, nothing is
/// saved and the person sees "someone else changed this" with what they changed, and a link back
/// to the record as it is now (status 409), instead of an error or a silent overwrite.
/// </summary>
public sealed class ConflictFilter : IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var executed = await next();
        if (executed.Exception is not DbUpdateConcurrencyException conflict || executed.ExceptionHandled) return;
        var ct = context.HttpContext.RequestAborted;
        var changes = await Voice.Data.Concurrency.ChangesSinceAsync(conflict, ct);
        var history = context.HandlerInstance is IConflictHistory h ? await h.ChangesSinceShownAsync(ct) : [];
        executed.ExceptionHandled = true;
        executed.Result = new ViewResult
        {
            ViewName = "_Conflict",
            StatusCode = StatusCodes.Status409Conflict,
            ViewData = new ViewDataDictionary<ConflictView>(new EmptyModelMetadataProvider(), new ModelStateDictionary())
            {
                Model = new ConflictView(context.HttpContext.Request.Path, history, changes),
            },
        };
    }
}
