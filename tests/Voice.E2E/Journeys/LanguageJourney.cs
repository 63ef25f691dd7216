using Voice.E2E.Support;

namespace Voice.E2E.Journeys;

/// <summary>Languages (issue 15): a parent who reads Polish complains in Polish; Urdu pages read right to left.</summary>
public class LanguageJourney
{
    [Fact]
    public async Task PolishParent_ComplainsInPolish_AndIsAcknowledgedInPolish_UrduPagesPassAxe()
    {
        var parentEmail = $"rodzic-{Guid.NewGuid():N}@example.com";
        await using var parent = await Journey.StartAsync(javaScript: true);

        await parent.GoToAsync("/");
        await parent.ClickLinkAsync("Polski");
        await parent.ExpectHeadingAsync("Wyraź swoje zdanie o usługach dla dzieci");
        Assert.Equal("pl", await parent.Page.Locator("html").GetAttributeAsync("lang"));
        await parent.ClickLinkAsync("Złóż skargę");
        await parent.ExpectHeadingAsync("Złóż skargę na usługi dla dzieci");
        await parent.ClickButtonAsync("Zacznij teraz");

        await parent.ExpectHeadingAsync("Kto składa skargę?");
        await parent.ClickButtonAsync("Dalej");
        Assert.Equal(["Wybierz, kto składa skargę"], await parent.ErrorSummaryAsync());
        await parent.CheckAsync("Jestem rodzicem lub mam władzę rodzicielską");
        await parent.ClickButtonAsync("Dalej");

        await parent.ExpectHeadingAsync("Której usługi dotyczy skarga?");
        await parent.CheckAsync("Dziecko w pieczy zastępczej");
        await parent.ClickButtonAsync("Dalej");

        await parent.ExpectHeadingAsync("Co się stało?");
        await parent.FillAsync("Co się stało?", "Spotkanie mojego syna odwołano trzy razy i nikt nam nie powiedział dlaczego.");
        await parent.ClickButtonAsync("Dalej");

        await parent.ExpectHeadingAsync("Kiedy to się stało?");
        var when = TimeProvider.System.GetUtcNow().UtcDateTime.AddDays(-14);
        await parent.FillAsync("Dzień", when.Day.ToString());
        await parent.FillAsync("Miesiąc", when.Month.ToString());
        await parent.FillAsync("Rok", when.Year.ToString());
        await parent.ClickButtonAsync("Dalej");

        await parent.ExpectHeadingAsync("Co chcesz, żeby się stało?");
        await parent.FillAsync("Co chcesz, żeby się stało?", "Przeprosiny i nowy termin spotkania.");
        await parent.ClickButtonAsync("Dalej");

        await parent.ExpectHeadingAsync("Czy potrzebujesz pomocy przy skardze?");
        await parent.CheckAsync("Nie potrzebuję pomocy");
        await parent.ClickButtonAsync("Dalej");

        await parent.ExpectHeadingAsync("Twoje dane kontaktowe");
        await parent.FillAsync("Imię i nazwisko", "Anna Nowak");
        await parent.FillAsync("Adres e-mail", parentEmail);
        await parent.CheckAsync("E-mail");
        await parent.ClickButtonAsync("Dalej");

        await parent.ExpectHeadingAsync("Sprawdź odpowiedzi przed wysłaniem skargi");
        await parent.ClickButtonAsync("Wyślij skargę");
        await parent.ExpectHeadingAsync("Skarga wysłana");
        var reference = (await parent.Page.Locator("#reference").InnerTextAsync()).Trim();
        var code = (await parent.Page.Locator("#tracking-code").InnerTextAsync()).Trim();
        Assert.Contains("To tłumaczenie nie zostało jeszcze sprawdzone.", await parent.Page.Locator("#translation-unchecked").InnerTextAsync());

        var email = parent.LatestEmailTo(parentEmail);
        Assert.Equal($"Otrzymaliśmy Twoją skargę {reference}", email.Subject);
        Assert.StartsWith("Szanowni Państwo (Anna Nowak),", email.Body);
        Assert.Contains($"Dziękujemy za skargę. Numer sprawy to {reference}.", email.Body);

        // Urdu: right to left, scanned with axe (the page's template was scanned in English, so scan it here).
        await parent.GoToAsync("/complaints/new?lang=ur");
        await parent.ExpectHeadingAsync("بچوں کی خدمات کے بارے میں شکایت کریں");
        Assert.Equal("rtl", await parent.Page.Locator("html").GetAttributeAsync("dir"));
        Assert.Empty(await AxeScan.ViolationsAsync(parent.Page));
        await parent.ClickButtonAsync("ابھی شروع کریں");
        await parent.ExpectHeadingAsync("شکایت کون کر رہا ہے؟");
        await parent.ClickButtonAsync("جاری رکھیں");
        Assert.Equal(["منتخب کریں کہ شکایت کون کر رہا ہے"], await parent.ErrorSummaryAsync());
        Assert.Empty(await AxeScan.ViolationsAsync(parent.Page));
        // In right-to-left pages the radio sits to the right of its label.
        var radio = await parent.Page.Locator(".govuk-radios__item").First.Locator("label").BoundingBoxAsync();
        var ring = await parent.Page.Locator(".govuk-radios__item").First.EvaluateAsync<double>(
            "e => parseFloat(getComputedStyle(e.querySelector('label'), '::before').right)");
        Assert.True(radio is not null && ring <= 2, $"radio ring right offset {ring}");
        var shots = Environment.GetEnvironmentVariable("VOICE_E2E_SHOTS");
        if (shots is not null) await parent.Page.ScreenshotAsync(new() { Path = Path.Combine(shots, "urdu-who.png"), FullPage = true });

        await UrduReaderTracksAsync(reference, code);
    }

