#:project ../tests/ReportMiner.TestSupport/ReportMiner.TestSupport.csproj
// Writes the hostile corpus (damaged, disguised and pathological files) into a folder:
//   dotnet run tools/hostile-corpus.cs -- OUT_DIR
// then, e.g.: ./reportminer import -- OUT_DIR --db /tmp/hostile.db   (every file must fail cleanly or import)
using ReportMiner.TestSupport.Hostile;

if (args.Length != 1)
{
    Console.Error.WriteLine("usage: dotnet run tools/hostile-corpus.cs -- OUT_DIR");
    return 2;
}
foreach (var file in HostileCorpus.Write(args[0])) Console.WriteLine($"{Path.GetFileName(file.Path)}\t{file.Case}");
return 0;
