using Voice.Data.Feedback.Views;

namespace Voice.Tests.Feedback.Views;

public class BulkInvitationCsvTests
{
    static readonly DateOnly Today = new(2026, 11, 23);
    const string Header = "Case reference,Contact email,Questionnaire id,Event date,Team,Practitioner email";

    static BulkInvitationContext Context(IReadOnlySet<BulkInvitationKey>? already = null) => new(
        new HashSet<string> { "after-assessment", "after-cin-review" },
        new HashSet<string> { "lac-review-11-17" },
        new HashSet<string> { "priya@northfield.example" },
        Today,
        already);

    static BulkInvitationCheck Read(params string[] lines) =>
        BulkInvitationCsv.Read(new StringReader(string.Join("\r\n", lines)), Context());

    [Fact]
    public void GoodFile_GivesEveryRow_WithBothDateFormats()
    {
        var check = Read(Header,
            "C-100,parent.one@example.com,after-assessment,2026-11-20,North assessment,priya@northfield.example",
            "\"C-101\", parent.two@example.com ,after-cin-review,02/11/2026,\"South, CIN\",PRIYA@northfield.example");
        Assert.True(check.IsValid, string.Join("; ", check.Problems));
        Assert.Equal(2, check.Rows.Count);
        Assert.Equal(new BulkInvitationRow(2, "C-100", "parent.one@example.com", "after-assessment", new DateOnly(2026, 11, 20), "North assessment", "priya@northfield.example"), check.Rows[0]);
        Assert.Equal(3, check.Rows[1].RowNumber);
        Assert.Equal(new DateOnly(2026, 11, 2), check.Rows[1].EventDate);
        Assert.Equal("South, CIN", check.Rows[1].Team);
        Assert.Equal("parent.two@example.com", check.Rows[1].ContactEmail);
    }

    [Fact]
    public void EveryBadRow_IsReported_WithEveryReason_AndTheFileIsNotValid()
    {
        var check = Read(Header,
            "C-1,ok@example.com,after-assessment,2026-11-20,Team A,priya@northfield.example",
            "C-2,not-an-email,after-assessment,2026-11-20,Team A,priya@northfield.example",
            "C-3,ok@example.com,no-such-thing,2026-11-20,Team A,priya@northfield.example",
            "C-4,ok@example.com,after-assessment,31/02/2026,Team A,priya@northfield.example",
            "C-5,ok@example.com,after-assessment,2028-01-01,Team A,priya@northfield.example",
            ",,after-assessment,2026-11-20,,priya@northfield.example",
            "C-1,OK@example.com,after-assessment,20/11/2026,Team B,priya@northfield.example",
            "C-8,ok@example.com,after-assessment,2026-11-20,Team A,stranger@example.com",
            "C-9,ok@example.com,lac-review-11-17,2026-11-20,Team A,priya@northfield.example",
            "C-10,ok@example.com,after-assessment,2024-01-01,Team A,priya@northfield.example",
            "C-11,ok@example.com,after-assessment,20-11-2026,Team A,priya@northfield.example");
        Assert.False(check.IsValid);
        Assert.Null(check.FileProblem);
        var byRow = check.ByRow.ToDictionary(r => r.RowNumber, r => r.Reasons);
        Assert.Equal([3, 4, 5, 6, 7, 8, 9, 10, 11, 12], byRow.Keys.Order());
        Assert.Equal(["Contact email \"not-an-email\" is not a valid email address"], byRow[3]);
        Assert.Equal(["Unknown questionnaire \"no-such-thing\""], byRow[4]);
        Assert.Contains("must be a real date", Assert.Single(byRow[5]));
        Assert.Equal(["Event date 2028-01-01 is more than a year in the future"], byRow[6]);
        Assert.Equal(["Case reference is missing", "Contact email is missing", "Team is missing"], byRow[7]);
        Assert.Equal(["Duplicate of row 2"], byRow[8]);
        Assert.Equal(["Practitioner \"stranger@example.com\" is not a practitioner's staff account"], byRow[9]);
        Assert.Contains("not for journey points", Assert.Single(byRow[10]));
        Assert.Equal(["Event date 2024-01-01 is more than a year ago"], byRow[11]);
        Assert.Contains("must be a real date", Assert.Single(byRow[12]));
        Assert.Single(check.Rows);
    }

    [Fact]
    public void RowNumbers_CountBlankLines_AsASpreadsheetDoes_AndEmptyRowsAreIgnored()
    {
        var check = Read(Header,
            "C-1,ok@example.com,after-assessment,2026-11-20,Team A,priya@northfield.example",
            "",
            ",,,,,",
            "C-4,bad,after-assessment,2026-11-20,Team A,priya@northfield.example");
        Assert.Equal(5, Assert.Single(check.ByRow).RowNumber);
        Assert.Single(check.Rows);
    }

    [Fact]
    public void ColumnsMayComeInAnyOrder_AndExtraColumnsAreIgnored()
    {
        var check = Read("Team,Notes,Practitioner email,Event date,Questionnaire,Case reference,Contact email",
            "Team A,anything,priya@northfield.example,2026-11-20,after-assessment,C-1,ok@example.com");
        Assert.True(check.IsValid);
        Assert.Equal("C-1", check.Rows[0].CaseReference);
        Assert.Equal("Team A", check.Rows[0].Team);
    }

    [Theory]
    [InlineData("", "The file is empty")]
    [InlineData("Case reference,Contact email,Team", "Missing: questionnaire id, event date, practitioner email")]
    [InlineData(Header, "The file has a header row but no invitations")]
    public void BadFiles_AreRefusedAsAWhole(string text, string expected)
    {
        var check = BulkInvitationCsv.Read(new StringReader(text), Context());
        Assert.False(check.IsValid);
        Assert.Contains(expected, check.FileProblem);
    }

    [Fact]
    public void TooManyRows_IsAFileProblem()
    {
        var lines = new[] { Header }.Concat(Enumerable.Range(1, BulkInvitationCsv.MaxRows + 1)
            .Select(i => $"C-{i},p{i}@example.com,after-assessment,2026-11-20,Team A,priya@northfield.example"));
        var check = Read([.. lines]);
        Assert.Contains($"more than {BulkInvitationCsv.MaxRows} rows", check.FileProblem);
    }

    [Fact]
    public void AnInvitationFromAnEarlierUpload_IsReported()
    {
        var already = new HashSet<BulkInvitationKey> { BulkInvitationKey.Of("c-1", "OK@example.com", "after-assessment", new DateOnly(2026, 11, 20)) };
        var check = BulkInvitationCsv.Read(new StringReader(Header + "\nC-1,ok@example.com,after-assessment,2026-11-20,Team A,priya@northfield.example"), Context(already));
        Assert.Equal(["Already invited in an earlier upload"], Assert.Single(check.ByRow).Reasons);
    }

    [Fact]
    public void AStrayQuote_IsReportedOnItsRow()
    {
        var check = Read(Header, "C-1,ok@example.com,after-assessment,2026-11-20,Team \"A,priya@northfield.example");
        Assert.Contains("stray quote", Assert.Single(Assert.Single(check.ByRow).Reasons));
    }

    [Theory]
    [InlineData("parent@example.com", true)]
    [InlineData("first.last+tag@council.gov.uk", true)]
    [InlineData("Parent <parent@example.com>", false)]
    [InlineData("parent@localhost", false)]
    [InlineData("parent@@example.com", false)]
    [InlineData("parent example@example.com", false)]
    public void Emails(string text, bool valid) => Assert.Equal(valid, BulkInvitationCsv.IsEmail(text));
}
