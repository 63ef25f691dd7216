using Voice.Data.Analytics.Privacy;

namespace Voice.Tests.Analytics.Privacy;

public class QuoteRedactorTests
{
    static string R(string text, params string[] known) => QuoteRedactor.Redact(text, known);

    [Theory]
    [InlineData("Jordan said I could see my brother more", "[name] said I could see my brother more")]
    [InlineData("Contact with my dad is too short", "Contact with my dad is too short")]
    [InlineData("School is better now. Nobody listens at reviews", "School is better now. Nobody listens at reviews")]
    [InlineData("I told Kayden and he laughed", "I told [name] and he laughed")]
    [InlineData("i only see jordan at weekends", "i only see [name] at weekends")]
    [InlineData("I will get more time with my sister in May", "I will get more time with my sister in May")]
    public void Names_AtSentenceStart_AreToldApartFromOrdinaryCapitalisedWords(string text, string expected) =>
        Assert.Equal(expected, R(text));

    [Theory]
    [InlineData("Mum wants me home and Nan agrees", "Mum wants me home and Nan agrees")]
    [InlineData("Miss Smith helped me with maths", "[name] helped me with maths")]
    [InlineData("I miss my mum", "I miss my mum")]
    [InlineData("Mr. O'Brien and Mrs Patel came to my review", "[name] and [name] came to my review")]
    [InlineData("my social worker is called dele and she is nice", "my social worker is called [name] and she is nice")]
    [InlineData("they called me names", "they called me names")]
    public void FamilyWords_Stay_TitlesAndCuesHideTheName(string text, string expected) => Assert.Equal(expected, R(text));

    [Fact]
    public void KnownNames_AreHiddenInAnyCase_AndPossessives()
    {
        Assert.Equal("[name]'s carer is kind, [name] knows", R("Tallulah-May's carer is kind, tallulah knows", "Tallulah-May Ogunleye"));
        Assert.Equal("I saw [name] at the shop", R("I saw Jordan Smith at the shop"));
    }

    [Theory]
    [InlineData("ring me on 07700 900123 please", "ring me on [phone number] please")]
    [InlineData("my number is +44 7700 900 123", "my number is [phone number]")]
    [InlineData("call 07700900123", "call [phone number]")]
    [InlineData("the office is 0191 498 0000", "the office is [phone number]")]
    [InlineData("Childline is 0800 1111", "Childline is 0800 1111")]
    [InlineData("email me at jo.bloggs+1@example.co.uk", "email me at [email]")]
    [InlineData("see www.example.com/me", "see [link]")]
    public void PhoneNumbersAndEmails(string text, string expected) => Assert.Equal(expected, R(text));

    [Theory]
    [InlineData("I live near NE1 4ST now", "I live near [postcode] now")]
    [InlineData("we moved to sw1a 1aa", "we moved to [postcode]")]
    [InlineData("M1 1AE is my postcode", "[postcode] is my postcode")]
    [InlineData("I live at 12 Acacia Avenue with my nan", "I live at [address] with my nan")]
    [InlineData("flat 3, 14b elm road is cold", "[address] is cold")]
    public void PostcodesAndAddresses(string text, string expected) => Assert.Equal(expected, R(text));

    [Theory]
    [InlineData("my review was on 12/03/2024", "my review was on [date]")]
    [InlineData("since 2024-03-12 nothing", "since [date] nothing")]
    [InlineData("on 3rd March I moved", "on [date] I moved")]
    [InlineData("on the 3rd of March 2025 I moved", "on [date] I moved")]
    [InlineData("it was March 3rd, 2025", "it was [date]")]
    [InlineData("since Monday 5 Feb things are hard", "since [date] things are hard")]
    [InlineData("from the 14th I can see dad", "[date] I can see dad")]
    [InlineData("in June 2023 I changed school", "in [date] I changed school")]
    [InlineData("I like Christmas at my nan's", "I like Christmas at my nan's")]
    public void Dates_InManyForms(string text, string expected) => Assert.Equal(expected, R(text));

    [Theory]
    [InlineData("I go to St Mary's Primary and like it", "I go to [school] and like it")]
    [InlineData("Oakwood High School is ok", "[school] is ok")]
    [InlineData("moving to Northfield Academy scared me", "moving to [school] scared me")]
    [InlineData("St John's C of E Primary is small", "[school] is small")]
    [InlineData("My School is fine and I like school", "My School is fine and I like school")]
    public void SchoolNames(string text, string expected) => Assert.Equal(expected, R(text));

    [Fact]
    public void NhsAndNationalInsuranceNumbers()
    {
        Assert.Equal("my nhs number is [number]", R("my nhs number is 943 476 5919"));
        Assert.Equal("NI [number] for my job", R("NI QQ 12 34 56 C for my job"));
    }

    [Fact]
    public void EmptyText_IsEmpty() => Assert.Equal("", QuoteRedactor.Redact(null));
}
