using Voice.Data.Calendar;
using Voice.Data.Complaints;
using static Voice.Tests.Calendar.Published;

namespace Voice.Tests.Complaints;

public class DeadlineCalculatorTests
{
    static readonly DeadlineCalculator Calculator = new(ShippedCalendar);
    static Timescale Statutory(ComplaintStep step) => ComplaintTimescales.Statutory[step];
    static Timescale Corporate(ComplaintStep step) => ComplaintTimescales.Corporate[step];

    // Monday 2 June 2025: no bank holiday until 25 August, so N working days from a Monday is easy to check by hand.
    static readonly DateOnly Monday = D("2025-06-02");

    [Theory]
    [InlineData(ComplaintStep.Acknowledgement, "2025-06-05")]
    [InlineData(ComplaintStep.Stage1Response, "2025-06-16")]
    [InlineData(ComplaintStep.Stage2Request, "2025-06-30")]
    [InlineData(ComplaintStep.Stage2Response, "2025-07-07")]
    [InlineData(ComplaintStep.Stage3Request, "2025-06-30")]
    [InlineData(ComplaintStep.PanelMeeting, "2025-07-14")]
    [InlineData(ComplaintStep.PanelReport, "2025-06-09")]
    [InlineData(ComplaintStep.FinalResponse, "2025-06-23")]
    public void Calculate_Statutory_EveryStep(ComplaintStep step, string due)
    {
        var deadline = Calculator.Calculate(Statutory(step), Monday);
        Assert.Equal(D(due), deadline.Due);
        Assert.Equal(Monday, deadline.DayZero);
        Assert.Equal(ShippedCalendar.Version, deadline.CalendarVersion);
    }

    [Theory]
    [InlineData(ComplaintStep.Acknowledgement, "2025-06-09")]
    [InlineData(ComplaintStep.Stage1Response, "2025-06-16")]
    [InlineData(ComplaintStep.Stage2Response, "2025-06-30")]
    public void Calculate_Corporate_EveryStep(ComplaintStep step, string due)
    {
        Assert.Equal(D(due), Calculator.Calculate(Corporate(step), Monday).Due);
    }

    [Fact]
    public void Calculate_OverChristmas_MatchesTheWorkedExample()
    {
        var deadline = Calculator.Calculate(Statutory(ComplaintStep.Stage1Response), D("2025-12-18"));
        Assert.Equal(D("2026-01-06"), deadline.Due);
        Assert.Equal(D("2025-12-29"), deadline.HalfwayOn);      // 5th working day
        Assert.Equal(D("2026-01-02"), deadline.EightyPercentOn); // 8th working day
    }

    [Fact]
    public void Calculate_ReceivedAtTheWeekend_CountsFromMonday()
    {
        var deadline = Calculator.Calculate(Statutory(ComplaintStep.Stage1Response), D("2025-06-07"));
        Assert.Equal((D("2025-06-07"), D("2025-06-09"), D("2025-06-23")), (deadline.Start, deadline.DayZero, deadline.Due));
    }

    // Extensions

    [Theory]
    [InlineData(ComplaintStep.Stage1Response, 10, "2025-06-30")]
    [InlineData(ComplaintStep.Stage2Response, 40, "2025-09-02")] // 65 days; summer bank holiday 25 August pushes it to Tuesday
    [InlineData(ComplaintStep.Stage2Response, 15, "2025-07-28")]
    public void Calculate_ExtensionUpToTheMaximum_MovesTheDueDate(ComplaintStep step, int extension, string due)
    {
        var deadline = Calculator.Calculate(Statutory(step), Monday, extension);
        Assert.Equal(D(due), deadline.Due);
        Assert.Equal(Statutory(step).WorkingDays + extension, deadline.AllowanceWorkingDays);
    }

