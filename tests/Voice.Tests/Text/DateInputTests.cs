using Voice.Data.Text;

namespace Voice.Tests.Text;

public class DateInputTests
{
    [Theory]
    [InlineData("11", 11)]
    [InlineData(" 3 ", 3)]
    [InlineData("Nov", 11)]
    [InlineData("nov.", 11)]
    [InlineData("NOVEMBER", 11)]
    [InlineData("November", 11)]
    [InlineData("Sept", 9)]
    [InlineData("sep", 9)]
    [InlineData("jan", 1)]
    [InlineData("Dec", 12)]
    public void Month_AcceptsNumbersAndNames(string text, int month) => Assert.Equal(month, DateInput.Month(text));

    [Theory]
    [InlineData("")]
    [InlineData("0")]
    [InlineData("13")]
    [InlineData("ju")] // June or July?
    [InlineData("Novembre")]
    [InlineData("-1")]
    public void Month_RejectsWhatIsNotAMonth(string text) => Assert.Null(DateInput.Month(text));

    [Fact]
    public void Parse_GivesTheGovUkMessages()
    {
        Assert.Equal((new DateOnly(2026, 11, 5), null), DateInput.Parse("5", "Nov", "2026", "Date of birth"));
        Assert.Equal((new DateOnly(2024, 2, 29), null), DateInput.Parse("29", "february", "2024", "Date of birth"));
        Assert.Equal("Enter date of birth", DateInput.Parse("", " ", null, "Date of birth").Error);
        Assert.Equal("Date of birth must include a month", DateInput.Parse("5", "", "2026", "Date of birth").Error);
        Assert.Equal("Date of birth must include a day and a year", DateInput.Parse("", "Nov", "", "Date of birth").Error);
        Assert.Equal("Date of birth must be a real date", DateInput.Parse("31", "Nov", "2026", "Date of birth").Error);
        Assert.Equal("Date of birth must be a real date", DateInput.Parse("5", "Novembre", "2026", "Date of birth").Error);
        Assert.Equal("Year must include 4 numbers", DateInput.Parse("5", "11", "26", "Date of birth").Error);
    }
}
