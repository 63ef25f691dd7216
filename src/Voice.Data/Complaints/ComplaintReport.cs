using System.Globalization;
using CsvHelper;
using Voice.Data.Calendar;

namespace Voice.Data.Complaints;

/// <summary>One figure of the complaints report: its section, what it counts, and the number (or average).</summary>
public sealed record ReportLine(string Section, string Measure, decimal Value)
{
    public string Display => Value == decimal.Truncate(Value) ? Value.ToString("0", CultureInfo.InvariantCulture) : Value.ToString("0.0", CultureInfo.InvariantCulture);
}

/// <summary>
/// The annual (or any period's) complaints report, worked out only from the records: what GBFC
/// and the LGSCO Code ask councils to publish. Timeliness counts working days from day 0 (the
/// received or request date, moved to a working day), less working days paused.
/// </summary>
/// <remarks>
/// Who counts where: Stage 1 figures cover complaints received in the period; Stage 2 and 3
/// figures cover requests made in the period; ombudsman figures, referrals made in the period.
/// </remarks>
public static class ComplaintReport
{
    public static IReadOnlyList<ReportLine> Build(IReadOnlyCollection<Complaint> complaints, DateOnly from, DateOnly to, WorkingDayCalendar calendar, DateOnly today)
    {
        bool In(DateOnly? d) => d is { } x && x >= from && x <= to;
        var lines = new List<ReportLine>();
        void Add(string section, string measure, decimal value) => lines.Add(new ReportLine(section, measure, value));
        int Elapsed(DateOnly start, DateOnly end, Complaint c, ComplaintStep step) =>
            calendar.CountWorkingDays(calendar.StartDay(start), end) - (c.Deadlines.FirstOrDefault(d => d.Step == step)?.PausedDays ?? 0);

        var received = complaints.Where(c => In(c.ReceivedOn)).ToList();
        var stage2 = complaints.Where(c => c.Stage2 is not null && In(c.Stage2.RequestedOn)).ToList();
        var stage3 = complaints.Where(c => c.Panel is not null && In(c.Panel.RequestedOn)).ToList();

        Add("Numbers by stage", "Stage 1: complaints received", received.Count);
        Add("Numbers by stage", "Stage 2: requests received", stage2.Count);
        Add("Numbers by stage", "Stage 3: requests received", stage3.Count);
        Add("Numbers by stage", "Statutory route", received.Count(c => c.Route == ComplaintRoute.Statutory));
        Add("Numbers by stage", "Corporate route", received.Count(c => c.Route == ComplaintRoute.Corporate));
        Add("Numbers by stage", "Late complaints (more than a year after the matter)", received.Count(c => c.IsLate));
        Add("Numbers by stage", "Late complaints accepted", received.Count(c => c.IsLate && c.LateDecision == LateDecision.Accepted));
        Add("Numbers by stage", "Withdrawn", received.Count(c => c.Status == ComplaintStatus.Withdrawn));

        foreach (var t in Enum.GetValues<ComplainantType>())
            Add("Who complained", t.Label(), received.Count(c => c.ComplainantType == t));
        foreach (var s in ComplaintServices.All)
            Add("What about", s.Label, received.Count(c => c.Service == s.Code));

        var acknowledged = received.Where(c => c.AcknowledgedOn is not null).ToList();
        Add("Timeliness", "Acknowledged", acknowledged.Count);
        Add("Timeliness", "Acknowledged within 3 working days", acknowledged.Count(c => Elapsed(c.ReceivedOn, c.AcknowledgedOn!.Value, c, ComplaintStep.Acknowledgement) <= 3));
        var responded1 = received.Where(c => c.Stage1RespondedOn is not null).ToList();
        var days1 = responded1.Select(c => Elapsed(c.ReceivedOn, c.Stage1RespondedOn!.Value, c, ComplaintStep.Stage1Response)).ToList();
        Add("Timeliness", "Stage 1 responses", responded1.Count);
        Add("Timeliness", "Stage 1 responded within 10 working days", days1.Count(d => d <= 10));
        Add("Timeliness", "Stage 1 responded within 20 working days", days1.Count(d => d <= 20));
        Add("Timeliness", "Stage 1 average working days", Average(days1));
        var responded2 = stage2.Where(c => c.Stage2!.RespondedOn is not null).ToList();
        var fromRequest = responded2.Select(c => Elapsed(c.Stage2!.RequestedOn, c.Stage2.RespondedOn!.Value, c, ComplaintStep.Stage2Response)).ToList();
        var fromStatement = responded2.Where(c => c.Stage2!.StatementAgreedOn is not null)
            .Select(c => Elapsed(c.Stage2!.StatementAgreedOn!.Value, c.Stage2.RespondedOn!.Value, c, ComplaintStep.Stage2Response)).ToList();
        Add("Timeliness", "Stage 2 adjudications", responded2.Count);
        Add("Timeliness", "Stage 2 within 25 working days of the request", fromRequest.Count(d => d <= 25));
        Add("Timeliness", "Stage 2 within 65 working days of the request", fromRequest.Count(d => d <= 65));
        Add("Timeliness", "Stage 2 within 25 working days of the agreed statement", fromStatement.Count(d => d <= 25));
        Add("Timeliness", "Stage 2 within 65 working days of the agreed statement", fromStatement.Count(d => d <= 65));
        Add("Timeliness", "Stage 2 average working days from the request", Average(fromRequest));
        Add("Timeliness", "Stage 2 average working days from the agreed statement", Average(fromStatement));
        var finished3 = stage3.Where(c => c.Panel!.FinalResponseOn is not null).ToList();
        var days3 = finished3.Select(c => calendar.CountWorkingDays(calendar.StartDay(c.Panel!.RequestedOn), c.Panel.FinalResponseOn!.Value)).ToList();
        Add("Timeliness", "Stage 3 final responses", finished3.Count);
        Add("Timeliness", "Stage 3 panel met within 30 working days", stage3.Count(c => c.Panel!.MeetingOn is { } m && calendar.CountWorkingDays(calendar.StartDay(c.Panel.RequestedOn), m) <= 30));
        Add("Timeliness", "Stage 3 average working days from request to final response", Average(days3));

        var extended1 = received.Where(c => c.Extensions.Any(e => e.Step == ComplaintStep.Stage1Response)).ToList();
        Add("Extensions and pauses", "Stage 1 responses extended", extended1.Count);
        Add("Extensions and pauses", "Stage 2 responses extended", stage2.Count(c => c.Extensions.Any(e => e.Step == ComplaintStep.Stage2Response)));
        Add("Extensions and pauses", "Complaints paused waiting for an advocate", received.Count(c => c.Pauses.Any(p => p.Reason == PauseReason.AwaitingAdvocate)));
        Add("Extensions and pauses", "Complaints paused for court or police proceedings", received.Count(c => c.Pauses.Any(p => p.Reason == PauseReason.LegalProceedings)));

        foreach (var stage in new[] { 1, 2, 3 })
        {
            var points = (stage switch { 1 => received, 2 => stage2, _ => stage3 }).SelectMany(c => c.Points).Where(p => p.DecidedAtStage == stage).ToList();
            foreach (var o in Enum.GetValues<PointOutcome>())
                Add("Outcomes (complaint points)", $"Stage {stage}: {o.Label()}", points.Count(p => p.Outcome == o));
        }
        Add("Outcomes (complaint points)", "Remedies agreed", received.Sum(c => c.Remedies.Count));
        Add("Outcomes (complaint points)", "Payments (£)", received.Sum(c => c.Remedies.Where(r => r.AmountPence is not null).Sum(r => r.AmountPence!.Value)) / 100m);

        Add("Advocacy", "Offered", received.Count(c => c.AdvocacyOfferedOn is not null));
        Add("Advocacy", "Referred", received.Count(c => c.AdvocacyReferredOn is not null));
        Add("Advocacy", "Appointed", received.Count(c => c.AdvocateAppointedOn is not null));

        var ombudsman = complaints.Where(c => c.Ombudsman is not null && In(c.Ombudsman.ReferredOn)).ToList();
        Add("Ombudsman", "Referrals", ombudsman.Count);
        Add("Ombudsman", "Decided", ombudsman.Count(c => c.Ombudsman!.Outcome is not null));
        Add("Ombudsman", "Fault found", ombudsman.Count(c => c.Ombudsman!.Outcome?.StartsWith("Fault", StringComparison.Ordinal) == true));

        var actions = received.SelectMany(c => c.LearningActions).ToList();
        Add("Learning", "Learning actions", actions.Count);
        foreach (var s in Enum.GetValues<LearningStatus>()) Add("Learning", s switch
        {
            LearningStatus.NotStarted => "Not started",
            LearningStatus.InProgress => "In progress",
            _ => "Done",
        }, actions.Count(a => a.Status == s));
        Add("Learning", "Overdue", actions.Count(a => a.Status != LearningStatus.Done && a.DueOn < today));
        return lines;
    }

