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
        // Loaded while the app starts (VoiceApp.Prepare, with the other content): front matter
        // errors stop it, naming the file and the field; warnings go to the log and the upkeep page.
        services.AddSingleton(sp =>
        {
            var offer = LocalOfferLoader.LoadOrThrow(Path.Combine(sp.GetRequiredService<VoicePaths>().Content, "local-offer"));
            var log = sp.GetRequiredService<ILogger<LocalOffer>>();
            foreach (var problem in offer.Problems)
                log.LogWarning("Local offer content problem: {Problem}", problem.ToString());
            return offer;
        });
        services.AddSingleton(sp =>
        {
            var offer = sp.GetRequiredService<LocalOffer>();
            var search = new LocalOfferSearch(offer.Pages);
            sp.GetRequiredService<ILogger<LocalOfferSearch>>().LogInformation("Local offer loaded: {Topics} topics, {Pages} pages, {Indexed} indexed for search", offer.Topics.Count, offer.Pages.Count, search.PageCount);
            return search;
        });
        services.AddSingleton<CareLeaverLinks>();
        services.AddSingleton<CheckerState>();
        services.AddSingleton<HealthHistoryLinks>();
        services.AddSingleton<IBackgroundJob, HealthHistoryReminderJob>();
        services.Configure<RazorPagesOptions>(o => o.Conventions.AuthorizeAreaFolder("Staff", "/CareLeavers", Policies.ForRole(Roles.HealthTeam)));
    }
}
