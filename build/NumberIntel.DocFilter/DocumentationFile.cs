using System.Xml.Linq;

namespace NumberIntel.DocFilter;

/// <summary>Rewrites a compiler-generated XML documentation file, keeping the members a user can see.</summary>
internal static class DocumentationFile
{
    /// <summary>
    /// Removes from the file at <paramref name="path"/> every <c>member</c> whose documentation ID names no visible type
    /// or member of <paramref name="api"/>; the file is rewritten in place only when something was removed.
    /// </summary>
    public static (int Kept, int Removed) KeepVisible(string path, VisibleApi api)
    {
        var document = XDocument.Load(path, LoadOptions.PreserveWhitespace);
        var members = document.Root?.Element("members")?.Elements("member").ToList() ?? [];
        var removed = 0;
        foreach (var member in members)
        {
            var id = (string?)member.Attribute("name");
            if (id is not null && IsVisible(id, api))
            {
                continue;
            }

            // The indentation before the element goes with it.
            if (member.PreviousNode is XText whitespace && string.IsNullOrWhiteSpace(whitespace.Value))
            {
                whitespace.Remove();
            }

            member.Remove();
            removed++;
        }

        if (removed > 0)
        {
            document.Save(path, SaveOptions.DisableFormatting);
        }

        return (members.Count - removed, removed);
    }

    /// <summary>Whether a documentation ID (<c>T:</c>, <c>M:</c>, <c>P:</c>, <c>F:</c>, <c>E:</c>, <c>N:</c>) names something visible.</summary>
    public static bool IsVisible(string id, VisibleApi api)
    {
        if (id.Length < 3 || id[1] != ':')
        {
            return false;
        }

        var kind = id[0];
        var rest = id[2..];
        if (kind == 'N')
        {
            return true;
        }

        if (kind == 'T')
        {
            return api.HasType(rest);
        }

        // Conversion operators end with "~ReturnType"; parameters are in parentheses.
        var tilde = rest.IndexOf('~', StringComparison.Ordinal);
        var open = rest.IndexOf('(', StringComparison.Ordinal);
        var parameters = open < 0 ? 0 : CountParameters(rest.AsSpan(open + 1, (tilde > open ? tilde : rest.Length) - open - 1));
        var head = open >= 0 ? rest[..open] : tilde >= 0 ? rest[..tilde] : rest;

        var dot = head.LastIndexOf('.');
        if (dot <= 0)
        {
            return false;
        }

        var typeName = head[..dot];
        var memberName = head[(dot + 1)..];
        var arity = 0;
        var generic = memberName.IndexOf("``", StringComparison.Ordinal);
        if (generic >= 0)
        {
            arity = int.Parse(memberName.AsSpan(generic + 2), System.Globalization.CultureInfo.InvariantCulture);
            memberName = memberName[..generic];
        }

        return api.HasType(typeName) && api.HasMember(kind, typeName, memberName, arity, parameters);
    }

    // "System.String,System.Collections.Generic.IList{System.Int32},System.Int32[0:,0:]" has three parameters:
    // commas inside {} and [] do not separate parameters. The text ends at the closing parenthesis.
    private static int CountParameters(ReadOnlySpan<char> text)
    {
        var close = text.LastIndexOf(')');
        if (close >= 0)
        {
            text = text[..close];
        }

        if (text.IsWhiteSpace())
        {
            return 0;
        }

        var count = 1;
        var depth = 0;
        foreach (var c in text)
        {
            switch (c)
            {
                case '{' or '[':
                    depth++;
                    break;
                case '}' or ']':
                    depth--;
                    break;
                case ',' when depth == 0:
                    count++;
                    break;
            }
        }

        return count;
    }
}
