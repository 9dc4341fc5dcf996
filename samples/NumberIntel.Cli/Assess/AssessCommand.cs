using System.CommandLine;
using System.CommandLine.Parsing;
using NumberIntel.Cli.Output;
using NumberIntel.Client;
using NumberIntel.Client.PhoneNumbers;

namespace NumberIntel.Cli.Assess;

/// <summary>The <c>assess</c> command: its arguments, options, validation and action.</summary>
internal static class AssessCommand
{
    public static Command Create(CliStreams io)
    {
        var numbers = new Argument<string[]>("NUMBER")
        {
            Description = "Numbers to assess, as people type them (+385 91 234 5678, 00385912345678, or national with --region).",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var input = new Option<string?>("--input", "-i")
        {
            Description = "Read numbers from FILE, one per line (- for standard input). Every line gets exactly one result, in order; blank and garbage lines come out as invalid.",
            HelpName = "FILE|-",
        };
        var format = new Option<string?>("--format", "-f")
        {
            Description = "Output format. Default: table when standard output is a terminal, otherwise jsonl (with --output: by the file's extension, .csv → csv, else jsonl).",
            HelpName = "table|jsonl|csv",
        };
        format.AcceptOnlyFromAmong("table", "jsonl", "csv");
        var vendors = new Option<string?>("--vendors")
        {
            Description = "Which vendors to ask: both (default; the lower label wins), bind, ipqs, or cascade (the second only when the first is not conclusive). Overrides NumberIntel:Vendors.",
            HelpName = "both|bind|ipqs|cascade",
        };
        vendors.AcceptOnlyFromAmong("both", "bind", "ipqs", "cascade");
        var region = new Option<string?>("--region", "-r")
        {
            Description = "ISO 3166-1 alpha-2 region for national-format numbers, e.g. HR for 091 234 5678. Overrides NumberIntel:DefaultRegion.",
            HelpName = "CC",
        };
        region.Validators.Add(result =>
        {
            var value = result.GetValueOrDefault<string?>();
            if (value is not null && !PhoneNumberParser.IsSupportedRegion(value))
            {
                result.AddError($"--region must be an ISO 3166-1 alpha-2 region such as HR or US; '{value}' is not one.");
            }
        });
        var output = new Option<string?>("--output", "-o")
        {
            Description = "Write results to FILE instead of standard output.",
            HelpName = "FILE",
        };
        var set = new Option<string[]>("--set")
        {
            Description = "Set a configuration value for this run, e.g. --set NumberIntel:MaxConcurrency=8 (repeatable; wins over appsettings.json and environment variables). Prefer environment variables or user secrets for API keys.",
            HelpName = "KEY=VALUE",
            Arity = ArgumentArity.ZeroOrMore,
        };
        set.Validators.Add(result =>
        {
            foreach (var pair in result.GetValueOrDefault<string[]>() ?? [])
            {
                if (pair.IndexOf('=', StringComparison.Ordinal) <= 0)
                {
                    result.AddError($"--set expects KEY=VALUE, e.g. NumberIntel:MaxConcurrency=8; '{pair}' has no '='.");
                }
            }
        });
        var noProgress = new Option<bool>("--no-progress")
        {
            Description = "Do not show the progress bar (it is only shown when standard error is a terminal and results go to a file or a pipe).",
        };
        var explain = new Option<bool>("--explain")
        {
            Description = "Show every step of the confidence pipeline, in every format. Without it the table shows only the steps that lowered a label, and JSON Lines and CSV carry a short 'reasons' field.",
        };
        var resume = new Option<bool>("--resume")
        {
            Description = "Continue an interrupted run: with --output FILE, skip the inputs FILE already holds (a torn last line is rewritten), append the rest, and buy nothing already written.",
        };
        var column = new Option<string?>("--column", "-c")
        {
            Description = "Read --input as a CSV export (a CRM's lead list) and assess this column: a header name or a 1-based index. Delimiter (, ; tab), header and BOM are detected; CSV output keeps every original column and appends the results.",
            HelpName = "NAME|N",
        };
        var verbose = new Option<bool>("--verbose", "-v")
        {
            Description = "Log the SDK's informational messages (retries, throttling) to standard error.",
        };

        var command = new Command(
            "assess",
            "Assess phone numbers: a confidence label (verified, likely, uncertain, low, invalid) with its score, line type, carrier, country and the reasons.")
        {
            numbers, input, format, vendors, region, output, set, explain, resume, column, noProgress, verbose,
        };

        command.Validators.Add(result =>
        {
            var given = result.GetValue(numbers) ?? [];
            var file = result.GetValue(input);
            if (given.FirstOrDefault(static n => n.StartsWith('-')) is { } unknown)
            {
                result.AddError($"Unknown option '{unknown}'."); // a number never starts with '-'
            }
            else if (given.Length == 0 && file is null)
            {
                result.AddError("Give one or more NUMBERs, or --input FILE (- for standard input).");
            }
            else if (given.Length > 0 && file is not null)
            {
                result.AddError("Give NUMBERs or --input, not both.");
            }
            else if (file is not null && file != "-" && !File.Exists(file))
            {
                result.AddError($"--input: the file '{file}' does not exist.");
            }
            else if (result.GetValue(resume) && result.GetValue(output) is null or "-")
            {
                result.AddError("--resume needs --output FILE: the output file is what the run continues.");
            }
            else if (result.GetValue(column) is not null && file is null)
            {
                result.AddError("--column needs --input FILE (a CSV export).");
            }
        });

        command.SetAction((parseResult, cancellationToken) =>
        {
            var settings = new AssessSettings
            {
                Numbers = parseResult.GetValue(numbers) ?? [],
                Input = parseResult.GetValue(input),
                Format = OutputFormats.Parse(parseResult.GetValue(format)),
                Vendors = ParseVendors(parseResult.GetValue(vendors)),
                Region = parseResult.GetValue(region)?.ToUpperInvariant(),
                Output = parseResult.GetValue(output),
                ConfigurationValues = ParsePairs(parseResult.GetValue(set) ?? []),
                NoProgress = parseResult.GetValue(noProgress),
                Verbose = parseResult.GetValue(verbose),
                Explain = parseResult.GetValue(explain),
                Resume = parseResult.GetValue(resume),
                Column = parseResult.GetValue(column),
            };
            return AssessRunner.RunAsync(settings, io, cancellationToken);
        });
        return command;
    }

    private static VendorStrategy? ParseVendors(string? value) => value switch
    {
        null => null,
        "both" => VendorStrategy.Both,
        "bind" => VendorStrategy.BindOnly,
        "ipqs" => VendorStrategy.IpqsOnly,
        "cascade" => VendorStrategy.Cascade,
        _ => throw new ArgumentOutOfRangeException(nameof(value), value, "Not a vendor strategy."),
    };

    private static List<KeyValuePair<string, string?>> ParsePairs(string[] pairs)
    {
        var list = new List<KeyValuePair<string, string?>>(pairs.Length);
        foreach (var pair in pairs)
        {
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            list.Add(new(pair[..equals].Trim(), pair[(equals + 1)..]));
        }

        return list;
    }
}
