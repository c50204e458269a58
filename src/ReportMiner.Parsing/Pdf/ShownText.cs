using UglyToad.PdfPig.Graphics.Operations;
using UglyToad.PdfPig.Graphics.Operations.TextShowing;
using UglyToad.PdfPig.Tokens;

namespace ReportMiner.Parsing.Pdf;

/// <summary>
/// How much text a page's content stream shows, in bytes of character codes (one or two per letter), against
/// which PdfPig's letters can be checked: PdfPig drops every letter of a font it cannot load (a CID font whose
/// font descriptor is missing, dangling or not a dictionary; a composite font without a usable descendant) without
/// saying so, and such a page looks almost empty although its content stream draws a full page of text.
/// Text inside form XObjects is not counted: it only adds letters, so it cannot make a page look short of them.
/// </summary>
public static class ShownText
{
    /// <summary>Pages showing fewer code bytes than this are too short to judge.</summary>
    public const int MinBytes = 16;

    /// <summary>Two-byte codes give one letter per two bytes; fewer than one per four means letters were dropped.</summary>
    public const double MinLettersPerByte = 0.25;

    public static int Bytes(IReadOnlyList<IGraphicsStateOperation> operations)
    {
        var total = 0;
        foreach (var operation in operations)
        {
            total += operation switch
            {
                ShowText t => t.Bytes.Length,
                MoveToNextLineShowText t => t.Bytes.Length,
                MoveToNextLineShowTextWithSpacing t => t.Bytes.Length,
                ShowTextsWithPositioning t => t.Array.Sum(Length),
                _ => 0,
            };
        }
        return total;
    }

    /// <summary>The page draws text of which PdfPig returned too few letters: some fonts were not loaded.</summary>
    public static bool LostLetters(int shownBytes, int letters) =>
        shownBytes >= MinBytes && letters < MinLettersPerByte * shownBytes;

    private static int Length(IToken token) => token switch
    {
        HexToken hex => hex.Memory.Length,
        StringToken text => text.GetBytes().Length,
        _ => 0,
    };
}