    [Theory]
    [InlineData(ComplaintRoute.Statutory, ComplaintStep.Stage1Response, 11, "at most 10 working days (20 in all); an extension of 11 would make 21")]
    [InlineData(ComplaintRoute.Statutory, ComplaintStep.Stage2Response, 41, "at most 40 working days (65 in all)")]
    [InlineData(ComplaintRoute.Corporate, ComplaintStep.Stage1Response, 11, "at most 10 working days")]
    [InlineData(ComplaintRoute.Statutory, ComplaintStep.Acknowledgement, 1, "Acknowledgement (statutory route) cannot be extended")]
    [InlineData(ComplaintRoute.Statutory, ComplaintStep.PanelMeeting, 1, "cannot be extended")]
    [InlineData(ComplaintRoute.Statutory, ComplaintStep.Stage2Request, 1, "cannot be extended")]
    [InlineData(ComplaintRoute.Corporate, ComplaintStep.Stage2Response, 1, "Stage 2 response (corporate route) cannot be extended")]
    public void Calculate_ExtensionBeyondTheMaximum_IsRefused(ComplaintRoute route, ComplaintStep step, int extension, string expected)
    {
        var e = Assert.Throws<ArgumentException>(() => Calculator.Calculate(ComplaintTimescales.For(route)[step], Monday, extension));
        Assert.Contains(expected, e.Message);
    }

