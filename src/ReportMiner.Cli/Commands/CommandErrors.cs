using System.Data.Common;
using ReportMiner.Store;

namespace ReportMiner.Cli.Commands;

/// <summary>Runs a command body and turns expected failures into a message and an exit code.</summary>
internal static class CommandErrors
{
    public const int Usage = 2;

    public static int Guard(Func<int> body)
    {
        try
        {
            return body();
        }
        catch (StoreException ex)
        {
            Console.Error.WriteLine($"error: {ex.Message}");
            return Usage;
        }
        catch (FileNotFoundException ex)
        {
            Console.Error.WriteLine($"error: {ex.Message}");
            return Usage;
        }
        catch (DbException ex)
        {
            Console.Error.WriteLine($"error: the store could not be read ({ex.Message}). Is it a ReportMiner store, and not in use by another program?");
            return 1;
        }
        catch (UnauthorizedAccessException ex)
        {
            Console.Error.WriteLine($"error: {ex.Message} Check the permissions, or choose another path.");
            return 1;
        }
        catch (IOException ex)
        {
            Console.Error.WriteLine($"error: {ex.Message}");
            return 1;
        }
    }
}
