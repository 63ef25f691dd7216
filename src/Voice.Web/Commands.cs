using Microsoft.AspNetCore.Identity;
using Voice.Data.Identity;
using Voice.Web.Features.Accounts;

namespace Voice.Web;

/// <summary>
/// Command-line tasks run with the app's configuration instead of the web server:
/// <c>dotnet run --project src/Voice.Web -- create-admin EMAIL "NAME"</c>, and
/// <c>dotnet run --project src/Voice.Web -- screen-text</c> for content editors testing the
/// safeguarding lexicon (no web host, no database).
/// </summary>
public static class Commands
{
    public static async Task<bool> TryRunAsync(string[] args)
    {
        if (args.Length == 0) return false;
        switch (args[0])
        {
            case "create-admin":
                await CreateAdminAsync(args);
                return true;
            case "themes":
                Environment.ExitCode = await ThemesCommand.RunAsync(args[1..], Console.In, Console.Out, Console.Error);
                return true;
            case "screen-text":
                Environment.ExitCode = ScreenText(args[1..], Console.In, Console.Out, Console.Error);
                return true;
            default:
                return false;
        }
    }

    static async Task CreateAdminAsync(string[] args)
    {
        if (args.Length < 3)
        {
            Console.Error.WriteLine("Usage: create-admin EMAIL \"FULL NAME\"");
            Environment.ExitCode = 2;
            return;
        }
        var app = VoiceApp.Create(args[3..], b => b.Configuration["Voice:Jobs:Enabled"] = "false");
        using var scope = app.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<VoiceUser>>();
        var links = scope.ServiceProvider.GetRequiredService<AccountLinks>();
        var clock = scope.ServiceProvider.GetRequiredService<TimeProvider>();
        var user = await users.FindByEmailAsync(args[1]);
        if (user is null)
        {
            user = new VoiceUser { UserName = args[1], Email = args[1], DisplayName = args[2], CreatedAt = clock.GetUtcNow().UtcDateTime, InvitedBy = "command line" };
            var created = await users.CreateAsync(user);
            if (!created.Succeeded)
            {
                Console.Error.WriteLine(string.Join("; ", created.Errors.Select(e => e.Description)));
                Environment.ExitCode = 1;
                return;
            }
        }
        if (!await users.IsInRoleAsync(user, Roles.Administrator)) await users.AddToRoleAsync(user, Roles.Administrator);
        var token = await users.GeneratePasswordResetTokenAsync(user);
        Console.WriteLine($"Administrator {args[1]} ready. Set a password at:\n{links.AcceptInvite(user.Id, token)}");
    }

    /// <summary>
    /// Screens each line of <paramref name="input"/> with the safeguarding screen (the lexicon and
    /// the semantic signal) and writes one JSON object per line, with <c>flag</c>, <c>signal</c>,
    /// <c>score</c> and <c>why</c>. The lexicon is content/themes/safeguarding.json (found as the app
    /// finds its content: Voice:ContentPath, or the nearest "content" folder above the current
    /// folder or the app), or the file given with <c>--lexicon FILE</c>; the labelled examples are
    /// safeguarding-examples.csv beside it, or <c>--examples FILE</c>. <c>--lexicon-only</c> leaves
    /// the semantic signal out. Returns the exit code.
    /// </summary>
    public static int ScreenText(string[] args, TextReader input, TextWriter output, TextWriter error)
    {
        var config = new ConfigurationBuilder().AddEnvironmentVariables().AddCommandLine(args.Where(a => a.StartsWith("--Voice", StringComparison.Ordinal)).ToArray()).Build();
        var lexicon = Option(args, "--lexicon") ?? LexiconPath(config["Voice:ContentPath"]);
        if (!File.Exists(lexicon))
        {
            error.WriteLine($"No safeguarding lexicon at {lexicon}. Usage: screen-text [--lexicon FILE] [--examples FILE] [--lexicon-only] [--stats] < lines.txt");
            return 2;
        }
        var examples = Option(args, "--examples") ?? Path.Combine(Path.GetDirectoryName(lexicon)!, Features.Safeguarding.SafeguardingSetup.ExamplesFile);
        Voice.Data.Feedback.Safeguarding.SafeguardingScreen screen;
        try
        {
            screen = Voice.Data.Feedback.Safeguarding.SafeguardingScreen.Load(lexicon);
            if (!args.Contains("--lexicon-only"))
            {
                if (!File.Exists(examples))
                {
                    error.WriteLine($"No labelled examples at {examples}. Give --examples FILE, or --lexicon-only.");
                    return 2;
                }
                screen = Voice.Data.Feedback.Safeguarding.SafeguardingScreen.Load(lexicon,
                    Voice.Data.Feedback.Safeguarding.LabelledText.LoadCsv(examples), texts => Voice.Data.Text.Embeddings.SentenceEncoder.Shared.Encode(texts));
                if (args.Contains("--stats") && screen.Semantic!.Current is { } model)
                    error.WriteLine($"Semantic screen: {model.ExampleCount} examples, flags at {model.Threshold:0.00} (validation recall with the lexicon {model.ValidationRecall:0.00}, ordinary flagged {model.ValidationFlagRate:0.00})");
            }
        }
        catch (Voice.Data.Feedback.ContentValidationException e)
        {
            error.WriteLine(e.Message);
            return 1;
        }
        screen.ScreenLines(input, output);
        output.Flush();
        return 0;
    }

    static string? Option(string[] args, string name) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault();

    static string LexiconPath(string? configuredContent)
    {
        foreach (var root in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            var path = Path.Combine(Infrastructure.ContentLocator.Find(root, configuredContent), "themes", "safeguarding.json");
            if (File.Exists(path)) return path;
        }
        return Path.Combine(Infrastructure.ContentLocator.Find(Directory.GetCurrentDirectory(), configuredContent), "themes", "safeguarding.json");
    }
}
