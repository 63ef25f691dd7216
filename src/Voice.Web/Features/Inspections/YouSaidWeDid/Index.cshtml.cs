using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Voice.Data;
using Voice.Data.Inspections;

namespace Voice.Web.Features.Inspections.YouSaidWeDid;

/// <summary>
/// "You said, we did" (public): every answered recommendation from a published audit and every
/// piece of feedback staff marked as acted on, with the young people's words redacted by the
/// shared rule, filtered by topic and year with a plain GET form. Cached (<see cref="YouSaidWeDidCache"/>).
/// </summary>
[AllowAnonymous]
[Microsoft.AspNetCore.OutputCaching.OutputCache(PolicyName = Infrastructure.PublicContentCache.YouSaidWeDidPolicy)]
public class IndexModel(VoiceDbContext db, InspectionTopics topics, YouSaidWeDidCache cache) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Topic { get; set; }
    [BindProperty(SupportsGet = true)] public int? Year { get; set; }

    public InspectionTopics Topics => topics;
    public IReadOnlyList<YouSaidWeDidEntry> Entries { get; private set; } = [];
    public IReadOnlyList<int> Years { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        if (!topics.Exists(Topic)) Topic = null;
        var content = await cache.GetAsync(db, Topic, Year, ct);
        (Years, Entries, Year) = (content.Years, content.Entries, content.Year);
    }
}
