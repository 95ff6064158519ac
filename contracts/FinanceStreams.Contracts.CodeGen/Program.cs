namespace FinanceStreams.Contracts.CodeGen;

/// <summary>Command line: <c>FinanceStreams.Contracts.CodeGen &lt;avro-dir&gt; &lt;output-dir&gt;</c>.</summary>
public static class Program
{
    /// <summary>Generates the contract types and writes the changed files.</summary>
    /// <returns>0 on success, 1 on a schema error, 2 on bad usage.</returns>
    public static int Main(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        if (args.Length != 2)
        {
            Console.Error.WriteLine("usage: FinanceStreams.Contracts.CodeGen <avro-dir> <output-dir>");
            return 2;
        }

        try
        {
            var files = ContractGenerator.Generate(args[0]);
            var changed = GeneratedDirectory.Sync(args[1], files);
            Console.WriteLine($"FinanceStreams.Contracts.CodeGen: {files.Count} files, {changed} written or removed.");
            return 0;
        }
        catch (Avro.AvroException ex)
        {
            Console.Error.WriteLine($"error: {ex.Message}");
            return 1;
        }
    }
}
