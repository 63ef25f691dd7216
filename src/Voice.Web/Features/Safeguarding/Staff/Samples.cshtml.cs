using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Voice.Data;
using Voice.Data.Feedback.Safeguarding;

namespace Voice.Web.Features.Safeguarding.Staff;

/// <summary>Unflagged text picked at random for a person to read, oldest first.</summary>
public class SamplesModel(VoiceDbContext db) : PageModel
{
    public IReadOnlyList<SafeguardingSample> ToRead { get; private set; } = [];
    public int ReadInLast30Days { get; private set; }
    public int MissedInLast30Days { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        ToRead = await db.SafeguardingSamples.AsNoTracking().Where(s => s.Outcome == null).OrderBy(s => s.SampledAt).Take(200).ToListAsync(ct);
        var read = await db.SafeguardingSamples.AsNoTracking().Where(s => s.Outcome != null).OrderByDescending(s => s.ReviewedAt).Take(1000)
            .Select(s => new { s.Outcome, s.ReviewedAt }).ToListAsync(ct);
        var since = read.Count == 0 ? DateTime.MaxValue : read.Max(r => r.ReviewedAt!.Value).AddDays(-30);
        ReadInLast30Days = read.Count(r => r.ReviewedAt >= since);
        MissedInLast30Days = read.Count(r => r.ReviewedAt >= since && r.Outcome == SampleOutcome.Missed);
    }
}