    [Fact]
    public void Calculate_NegativeExtension_IsRefused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Calculator.Calculate(Statutory(ComplaintStep.Stage1Response), Monday, -1));
    }

    // Pauses

    [Fact]
    public void Calculate_PauseForAnAdvocate_PushesTheDueDateOutByThePausedWorkingDays()
    {
        // Paused Wednesday 4 June, advocate appointed Wednesday 11 June: Thursday 5 to Wednesday 11 are not counted.
        var deadline = Calculator.Calculate(Statutory(ComplaintStep.Stage1Response), Monday,
            pauses: [new(D("2025-06-04"), D("2025-06-11"), PauseReason.AwaitingAdvocate)]);

        Assert.Equal(5, deadline.PausedWorkingDays);
        Assert.Equal(D("2025-06-23"), deadline.Due); // 16 June + 5 working days
        Assert.Equal(D("2025-06-16"), deadline.HalfwayOn);
        Assert.Equal(D("2025-06-19"), deadline.EightyPercentOn);
        Assert.False(deadline.IsPaused);
    }

    [Fact]
    public void Calculate_TwoPauses_AddUp_InAnyOrder()
    {
        ClockPause advocate = new(D("2025-06-04"), D("2025-06-11"), PauseReason.AwaitingAdvocate);
        ClockPause police = new(D("2025-06-16"), D("2025-06-18"), PauseReason.LegalProceedings);

        var deadline = Calculator.Calculate(Statutory(ComplaintStep.Stage1Response), Monday, pauses: [police, advocate]);

        Assert.Equal(7, deadline.PausedWorkingDays);
        Assert.Equal(D("2025-06-25"), deadline.Due);
    }

    [Fact]
    public void Calculate_PauseWithExtension_BothApply()
    {
        var deadline = Calculator.Calculate(Statutory(ComplaintStep.Stage1Response), Monday, extensionWorkingDays: 10,
            pauses: [new(D("2025-06-04"), D("2025-06-11"), PauseReason.AwaitingAdvocate)]);
        Assert.Equal(D("2025-07-07"), deadline.Due); // 30 June + 5 working days
    }

    [Fact]
    public void Calculate_PausedFromTheDayOfReceipt_CountsFromTheRestart()
    {
        // Received and paused on Saturday 7 June, restarted Wednesday 11 June: as if received on the 11th.
        var paused = Calculator.Calculate(Statutory(ComplaintStep.Stage1Response), D("2025-06-07"),
            pauses: [new(D("2025-06-07"), D("2025-06-11"), PauseReason.AwaitingAdvocate)]);
        var receivedOnRestart = Calculator.Calculate(Statutory(ComplaintStep.Stage1Response), D("2025-06-11"));

        Assert.Equal(receivedOnRestart.Due, paused.Due);
        Assert.Equal(D("2025-06-25"), paused.Due);
        Assert.Equal(2, paused.PausedWorkingDays); // Tuesday 10 and Wednesday 11; Monday 9 was day 0
    }

    [Fact]
    public void Calculate_PauseOverABankHoliday_CountsOnlyWorkingDays()
    {
        // Stage 2 from Monday 4 August 2025; paused Friday 22 to Wednesday 27 August over the summer bank holiday.
        var deadline = Calculator.Calculate(Statutory(ComplaintStep.Stage2Response), D("2025-08-04"),
            pauses: [new(D("2025-08-22"), D("2025-08-27"), PauseReason.LegalProceedings)]);
        Assert.Equal(2, deadline.PausedWorkingDays); // Tuesday 26, Wednesday 27 (Monday 25 is a bank holiday)
        Assert.Equal(D("2025-09-11"), deadline.Due);
        Assert.Equal(D("2025-09-09"), Calculator.Calculate(Statutory(ComplaintStep.Stage2Response), D("2025-08-04")).Due);
    }

    [Fact]
    public void Calculate_OpenPause_IsProvisionalAsIfRestartedToday()
    {
        var deadline = Calculator.Calculate(Statutory(ComplaintStep.Stage1Response), Monday,
            pauses: [new(D("2025-06-04"), null, PauseReason.AwaitingAdvocate)], today: D("2025-06-09"));

        Assert.True(deadline.IsPaused);
        Assert.Equal(3, deadline.PausedWorkingDays); // Thursday 5, Friday 6, Monday 9
        Assert.Equal(D("2025-06-19"), deadline.Due);
        Assert.Equal(DeadlineStatus.Paused, Calculator.Status(deadline, D("2025-06-09")));
    }

    [Theory]
    [InlineData(ComplaintStep.Stage2Response, PauseReason.AwaitingAdvocate, "only the Stage 1 response can")]
    [InlineData(ComplaintStep.PanelMeeting, PauseReason.AwaitingAdvocate, "cannot be paused")]
    [InlineData(ComplaintStep.Acknowledgement, PauseReason.LegalProceedings, "Acknowledgement (statutory route) cannot be paused for legal proceedings")]
    [InlineData(ComplaintStep.Stage2Request, PauseReason.LegalProceedings, "cannot be paused")]
    [InlineData(ComplaintStep.Stage3Request, PauseReason.LegalProceedings, "cannot be paused")]
    public void Calculate_PauseNotAllowedForTheClock_IsRefused(ComplaintStep step, PauseReason reason, string expected)
    {
        var e = Assert.Throws<ArgumentException>(() => Calculator.Calculate(Statutory(step), Monday,
            pauses: [new(D("2025-06-03"), D("2025-06-04"), reason)]));
        Assert.Contains(expected, e.Message);
    }

    [Fact]
    public void Calculate_LegalProceedings_CanPauseLaterStages()
    {
        foreach (var step in new[] { ComplaintStep.Stage1Response, ComplaintStep.Stage2Response, ComplaintStep.PanelMeeting, ComplaintStep.PanelReport, ComplaintStep.FinalResponse })
        {
            var unpaused = Calculator.Calculate(Statutory(step), Monday).Due;
            var paused = Calculator.Calculate(Statutory(step), Monday, pauses: [new(D("2025-06-03"), D("2025-06-04"), PauseReason.LegalProceedings)]).Due;
            Assert.Equal(ShippedCalendar.AddWorkingDays(unpaused, 1), paused);
        }
    }

    [Theory]
    [InlineData("2025-06-16", "2025-06-18", "starts on or after the due date 2025-06-16")]  // the due date itself
    [InlineData("2025-06-20", "2025-06-25", "starts on or after the due date")]
    [InlineData("2025-06-01", "2025-06-04", "starts before the clock did (2025-06-02)")]
    [InlineData("2025-06-05", "2025-06-04", "ends on 2025-06-04, before it started")]
    public void Calculate_PauseThatDoesNotFit_IsRefused(string pausedOn, string resumedOn, string expected)
    {
        var e = Assert.Throws<ArgumentException>(() => Calculator.Calculate(Statutory(ComplaintStep.Stage1Response), Monday,
            pauses: [new(D(pausedOn), D(resumedOn), PauseReason.LegalProceedings)]));
        Assert.Contains(expected, e.Message);
    }

    [Fact]
    public void Calculate_PauseJustBeforeTheDueDate_IsAllowed()
    {
        var deadline = Calculator.Calculate(Statutory(ComplaintStep.Stage1Response), Monday,
            pauses: [new(D("2025-06-13"), D("2025-06-17"), PauseReason.LegalProceedings)]);
        Assert.Equal(D("2025-06-18"), deadline.Due); // Monday 16 and Tuesday 17 paused; Wednesday is the 10th counted day
    }

    [Fact]
    public void Calculate_OverlappingPauses_AreRefused()
    {
        var e = Assert.Throws<ArgumentException>(() => Calculator.Calculate(Statutory(ComplaintStep.Stage1Response), Monday,
            pauses: [new(D("2025-06-03"), D("2025-06-06"), PauseReason.AwaitingAdvocate), new(D("2025-06-05"), D("2025-06-09"), PauseReason.LegalProceedings)]));
        Assert.Contains("overlaps", e.Message);
    }

    [Fact]
    public void Calculate_OpenPauseBeforeAnother_OrWithoutToday_IsRefused()
    {
        var stage1 = Statutory(ComplaintStep.Stage1Response);
        Assert.Contains("only the latest", Assert.Throws<ArgumentException>(() => Calculator.Calculate(stage1, Monday,
            pauses: [new(D("2025-06-03"), null, PauseReason.AwaitingAdvocate), new(D("2025-06-05"), D("2025-06-09"), PauseReason.LegalProceedings)],
            today: D("2025-06-10"))).Message);
        Assert.Contains("give today's date", Assert.Throws<ArgumentException>(() => Calculator.Calculate(stage1, Monday,
            pauses: [new(D("2025-06-03"), null, PauseReason.AwaitingAdvocate)])).Message);
        Assert.Contains("starts after today", Assert.Throws<ArgumentException>(() => Calculator.Calculate(stage1, Monday,
            pauses: [new(D("2025-06-05"), null, PauseReason.AwaitingAdvocate)], today: D("2025-06-04"))).Message);
    }

    // Request windows

    [Theory]
    [InlineData("2025-06-02", false, 0)]
    [InlineData("2025-06-28", false, 0)] // Saturday before the window closes on Monday: counts as Monday
    [InlineData("2025-06-30", false, 0)] // the last day
    [InlineData("2025-07-01", true, 1)]
    [InlineData("2025-07-05", true, 5)]  // Saturday: counts as Monday 7 July
    public void CheckRequest_Stage2_WithinTwentyWorkingDaysOfTheStage1Response(string requestedOn, bool late, int daysLate)
    {
        var check = Calculator.CheckRequest(Statutory(ComplaintStep.Stage2Request), Monday, D(requestedOn));
        Assert.Equal(D("2025-06-30"), check.WindowCloses);
        Assert.Equal((late, daysLate), (check.IsLate, check.WorkingDaysLate));
        Assert.Equal(ShippedCalendar.Version, check.CalendarVersion);
    }

    [Theory]
    [InlineData("2025-12-31", false, 0)]
    [InlineData("2026-01-01", true, 0 + 1)] // New Year's Day counts as Friday 2 January
    [InlineData("2026-01-02", true, 1)]
    [InlineData("2026-01-05", true, 2)]
    public void CheckRequest_Stage3_OverChristmas(string requestedOn, bool late, int daysLate)
    {
        // Stage 2 adjudication received Monday 1 December 2025; 20 working days skip Christmas and Boxing Day.
        var check = Calculator.CheckRequest(Statutory(ComplaintStep.Stage3Request), D("2025-12-01"), D(requestedOn));
        Assert.Equal(D("2025-12-31"), check.WindowCloses);
        Assert.Equal((late, daysLate), (check.IsLate, check.WorkingDaysLate));
    }

    [Fact]
    public void CheckRequest_NotAWindow_OrBeforeTheResponse_IsRefused()
    {
        Assert.Contains("not a request window", Assert.Throws<ArgumentException>(() =>
            Calculator.CheckRequest(Statutory(ComplaintStep.Stage2Response), Monday, Monday)).Message);
        Assert.Contains("before the response", Assert.Throws<ArgumentException>(() =>
            Calculator.CheckRequest(Statutory(ComplaintStep.Stage2Request), Monday, D("2025-06-01"))).Message);
    }

    // Warnings

    [Theory]
    [InlineData(ComplaintStep.Acknowledgement, 0, "2025-06-04", "2025-06-05")]  // 3: 2nd and 3rd days
    [InlineData(ComplaintStep.Stage1Response, 0, "2025-06-09", "2025-06-12")]   // 10: 5th and 8th
    [InlineData(ComplaintStep.Stage1Response, 10, "2025-06-16", "2025-06-24")]  // 20: 10th and 16th
    [InlineData(ComplaintStep.Stage2Response, 0, "2025-06-19", "2025-06-30")]   // 25: 13th (12.5 rounded up) and 20th
    [InlineData(ComplaintStep.Stage2Response, 40, "2025-07-17", "2025-08-13")]  // 65: 33rd and 52nd
    public void Calculate_HalfwayAndEightyPercentDates(ComplaintStep step, int extension, string halfway, string eighty)
    {
        var deadline = Calculator.Calculate(Statutory(step), Monday, extension);
        Assert.Equal((D(halfway), D(eighty)), (deadline.HalfwayOn, deadline.EightyPercentOn));
        Assert.Equal((deadline.AllowanceWorkingDays * 50 + 99) / 100, ShippedCalendar.CountWorkingDays(Monday, deadline.HalfwayOn));
        Assert.Equal((deadline.AllowanceWorkingDays * 80 + 99) / 100, ShippedCalendar.CountWorkingDays(Monday, deadline.EightyPercentOn));
    }

    [Theory]
    [InlineData("2025-06-01", DeadlineStatus.OnTrack)] // before the clock starts
    [InlineData("2025-06-19", DeadlineStatus.OnTrack)] // halfway is not a warning
    [InlineData("2025-06-27", DeadlineStatus.OnTrack)]
    [InlineData("2025-06-30", DeadlineStatus.Amber)]   // 80% gone
    [InlineData("2025-07-04", DeadlineStatus.Amber)]
    [InlineData("2025-07-06", DeadlineStatus.Amber)]   // Sunday before
    [InlineData("2025-07-07", DeadlineStatus.DueToday)]
    [InlineData("2025-07-08", DeadlineStatus.Overdue)]
    public void Status_Stage2_ByDate(string today, DeadlineStatus expected)
    {
        var deadline = Calculator.Calculate(Statutory(ComplaintStep.Stage2Response), Monday);
        Assert.Equal(expected, Calculator.Status(deadline, D(today)));
    }

    [Theory]
    [InlineData("2025-06-20", DeadlineStatus.OnTrack)] // 11 working days left
    [InlineData("2025-06-23", DeadlineStatus.Amber)]   // 10 left, before the 80% date
    public void Status_AmberWithinTheWarningPeriod(string today, DeadlineStatus expected)
    {
        var calculator = new DeadlineCalculator(ShippedCalendar, amberWithinWorkingDays: 10);
        var deadline = calculator.Calculate(Statutory(ComplaintStep.Stage2Response), Monday);
        Assert.Equal(expected, calculator.Status(deadline, D(today)));
    }

    [Fact]
    public void Status_AmberWithinTwoWorkingDaysByDefault()
    {
        // Acknowledgement: 3 working days, due Thursday 5 June; 80% is also Thursday.
        var deadline = Calculator.Calculate(Statutory(ComplaintStep.Acknowledgement), Monday);
        Assert.Equal(DeadlineStatus.OnTrack, Calculator.Status(deadline, Monday));            // 3 left
        Assert.Equal(DeadlineStatus.Amber, Calculator.Status(deadline, D("2025-06-03")));     // 2 left
    }

    [Fact]
    public void WasMetBy_TheDueDateOrEarlier()
    {
        var deadline = Calculator.Calculate(Statutory(ComplaintStep.Stage1Response), Monday);
        Assert.True(deadline.WasMetBy(D("2025-06-16")));
        Assert.False(deadline.WasMetBy(D("2025-06-17")));
    }

    [Fact]
    public void Calculate_UsesTheCalendarItIsGiven()
    {
        var withOneOff = new WorkingDayCalendar(ShippedData,
            [new(D("2025-06-13"), AdjustmentKind.Added, "One-off")]);
        var deadline = new DeadlineCalculator(withOneOff).Calculate(Statutory(ComplaintStep.Stage1Response), Monday);
        Assert.Equal(D("2025-06-17"), deadline.Due);
        Assert.Equal(withOneOff.Version, deadline.CalendarVersion);
        Assert.NotEqual(ShippedCalendar.Version, deadline.CalendarVersion);
    }
}
