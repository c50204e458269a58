using DocumentFormat.OpenXml.Packaging;
using ReportMiner.Store.Exporting;
using ReportMiner.TestSupport;

namespace ReportMiner.Store.Tests;

public sealed class InertTextTests
{
    [Theory]
    [InlineData("=HYPERLINK(\"http://example.invalid\",\"x\")")]
    [InlineData("+1+2")]
    [InlineData("-2+3")]
    [InlineData("@SUM(A1)")]
    [InlineData("\t=1")]
    public void A_text_cell_that_a_spreadsheet_would_evaluate_is_written_as_text(string text)
    {
        var cell = InertText.ForSpreadsheet(text);
        Assert.StartsWith("'", cell);
        Assert.EndsWith(text.TrimStart('\t'), cell);
    }

    [Fact]
    public void Ordinary_text_and_inner_signs_are_left_alone()
    {
        Assert.Equal("≥95%", InertText.ForSpreadsheet("≥95%"));
        Assert.Equal("接通率-月度", InertText.ForSpreadsheet("接通率-月度"));
    }

    [Fact]
    public void Terminal_text_shows_control_characters_as_codes_and_never_raw()
    {
        var text = InertText.ForTerminal("a\u001b]0;owned\u0007b\u009bc\u202ed");
        Assert.DoesNotContain('\u001b', text);
        Assert.DoesNotContain('\u0007', text);
        Assert.DoesNotContain('\u009b', text);
        Assert.DoesNotContain('\u202e', text);
        Assert.Equal("a\\u001b]0;owned\\u0007b\\u009bc\\u202ed", text);
    }

    [Fact]
    public void Terminal_text_shows_the_arabic_letter_mark_as_its_code_and_unicode_line_separators_as_spaces()
    {
        // U+061C is a bidi control like U+202E; U+2028/U+2029 break a line in some terminals and would split a table row.
        Assert.Equal("a\\u061cb c d", InertText.ForTerminal("a\u061cb\u2028c\u2029d"));
    }

    [Fact]
    public void A_control_character_in_a_cell_does_not_stop_the_xlsx_from_being_written_or_read()
    {
        using var dir = new TempDirectory();
        var path = dir.File("x.xlsx");
        var sheet = new Sheet("s", ["name"], [["坏\u0001字符\u001b[31m"], ["lone \ud800 surrogate"]]);
        XlsxWorkbook.Write([sheet], path);
        using var document = SpreadsheetDocument.Open(path, false);
        var texts = document.WorkbookPart!.WorksheetParts.Single().Worksheet.Descendants<DocumentFormat.OpenXml.Spreadsheet.Cell>()
            .Select(c => c.InnerText).ToList();
        Assert.Contains("坏字符[31m", texts);
        Assert.Contains("lone  surrogate", texts);
    }

    [Fact]
    public void A_failed_export_leaves_no_file_behind()
    {
        using var dir = new TempDirectory();
        var path = dir.File("x.csv");
        Assert.Throws<InvalidOperationException>(() => AtomicFile.Write(path, _ => throw new InvalidOperationException("disk full")));
        Assert.Empty(Directory.GetFiles(dir.Path));
    }
}
