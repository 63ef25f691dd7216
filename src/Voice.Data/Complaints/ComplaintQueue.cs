namespace Voice.Data.Complaints;

/// <summary>The complaints queue's order: by next due date, complaints without one last, then by id.</summary>
public static class ComplaintQueue
{
    /// <summary>
    /// PostgreSQL sorts nulls last by itself, so there the order is the plain columns and is read
    /// straight from the index IX_Complaints_Due (no sort of every unfinished complaint); SQLite and
    /// SQL Server sort nulls first, so they sort by "has no due date" first.
    /// </summary>
    public static IOrderedQueryable<Complaint> InDueOrder(this IQueryable<Complaint> complaints, bool nullsSortLast) =>
        nullsSortLast
            ? complaints.OrderBy(c => c.NextDueOn).ThenBy(c => c.Id)
            : complaints.OrderBy(c => c.NextDueOn == null).ThenBy(c => c.NextDueOn).ThenBy(c => c.Id);
}