    /// <summary>
    /// Someone who reads only Urdu follows the complaint on a phone without JavaScript: looks it
    /// up, reads its status and adds information, meeting no English but the staff's timeline.
    /// Then the same pages are scanned with axe at phone size.
    /// </summary>
    static async Task UrduReaderTracksAsync(string reference, string code)
    {
        await using (var reader = await Journey.StartAsync(javaScript: false))
        {
            await reader.GoToAsync("/?lang=ur");
            await reader.ClickLinkAsync("شکایت کی پیروی کریں");
            await reader.ExpectHeadingAsync("اپنی شکایت کی پیروی کریں");
            await reader.ClickButtonAsync("جاری رکھیں");
            Assert.Equal(["اپنی شکایت کا حوالہ نمبر لکھیں", "اپنا ٹریکنگ کوڈ لکھیں"], await reader.ErrorSummaryAsync());
            await reader.FillAsync("شکایت کا حوالہ نمبر", reference);
            await reader.FillAsync("ٹریکنگ کوڈ", code);
            await reader.ClickButtonAsync("جاری رکھیں");
            await reader.ExpectHeadingAsync(reference);
            Assert.Equal("آپ کی شکایت", (await reader.Page.Locator(".govuk-caption-l").InnerTextAsync()).Trim());
            await reader.FillAsync("شامل کرنے کے لیے معلومات", "میٹنگ دوبارہ منسوخ ہو گئی۔");
            await reader.ClickButtonAsync("معلومات شامل کریں");
            Assert.Equal("ہم نے آپ کی معلومات آپ کی شکایت میں شامل کر دی ہیں", (await reader.Page.Locator(".govuk-notification-banner__heading").InnerTextAsync()).Trim());
            Assert.Equal(0, await reader.Page.EvaluateAsync<int>("() => [...document.querySelectorAll(\"main [lang='en']\")].filter(e => !e.closest('#timeline')).length"));
            // The update they just made is in Urdu; the council's own updates are marked English.
            Assert.Equal("آپ نے معلومات شامل کیں", (await reader.Page.Locator("#timeline strong").First.InnerTextAsync()).Trim());
        }
        await using var scan = await Journey.StartAsync(javaScript: true, Journey.Phone);
        await scan.GoToAsync("/complaints/track?lang=ur");
        Assert.Empty(await AxeScan.ViolationsAsync(scan.Page));
        await scan.FillAsync("شکایت کا حوالہ نمبر", reference);
        await scan.FillAsync("ٹریکنگ کوڈ", code);
        await scan.ClickButtonAsync("جاری رکھیں");
        await scan.ExpectHeadingAsync(reference);
        Assert.Empty(await AxeScan.ViolationsAsync(scan.Page));
    }
}
