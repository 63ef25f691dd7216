using System.Globalization;
using System.Net.Mail;
using CsvHelper;

namespace Voice.Data.Feedback.Views;

/// <summary>One good row of a bulk invitation file. <see cref="RowNumber"/> is the row as a spreadsheet shows it (the header is row 1).</summary>
public sealed record BulkInvitationRow(
    int RowNumber, string CaseReference, string ContactEmail, string QuestionnaireId, DateOnly EventDate, string Team, string PractitionerEmail);

/// <summary>Why one row cannot be imported.</summary>
public sealed record BulkRowProblem(int RowNumber, string Reason);

/// <summary>What the checks found. Nothing may be imported unless <see cref="IsValid"/>.</summary>
public sealed record BulkInvitationCheck(IReadOnlyList<BulkInvitationRow> Rows, IReadOnlyList<BulkRowProblem> Problems, string? FileProblem)
{
    public bool IsValid => FileProblem is null && Problems.Count == 0 && Rows.Count > 0;

    /// <summary>The problems row by row, in file order.</summary>
    public IReadOnlyList<(int RowNumber, IReadOnlyList<string> Reasons)> ByRow =>
        [.. Problems.GroupBy(p => p.RowNumber).OrderBy(g => g.Key).Select(g => (g.Key, (IReadOnlyList<string>)[.. g.Select(p => p.Reason)]))];

    public static BulkInvitationCheck OfFile(string problem) => new([], [], problem);
}

/// <summary>
/// What the checks need to know about the world, given by the caller so the rules stay pure:
/// which questionnaires may be sent in bulk, which staff accounts may be named as the
/// practitioner, today's date, and which invitations already exist.
/// </summary>
public sealed record BulkInvitationContext(
    IReadOnlySet<string> BulkQuestionnaires,
    IReadOnlySet<string> OtherQuestionnaires,
    IReadOnlySet<string> PractitionerEmails,
    DateOnly Today,
    IReadOnlySet<BulkInvitationKey>? AlreadyInvited = null);

/// <summary>What makes two rows (or a row and an earlier upload) the same invitation.</summary>
public readonly record struct BulkInvitationKey(string CaseReference, string ContactEmail, string QuestionnaireId, DateOnly EventDate)
{
    public static BulkInvitationKey Of(string caseReference, string contactEmail, string questionnaireId, DateOnly eventDate) =>
        new(caseReference.Trim().ToUpperInvariant(), contactEmail.Trim().ToLowerInvariant(), questionnaireId.Trim(), eventDate);
}

/// <summary>
/// Reads and checks the performance team's CSV of journey-point invitations: case reference,
/// contact email, questionnaire id, event date (YYYY-MM-DD or DD/MM/YYYY), team, practitioner
/// email, under a header row. Every bad row is reported with every reason; the file is good
/// only when every row is.
/// </summary>
public static class BulkInvitationCsv
{
    public const int MaxRows = 5000;
    public const int MaxFileBytes = 500_000;
    public const int CaseReferenceMax = 50;
    public const int TeamMax = 100;
    public const int EmailMax = 256;
    /// <summary>A journey point more than this long ago is too old to ask about.</summary>
    public const int MaxDaysAgo = 365;
    /// <summary>An event date further ahead than this is a mistake.</summary>
    public const int MaxDaysAhead = 365;

    public enum Column { CaseReference, ContactEmail, QuestionnaireId, EventDate, Team, PractitionerEmail }

    static readonly (Column Column, string Label, string[] Names)[] Columns =
    [
        (Column.CaseReference, "case reference", ["casereference", "caseref", "case"]),
        (Column.ContactEmail, "contact email", ["contactemail", "email", "contactemailaddress"]),
        (Column.QuestionnaireId, "questionnaire id", ["questionnaireid", "questionnaire"]),
        (Column.EventDate, "event date", ["eventdate", "date"]),
        (Column.Team, "team", ["team"]),
        (Column.PractitionerEmail, "practitioner email", ["practitioneremail", "practitioner", "practitioneremailaddress"]),
    ];

    public static string ExpectedHeader => string.Join(", ", Columns.Select(c => c.Label));

    static readonly string[] DateFormats = ["yyyy-MM-dd", "dd/MM/yyyy", "d/M/yyyy"];

