using Microsoft.AspNetCore.Mvc.RazorPages;
using Voice.Data.CareLeavers;
using Voice.Data.Identity;
using Voice.Web.Infrastructure;
using Voice.Web.Infrastructure.Jobs;
using Voice.Web.Infrastructure.Security;
using Voice.Web.Features.CareLeavers.WhatCanIGet;

namespace Voice.Web.Features.CareLeavers;

/// <summary>Everything the care leavers feature adds to the app, registered from one line in VoiceApp.</summary>
public static class CareLeaversSetup
{
    public static void Add(IServiceCollection services)
    {
        services.AddSingleton(sp => LocalOfferLoader.LoadOrThrow(Path.Combine(sp.GetRequiredService<VoicePaths>().Content, "local-offer")));
        services.AddSingleton(sp => new LocalOfferSearch(sp.GetRequiredService<LocalOffer>().Pages));
        services.AddHostedService<LocalOfferStartup>();
        services.AddSingleton<CareLeaverLinks>();
        services.AddSingleton<CheckerState>();
        services.AddSingleton<HealthHistoryLinks>();
        services.AddSingleton<IBackgroundJob, HealthHistoryReminderJob>();
        services.Configure<RazorPagesOptions>(o => o.Conventions.AuthorizeAreaFolder("Staff", "/CareLeavers", Policies.ForRole(Roles.HealthTeam)));
    }
}

/// <summary>
/// Loads the local offer while the app starts, so front matter errors stop it (naming the file and
/// the field) instead of surfacing on the first visit; warnings go to the log and the upkeep page.
/// </summary>
public sealed class LocalOfferStartup(IServiceProvider services, ILogger<LocalOfferStartup> log) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        LocalOffer offer;
        try { offer = services.GetRequiredService<LocalOffer>(); }
        catch (LocalOfferException e)
        {
            log.LogCritical("{Message}", e.Message);
            throw;
        }
        var search = services.GetRequiredService<LocalOfferSearch>();
        foreach (var problem in offer.Problems)
            log.LogWarning("Local offer content problem: {Problem}", problem.ToString());
        log.LogInformation("Local offer loaded: {Topics} topics, {Pages} pages, {Indexed} indexed for search", offer.Topics.Count, offer.Pages.Count, search.PageCount);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
