namespace NumberIntel.Cli.Output;

/// <summary>What the writers put in each record besides the fixed fields.</summary>
/// <param name="Explain">Every diagnostics step (<c>--explain</c>) instead of only the short <c>reasons</c> codes.</param>
/// <param name="CrmHeader">The column names of a CRM CSV input (null for one-number-per-line input).</param>
/// <param name="Delimiter">The CSV output's delimiter (a CRM export's own; otherwise a comma).</param>
/// <param name="HeaderWritten">The output already holds its header (<c>--resume</c>).</param>
internal sealed record OutputShape(bool Explain, IReadOnlyList<string>? CrmHeader = null, char Delimiter = ',', bool HeaderWritten = false);
