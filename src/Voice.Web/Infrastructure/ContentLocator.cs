namespace Voice.Web.Infrastructure;

/// <summary>Finds the council-editable content folder.</summary>
public static class ContentLocator
{
    public static string Find(string contentRoot, string? configured)
    {
        if (!string.IsNullOrWhiteSpace(configured))
            return Path.GetFullPath(Path.Combine(contentRoot, configured));
        for (var dir = new DirectoryInfo(contentRoot); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "content");
            if (Directory.Exists(candidate)) return candidate;
        }
        return Path.Combine(contentRoot, "content");
    }
}
