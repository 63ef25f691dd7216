using Humanizer;
using Voice.Data.Calendar;
using Voice.Data.Feedback.Views;

namespace Voice.Web.Features.Views;

/// <summary>Where an invitation has got to, and whether someone needs to act before the meeting.</summary>
public static class InvitationStatus
{
    /// <summary>Views still unread this many working days before the meeting are chased.</summary>
    public const int ChaseWithinWorkingDays = 3;

    /// <summary>The status shown in lists. "Decisions recorded" needs the response's decisions loaded.</summary>
    public static string Of(Invitation i) =>
        i.RevokedAt is not null ? "Code stopped"
        : i.Response is null ? "Not started"
        : i.Response.SubmittedAt is null ? "In progress"
        : i.Response.FirstReadAt is null ? "Sent, not read"
        : i.Response.WhatHappenedNext is not null || i.Response.Decisions.Count > 0 ? "Decisions recorded"
        : "Read";

    /// <summary>A warning when the meeting is close and something is still outstanding; null when all is well.</summary>
    public static string? Warning(Invitation i, DateOnly today, WorkingDayCalendar calendar)
    {
        if (i.RevokedAt is not null || i.EventDate < today) return null;
        var days = calendar.CountWorkingDays(today, i.EventDate);
        if (days > ChaseWithinWorkingDays) return null;
        var when = days <= 0 ? "today" : $"in {"working day".ToQuantity(days)}";
        return i.Response?.SubmittedAt is not null && i.Response.FirstReadAt is null ? $"Unread: meeting {when}"
            : i.Response?.SubmittedAt is null ? $"Not sent yet: meeting {when}"
            : null;
    }
}
