using Voice.Data.CareLeavers;

namespace Voice.Web.Features.CareLeavers;

/// <summary>Every URL of the public care leavers pages.</summary>
public class CareLeaverLinks(LinkGenerator links)
{
    string Page(string page, object? values = null) =>
        links.GetPathByPage(page, handler: null, values: values) ?? throw new InvalidOperationException("No route for " + page);

    public string Index() => Page("/CareLeavers/Index");
    public string Topic(string topic) => Index() + "#" + topic;
    public string Read(string topic, string slug, bool easyRead = false) =>
        Page("/CareLeavers/Read", new { topic, slug, version = easyRead ? "easy-read" : null });
    public string Read(OfferPage page) => Read(page.Topic, page.Slug, page.IsEasyRead);
    public string Search(string? q = null) => Page("/CareLeavers/Search", new { q });

    public string Checker() => Page("/CareLeavers/WhatCanIGet/Index");
    public string CheckerQuestion(CheckerQuestion question, string? state) => question == Data.CareLeavers.CheckerQuestion.DateOfBirth
        ? Page("/CareLeavers/WhatCanIGet/DateOfBirth", new { a = state })
        : Page("/CareLeavers/WhatCanIGet/Question", new { question = WhatCanIGet.CheckerQuestions.Slug(question), a = state });
    public string CheckAnswers(string? state) => Page("/CareLeavers/WhatCanIGet/CheckAnswers", new { a = state });
    public string Result(string? state) => Page("/CareLeavers/WhatCanIGet/Result", new { a = state });

    public string HealthHistory() => Page("/CareLeavers/HealthHistory/Index");
    public string HealthHistorySent() => Page("/CareLeavers/HealthHistory/Sent");
    public string HealthHistoryStatus() => Page("/CareLeavers/HealthHistory/Status");
}
