using ReportMiner.Extraction.Pipeline;

namespace ReportMiner.Extraction.CellRuns;

/// <summary>The readers that rebuild tables from text, each owning its own block of (negative) table numbers.</summary>
internal enum RebuiltTableReader
{
    SpacedTableDump,
    CellRunTables,
    GluedMoneyRows,
    MoneyCellRows,
    GluedIndicatorRows,
    ListingCellRows,
    SpacedMoneyRows,
    SpacedListingRows,
    SlottedSpacedRows,
    GluedTargetRows,
    SpacedLabelAmountRows,
    GluedScoreRows,
    GluedPointsScoreRows,
}

/// <summary>
/// The one place that hands out numbers to tables rebuilt from text. Real tables number from zero up; every reader
/// numbers its rebuilt tables down from the top of its own block below zero, so two readers never give one number to
/// different tables (rules group rows by table number, and a shared number would join two tables into one).
/// </summary>
internal static class RebuiltTableNumbers
{
    /// <summary>Far more tables than one document holds; a reader that rebuilds more gives the rest its block's last
    /// number, joining them with each other but never with another reader's tables.</summary>
    internal const int BlockSize = 1_000_000;

    /// <summary>The dump reader gives all its tables of a document one number (its rows are grouped as one table by
    /// the rules that read them; numbering them apart is a rule change, not a bookkeeping one).</summary>
    private const int DumpBlockSize = 1;

    public static int Number(RebuiltTableReader reader, int table)
    {
        var (first, size) = Block(reader);
        return first - Math.Clamp(table, 0, size - 1);
    }

    /// <summary>The highest number of the reader's block and how many numbers it holds, counting down.</summary>
    internal static (int First, int Size) Block(RebuiltTableReader reader) =>
        reader == RebuiltTableReader.SpacedTableDump ? (-1, DumpBlockSize) : (-1 - DumpBlockSize - ((int)reader - 1) * BlockSize, BlockSize);
}

/// <summary>One reader's rebuilt tables in one pass over a document, each numbered in turn from the reader's block.</summary>
internal sealed class RebuiltTables(RebuiltTableReader reader)
{
    private int count;

    /// <summary>The rows as the items of the next table.</summary>
    public IEnumerable<DocItem> Next(List<(DocItem Source, string[] Cells)> rows) => CellRunRows.Items(rows, RebuiltTableNumbers.Number(reader, count++));
}
