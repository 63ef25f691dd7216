using Voice.E2E.Support;

namespace Voice.E2E.Journeys;

/// <summary>
/// The care leavers' local offer in the city's languages (issue 15): an Arabic reader on a phone
/// with JavaScript off reads a translated page and uses the checker; a translated page passes axe
/// in every language.
/// </summary>
public class LocalOfferLanguageJourney
{
    [Fact]
    public async Task ArabicReader_OnAPhone_WithoutJavaScript_ReadsAPage_AndUsesTheChecker()
    {
        // Every page is checked as it loads: no sideways scroll at 390 px nor at 320 px, axe on each new template.
        await using var reader = await Journey.StartAsync(javaScript: false, viewport: Journey.Phone);
        // axe needs JavaScript: a page with it scans a copy of each translated page's HTML (templates already scanned in English are otherwise skipped).
        await using var scannerContext = await (await Browser.Shared).NewContextAsync(new() { BaseURL = reader.App.BaseUrl, JavaScriptEnabled = true, ViewportSize = Journey.Phone });
        var scanner = await scannerContext.NewPageAsync();
        await reader.GoToAsync("/care-leavers?lang=ar");
        await reader.ExpectHeadingAsync("مساعدة لمن غادروا الرعاية");
        Assert.Equal(("ar", "rtl"), (await reader.Page.Locator("html").GetAttributeAsync("lang"), await reader.Page.Locator("html").GetAttributeAsync("dir")));

        await reader.ClickLinkAsync("سجلّك الصحي");
        await reader.ExpectHeadingAsync("سجلّك الصحي");
        Assert.Contains("ماذا يقول القانون", await reader.Page.Locator(".voice-offer-body").InnerTextAsync());
        Assert.Contains("This translation has not been checked yet.", await reader.Page.Locator("#translation-unchecked").InnerTextAsync());
        Assert.Empty(await AxeScan.ViolationsOfCopyAsync(scanner, await reader.Page.ContentAsync()));

        // The easy-read version is not translated yet: English, marked as English, with the reason in Arabic.
        await reader.ClickLinkAsync("اقرأ هذه الصفحة بنسخة سهلة القراءة");
        await reader.ExpectHeadingAsync("Your health history (easy read)");
        Assert.Equal("en", await reader.Page.Locator("h1").GetAttributeAsync("lang"));
        Assert.Contains("لم تُترجم هذه الصفحة إلى لغتك بعد", await reader.Page.Locator("#page-in-english").InnerTextAsync());

        await reader.ClickLinkAsync("تحقّق مما يمكنك الحصول عليه");
        await reader.ExpectHeadingAsync("تحقّق مما يمكنك الحصول عليه بصفتك من مغادري الرعاية");
        await reader.ClickButtonAsync("ابدأ الآن");
        await reader.ExpectHeadingAsync("ما تاريخ ميلادك؟");
        await reader.ClickButtonAsync("متابعة");
        Assert.Equal(["أدخل تاريخ الميلاد"], await reader.ErrorSummaryAsync());

        var dob = TimeProvider.System.GetUtcNow().UtcDateTime.AddYears(-19).AddDays(-10);
        await reader.FillAsync("اليوم", dob.Day.ToString());
        await reader.FillAsync("الشهر", dob.Month.ToString());
        await reader.FillAsync("السنة", dob.Year.ToString());
        await reader.ClickButtonAsync("متابعة");

        await reader.ExpectHeadingAsync("منذ عيد ميلادك الرابع عشر، كم من الوقت كنت في الرعاية في المجموع؟");
        await reader.CheckAsync("13 أسبوعًا (نحو 3 أشهر) أو أكثر");
        await reader.ClickButtonAsync("متابعة");
        await reader.ExpectHeadingAsync("هل كنت في الرعاية في أي وقت بعد عيد ميلادك السادس عشر؟");
        await reader.CheckAsync("نعم");
        await reader.ClickButtonAsync("متابعة");
        await reader.ExpectHeadingAsync("متى غادرت الرعاية؟");
        await reader.CheckAsync("في عيد ميلادي الثامن عشر");
        await reader.ClickButtonAsync("متابعة");
        await reader.ExpectHeadingAsync("هل أصدرت محكمة أمر وصاية خاصة (special guardianship order) لك عندما غادرت الرعاية؟");
        await reader.CheckAsync("لا");
        await reader.ClickButtonAsync("متابعة");
        await reader.ExpectHeadingAsync("بعد عيد ميلادك السادس عشر، هل كنت في رعاية حاضنة خاصة أو وضعتك منظمة أخرى في مكان ما؟");
        await reader.CheckAsync("لا");
        await reader.ClickButtonAsync("متابعة");
        await reader.ExpectHeadingAsync("هل أنت في التعليم أو التدريب؟");
        await reader.ClickButtonAsync("متابعة");
        Assert.Equal(["اختر إن كنت في التعليم أو التدريب"], await reader.ErrorSummaryAsync());
        await reader.CheckAsync("نعم");
        await reader.ClickButtonAsync("متابعة");

        await reader.ExpectHeadingAsync("راجع إجاباتك");
        await reader.ClickButtonAsync("اعرف ما يمكنك الحصول عليه");
        await reader.ExpectHeadingAsync("على الأرجح أنت من مغادري الرعاية من فئة «former relevant»");
        Assert.Equal("rtl", await reader.Page.Locator("html").GetAttributeAsync("dir"));
        Assert.Empty(await AxeScan.ViolationsOfCopyAsync(scanner, await reader.Page.ContentAsync()));
        await reader.ClickLinkAsync("منحة التعليم العالي بقيمة 2,000 جنيه إسترليني");
        await reader.ExpectHeadingAsync("منحة التعليم العالي والذهاب إلى الجامعة");
    }

    [Fact]
    public async Task ATranslatedLocalOfferPage_PassesAxe_InEveryLanguage()
    {
        await using var journey = await Journey.StartAsync(javaScript: true);
        foreach (var (code, heading) in new[]
        {
            ("pl", "Pieniądze na urządzenie mieszkania"),
            ("lt", "Išmoka namams įsirengti"),
            ("ro", "Alocația pentru amenajarea locuinței"),
            ("pt", "Subsídio para montar casa"),
            ("ur", "گھر بسانے کا الاؤنس"),
            ("ar", "منحة تجهيز المنزل"),
        })
        {
            await journey.GoToAsync($"/care-leavers/money/setting-up-home-allowance?lang={code}");
            await journey.ExpectHeadingAsync(heading);
            Assert.Equal(code, await journey.Page.Locator("html").GetAttributeAsync("lang"));
            var violations = await AxeScan.ViolationsAsync(journey.Page);
            Assert.True(violations.Count == 0, $"{code}:\n" + string.Join("\n", violations));
        }
    }
}