    static decimal Average(IReadOnlyCollection<int> days) => days.Count == 0 ? 0 : Math.Round((decimal)days.Sum() / days.Count, 1);

    /// <summary>
    /// The report as CSV: text quoted, and a field a spreadsheet would run as a formula (=, +, -,
    /// @ ...) escaped so it shows as text. <paramref name="shown"/>, when given, is what to write for
    /// each value (for example "c" for a hidden one).
    /// </summary>
    public static string ToCsv(IEnumerable<ReportLine> lines, DateOnly from, DateOnly to, IReadOnlyList<string>? shown = null)
    {
        var text = new StringWriter(CultureInfo.InvariantCulture);
        var options = CsvWriterOptions.Default with { NewLine = "\n", Injection = CsvInjection.Escape, FormatProvider = CultureInfo.InvariantCulture };
        using (var csv = CsvWriter.Create(text, options, leaveOpen: true))
        {
            csv.WriteHeader(["section", "measure", "value", "from", "to"]);
            var i = 0;
            foreach (var l in lines)
            {
                csv.WriteField(l.Section, CsvQuoting.Always);
                csv.WriteField(l.Measure, CsvQuoting.Always);
                csv.WriteField(shown is null ? l.Value.ToString(CultureInfo.InvariantCulture) : shown[i++]);
                csv.WriteField(from.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                csv.WriteField(to.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                csv.EndRecord();
            }
        }
        return text.ToString();
    }
}
