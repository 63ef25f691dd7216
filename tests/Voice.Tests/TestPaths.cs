namespace Voice.Tests;

/// <summary>Where the repository's folders are, found by walking up to Voice.sln.</summary>
public static class TestPaths
{
    public static string RepoRoot { get; } = FindRepoRoot();
    public static string Content => Path.Combine(RepoRoot, "content");

    /// <summary>A throwaway copy of content/, for tests that change content files.</summary>
    public static string CopyOfContent()
    {
        var copy = Directory.CreateTempSubdirectory("voice-content-").FullName;
        foreach (var file in Directory.GetFiles(Content, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(copy, Path.GetRelativePath(Content, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
        return copy;
    }

    static string FindRepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Voice.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("Voice.sln not found above " + AppContext.BaseDirectory);
    }
}