    public static BulkInvitationCheck Read(TextReader reader, BulkInvitationContext context)
    {
        var malformed = new HashSet<long>();
        var options = UploadedCsv.Options(malformed);
        using var csv = CsvReader.Create(reader, options, leaveOpen: true);
        csv.ReadHeader();
        var header = csv.Headers;
        if (header.Count == 0 || header.All(string.IsNullOrWhiteSpace)) return BulkInvitationCheck.OfFile("The file is empty");
        var positions = new Dictionary<Column, int>();
        for (var i = 0; i < header.Count; i++)
        {
            var name = new string(header[i].ToLowerInvariant().Where(char.IsLetter).ToArray());
            foreach (var (column, _, names) in Columns)
                if (names.Contains(name) && !positions.ContainsKey(column)) positions[column] = i;
        }
        var missing = Columns.Where(c => !positions.ContainsKey(c.Column)).Select(c => c.Label).ToList();
        if (missing.Count > 0)
            return BulkInvitationCheck.OfFile(
                $"The first row must name the columns: {ExpectedHeader}. Missing: {string.Join(", ", missing)}");

        var rows = new List<BulkInvitationRow>();
        var problems = new List<BulkRowProblem>();
        var seen = new Dictionary<BulkInvitationKey, int>();
        var count = 0;
        while (csv.Read())
        {
            var record = Enumerable.Range(0, csv.FieldCount).Select(i => csv.GetString(i) ?? "").ToArray();
            if (record.All(string.IsNullOrWhiteSpace)) continue;
            if (++count > MaxRows) return BulkInvitationCheck.OfFile($"The file has more than {MaxRows} rows. Split it into smaller files");
            // The header is row 1, as a spreadsheet shows it.
            var rowNumber = (int)csv.RowNumber + 1;
            string Field(Column c) => positions[c] < record.Length ? record[positions[c]].Trim() : "";
            var before = problems.Count;
            void Problem(string reason) => problems.Add(new BulkRowProblem(rowNumber, reason));

            if (malformed.Contains(rowNumber)) Problem("The row has a stray quote mark; check the quotes in it");
            var caseReference = Field(Column.CaseReference);
            var contactEmail = Field(Column.ContactEmail);
            var questionnaireId = Field(Column.QuestionnaireId);
            var eventDateText = Field(Column.EventDate);
            var team = Field(Column.Team);
            var practitionerEmail = Field(Column.PractitionerEmail);

            if (caseReference.Length == 0) Problem("Case reference is missing");
            else if (caseReference.Length > CaseReferenceMax) Problem($"Case reference must be {CaseReferenceMax} characters or fewer");

            if (contactEmail.Length == 0) Problem("Contact email is missing");
            else if (!IsEmail(contactEmail)) Problem($"Contact email \"{contactEmail}\" is not a valid email address");

            if (questionnaireId.Length == 0) Problem("Questionnaire id is missing");
            else if (context.OtherQuestionnaires.Contains(questionnaireId))
                Problem($"Questionnaire \"{questionnaireId}\" is not for journey points; invite young people to reviews one at a time");
            else if (!context.BulkQuestionnaires.Contains(questionnaireId)) Problem($"Unknown questionnaire \"{questionnaireId}\"");

            DateOnly? eventDate = null;
            if (eventDateText.Length == 0) Problem("Event date is missing");
            else if (!DateOnly.TryParseExact(eventDateText, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
                Problem($"Event date \"{eventDateText}\" must be a real date written as YYYY-MM-DD or DD/MM/YYYY");
            else if (parsed > context.Today.AddDays(MaxDaysAhead)) Problem($"Event date {parsed:yyyy-MM-dd} is more than a year in the future");
            else if (parsed < context.Today.AddDays(-MaxDaysAgo)) Problem($"Event date {parsed:yyyy-MM-dd} is more than a year ago");
            else eventDate = parsed;

            if (team.Length == 0) Problem("Team is missing");
            else if (team.Length > TeamMax) Problem($"Team must be {TeamMax} characters or fewer");

            if (practitionerEmail.Length == 0) Problem("Practitioner email is missing");
            else if (!context.PractitionerEmails.Contains(practitionerEmail.ToLowerInvariant()))
                Problem($"Practitioner \"{practitionerEmail}\" is not a practitioner's staff account");

            if (problems.Count > before || eventDate is null) continue;
            var key = BulkInvitationKey.Of(caseReference, contactEmail, questionnaireId, eventDate.Value);
            if (seen.TryGetValue(key, out var first)) { Problem($"Duplicate of row {first}"); continue; }
            seen[key] = rowNumber;
            if (context.AlreadyInvited?.Contains(key) == true) { Problem("Already invited in an earlier upload"); continue; }
            rows.Add(new BulkInvitationRow(rowNumber, caseReference, contactEmail, questionnaireId, eventDate.Value, team, practitionerEmail));
        }
        if (count == 0) return BulkInvitationCheck.OfFile("The file has a header row but no invitations");
        return new BulkInvitationCheck(rows, problems, null);
    }

    /// <summary>A single plain address (no display name), with a dot in the domain.</summary>
    public static bool IsEmail(string text) =>
        text.Length <= EmailMax
        && MailAddress.TryCreate(text, out var address)
        && address.Address == text
        && address.DisplayName.Length == 0
        && address.Host.Contains('.')
        && !address.Host.StartsWith('.') && !address.Host.EndsWith('.');
}
