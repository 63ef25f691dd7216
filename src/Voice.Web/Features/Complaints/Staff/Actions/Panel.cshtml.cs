using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Voice.Data;
using Voice.Data.Complaints;
using Voice.Web.Infrastructure.GovUk;
using Voice.Web.Infrastructure.Validation;
using Voice.Web.Features.Complaints;

namespace Voice.Web.Features.Complaints.Staff.Actions;

/// <summary>Starts Stage 3 on a request made by phone or letter, and records the three independent panel members and the meeting date.</summary>
public class PanelModel(VoiceDbContext db, ComplaintWork work, ComplaintLinks links) : ComplaintActionPage(db, work, links)
{
    public override ComplaintAction Action => ComplaintAction.Panel;
    [BindProperty] public DateParts RequestedOn { get; set; } = new();
    [BindProperty] public List<string> Names { get; set; } = ["", "", ""];
    [BindProperty] public List<string> Notes { get; set; } = ["", "", ""];
    [BindProperty] public DateParts MeetingOn { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await OpenAsync(ct) is { } away) return away;
        RequestedOn = DateParts.From(Today);
        MeetingOn = DateParts.From(Complaint.Panel?.MeetingOn);
        for (var i = 0; i < Complaint.PanelMembers.Count && i < 3; i++) (Names[i], Notes[i]) = (Complaint.PanelMembers[i].Name, Complaint.PanelMembers[i].IndependenceNote);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (await LoadForChangeAsync(ct) is { } away) return away;
        var c = Complaint;
        var requested = c.Panel?.RequestedOn ?? RequireDate(RequestedOn, nameof(RequestedOn), "The date Stage 3 was requested", notBefore: c.Stage2?.RespondedOn);
        var members = Members();
        var meeting = OptionalDate(MeetingOn, nameof(MeetingOn), "The date the panel meets", notBefore: requested, allowFuture: true);
        if (meeting is not null && members is null && c.PanelMembers.Count == 0) this.AddError("Names[0]", "Enter the three panel members before the meeting date");
        this.ThrowIfInvalid();
        var calc = await Work.CalculatorAsync(ct);
        foreach (var change in Try("Names[0]", () => c.UpdatePanel(requested, members, meeting, calc))) Work.Apply(c, Actor, change);
        await RefreshAsync(nameof(MeetingOn), ct);
        return await SaveAsync("Review panel details saved", ct);
    }

    /// <summary>The three members entered (null when none were), with an error on each field that is wrong.</summary>
    List<PanelMemberEntry>? Members()
    {
        var names = Enumerable.Range(0, 3).Select(i => Names.ElementAtOrDefault(i)?.Trim() ?? "").ToList();
        var notes = Enumerable.Range(0, 3).Select(i => Notes.ElementAtOrDefault(i)?.Trim() ?? "").ToList();
        if (names.All(n => n.Length == 0)) return null;
        for (var i = 0; i < 3; i++)
        {
            if (names[i].Length == 0) { this.AddError($"Names[{i}]", $"Enter the name of panel member {i + 1}"); continue; }
            if (names[i].Length > 200) this.AddError($"Names[{i}]", $"Panel member {i + 1}'s name must be 200 characters or fewer");
            if (notes[i].Length == 0) this.AddError($"Notes[{i}]", $"Enter how panel member {i + 1}'s independence was checked");
            else if (notes[i].Length > ComplaintConfiguration.TextMax) this.AddError($"Notes[{i}]", $"The independence note must be {ComplaintConfiguration.TextMax} characters or fewer");
            if (Complaint.PanelMemberProblem(names[i]) is { } problem) this.AddError($"Names[{i}]", problem);
        }
        var named = names.Where(n => n.Length > 0).ToList();
        if (named.Distinct(StringComparer.OrdinalIgnoreCase).Count() < named.Count) this.AddError("Names[0]", "The panel needs three different people");
        return names.Zip(notes, (n, x) => new PanelMemberEntry(n, x)).ToList();
    }
}
