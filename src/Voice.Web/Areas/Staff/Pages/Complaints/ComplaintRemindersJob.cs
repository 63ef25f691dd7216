namespace Voice.Web.Areas.Staff.Pages.Complaints;
public class ComplaintRemindersJob : Voice.Web.Infrastructure.Jobs.IBackgroundJob
{
    public string Name => "complaint-reminders";
    public TimeSpan Interval => TimeSpan.FromMinutes(15);
    public Task RunAsync(IServiceProvider services, CancellationToken ct) => Task.CompletedTask;
}
