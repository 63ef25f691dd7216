namespace Voice.Data.CareLeavers;

/// <summary>
/// Plain-language intent for the local offer search: the words care leavers type, and the words
/// the offer's pages use for the same thing. A vague word ("live") counts for less than what it
/// stands for, so "where can I live" finds getting your own home, Staying Put and supported
/// lodgings before "If you live outside Northfield". Phrases are matched on the whole query.
/// Checked by the relevance set in tests/Voice.Tests/CareLeavers/SearchRelevance.txt.
/// </summary>
public static class SearchSynonyms
{
    /// <summary>A word (as typed, lower case) or a phrase, what it also means, and how much the word itself counts.</summary>
    public sealed record Entry(string[] Means, double Self = 1.0);

    public static readonly IReadOnlyDictionary<string, Entry> Words = new Dictionary<string, Entry>(StringComparer.Ordinal)
    {
        ["live"] = new(["home", "housing", "accommodation", "staying", "lodgings", "tenancy"], 0.4),
        ["living"] = new(["home", "housing", "accommodation", "staying", "lodgings"], 0.6),
        ["flat"] = new(["home", "housing", "tenancy", "accommodation"]),
        ["house"] = new(["home", "housing", "tenancy"]),
        ["housing"] = new(["home", "accommodation", "tenancy"]),
        ["rent"] = new(["tenancy", "housing", "home"]),
        ["move"] = new(["home", "moving"], 0.7),
        ["homeless"] = new(["homeless", "emergency"]),
        ["university"] = new(["bursary", "higher"]),
        ["uni"] = new(["university", "bursary", "higher"]),
        ["degree"] = new(["university", "higher"]),
        ["college"] = new(["bursary", "education"]),
        ["school"] = new(["education", "college"]),
        ["money"] = new(["bursary", "allowance", "grant", "benefits", "payment"]),
        ["cash"] = new(["money", "allowance", "grant", "payment"]),
        ["grant"] = new(["bursary", "allowance"]),
        ["broke"] = new(["emergency", "money"]),
        ["skint"] = new(["emergency", "money"]),
        ["job"] = new(["jobs", "work", "apprenticeships", "employment"]),
        ["jobs"] = new(["work", "apprenticeships", "employment"]),
        ["work"] = new(["jobs", "apprenticeships"]),
        ["doctor"] = new(["gp", "doctors"]),
        ["gp"] = new(["doctors"]),
        ["teeth"] = new(["dentist", "dentists"]),
        ["dentist"] = new(["dentists"]),
        ["depressed"] = new(["mental", "feelings"]),
        ["anxiety"] = new(["mental", "feelings"]),
        ["counselling"] = new(["mental", "feelings"]),
        ["therapy"] = new(["mental", "feelings"]),
        ["pregnant"] = new(["parent", "baby"]),
        ["baby"] = new(["parent"]),
        ["passport"] = new(["id", "documents"]),
        ["id"] = new(["documents", "passport"]),
        ["prison"] = new(["custody"]),
        ["jail"] = new(["custody"]),
        ["vote"] = new(["voting"]),
        ["complain"] = new(["complaint"]),
        ["unhappy"] = new(["complaint"]),
        ["worker"] = new(["adviser", "personal"], 0.7),
        ["pa"] = new(["personal", "adviser"]),
        ["file"] = new(["records"]),
        ["holidays"] = new(["vacation", "holidays"]),
        ["gym"] = new(["leisure"]),
        ["bus"] = new(["travel"]),
        ["mum"] = new(["family"]),
        ["dad"] = new(["family"]),
        ["brother"] = new(["family"]),
        ["sister"] = new(["family"]),
        ["furniture"] = new(["setting", "allowance"]),
        ["bills"] = new(["council", "tax", "budgeting"]),
    };

    /// <summary>Phrases found anywhere in the query; their meaning joins the first word's.</summary>
    public static readonly IReadOnlyDictionary<string, Entry> Phrases = new Dictionary<string, Entry>(StringComparer.Ordinal)
    {
        ["foster carer"] = new(["staying", "put"]),
        ["stay with"] = new(["staying", "put"]),
        ["kicked out"] = new(["homeless"]),
        ["nowhere to"] = new(["homeless"]),
        ["birth certificate"] = new(["documents", "id"]),
        ["bank account"] = new(["bank", "budgeting"]),
        ["health history"] = new(["health", "history"]),
        ["medical records"] = new(["health", "history"]),
        ["speak up"] = new(["advocate"]),
        ["help me say"] = new(["advocate"]),
    };
}
