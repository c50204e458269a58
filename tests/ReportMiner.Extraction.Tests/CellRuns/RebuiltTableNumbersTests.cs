using ReportMiner.Extraction.CellRuns;

namespace ReportMiner.Extraction.Tests.CellRuns;

/// <summary>Every reader that rebuilds tables from text takes its numbers from one registry of blocks below zero.</summary>
public sealed class RebuiltTableNumbersTests
{
    private static readonly RebuiltTableReader[] Readers = Enum.GetValues<RebuiltTableReader>();

    [Fact]
    public void No_two_readers_blocks_of_table_numbers_overlap()
    {
        var blocks = Readers.Select(r => (Reader: r, Low: RebuiltTableNumbers.Block(r).First - RebuiltTableNumbers.Block(r).Size + 1, High: RebuiltTableNumbers.Block(r).First))
            .OrderBy(b => b.Low).ToList();
        for (var k = 1; k < blocks.Count; k++)
            Assert.True(blocks[k - 1].High < blocks[k].Low, $"{blocks[k - 1].Reader} and {blocks[k].Reader} share numbers");
    }

    [Fact]
    public void Every_rebuilt_table_number_is_below_zero_where_no_real_table_is()
    {
        foreach (var reader in Readers)
            Assert.True(RebuiltTableNumbers.Block(reader).First < 0 && RebuiltTableNumbers.Block(reader).First - RebuiltTableNumbers.Block(reader).Size + 1 < 0, reader.ToString());
    }

    [Fact]
    public void A_reader_past_its_block_reuses_its_own_last_number_and_never_another_readers()
    {
        foreach (var reader in Readers)
        {
            var (first, size) = RebuiltTableNumbers.Block(reader);
            Assert.Equal(first, RebuiltTableNumbers.Number(reader, 0));
            Assert.Equal(first - size + 1, RebuiltTableNumbers.Number(reader, int.MaxValue));
        }
    }

    [Fact]
    public void The_money_and_listing_readers_that_once_shared_minus_4000_number_their_first_tables_apart()
    {
        Assert.NotEqual(RebuiltTableNumbers.Number(RebuiltTableReader.SpacedMoneyRows, 0), RebuiltTableNumbers.Number(RebuiltTableReader.ListingCellRows, 0));
        Assert.NotEqual(RebuiltTableNumbers.Number(RebuiltTableReader.SlottedSpacedRows, 0), RebuiltTableNumbers.Number(RebuiltTableReader.ListingCellRows, 0));
    }
}
