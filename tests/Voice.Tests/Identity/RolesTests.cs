using Voice.Data.Identity;

namespace Voice.Tests.Identity;

/// <summary>Role descriptions promise only what exists: "Reads feedback themes and trends" was shown before any such page.</summary>
public class RolesTests
{
    static bool AreaExists(params string[] folders) =>
        folders.Any(f => Directory.Exists(Path.Combine(TestPaths.RepoRoot, "src", "Voice.Web", "Features", f))
                      || Directory.Exists(Path.Combine(TestPaths.RepoRoot, "src", "Voice.Web", "Areas", "Staff", "Pages", f)));

    static string Description(string role) => Roles.All.Single(r => r.Name == role).Description;

    [Fact]
    public void Descriptions_PromiseQualityAndInspectorWork_OnceThoseAreasExist_AndNotBefore()
    {
        string[] qualityWords = ["theme", "trend", "analys"];
        string[] inspectorWords = ["audit", "You said"];
        var quality = AreaExists("Quality");
        var inspections = AreaExists("Inspections", "Inspectors");
        foreach (var (name, _, description) in Roles.All)
        {
            if (!quality) Assert.DoesNotContain(qualityWords, w => description.Contains(w, StringComparison.OrdinalIgnoreCase));
            if (!inspections) Assert.DoesNotContain(inspectorWords, w => description.Contains(w, StringComparison.OrdinalIgnoreCase));
        }
        // And once they exist, the people who use them are told.
        if (quality) Assert.Contains("theme", Description(Roles.QaAnalyst));
        if (inspections) Assert.Contains("audit", Description(Roles.ParticipationOfficer));
    }

    [Fact]
    public void EveryRole_HasAPlainDescription()
    {
        Assert.All(Roles.All, r => Assert.False(string.IsNullOrWhiteSpace(r.Description), r.Name));
        Assert.Contains("bulk", Description(Roles.ParticipationOfficer));
        Assert.Contains("bulk", Description(Roles.QaAnalyst));
    }
}
