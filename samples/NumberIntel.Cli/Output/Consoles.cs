using Spectre.Console;

namespace NumberIntel.Cli.Output;

/// <summary>Creates Spectre.Console consoles over the run's writers (never the global <see cref="AnsiConsole"/>).</summary>
internal static class Consoles
{
    public const int DefaultWidth = 160;

    public static IAnsiConsole Create(TextWriter writer, bool terminal, int? width)
    {
        // The real console is detected; a writer that is "a terminal" only by the caller's word gets ANSI as told.
        var isRealConsole = ReferenceEquals(writer, Console.Out) || ReferenceEquals(writer, Console.Error);
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(writer),
            Ansi = terminal ? (isRealConsole ? AnsiSupport.Detect : AnsiSupport.Yes) : AnsiSupport.No,
            ColorSystem = terminal ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = terminal ? (isRealConsole ? InteractionSupport.Detect : InteractionSupport.Yes) : InteractionSupport.No,
        });

        if (width is { } w)
        {
            console.Profile.Width = w;
        }
        else if (!terminal || !isRealConsole)
        {
            console.Profile.Width = DefaultWidth;
        }

        return console;
    }
}
