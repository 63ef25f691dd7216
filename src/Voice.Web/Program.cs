using Voice.Web;

if (await Commands.TryRunAsync(args)) return;
var app = VoiceApp.Create(args);
await app.RunAsync();

public partial class Program;
