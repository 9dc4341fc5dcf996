using NumberIntel.DocFilter;

if (args.Length != 2)
{
    Console.Error.WriteLine("usage: NumberIntel.DocFilter <assembly.dll> <documentation.xml>");
    return 2;
}

var visible = VisibleApi.Read(args[0]);
var (kept, removed) = DocumentationFile.KeepVisible(args[1], visible);
Console.WriteLine($"NumberIntel.DocFilter: {Path.GetFileName(args[1])}: kept {kept} documented members, removed {removed} not visible to users");
return 0;
