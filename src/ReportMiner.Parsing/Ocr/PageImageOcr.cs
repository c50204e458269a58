using System.Globalization;
using ReportMiner.Parsing.Abstractions;
using ReportMiner.Parsing.Layout;

namespace ReportMiner.Parsing.Ocr;

/// <summary>
/// OCR of greyscale page images: finds each page's table borders, erases them, and recognises each cell and the
/// rest of the page, then cleans the words up. Words and borders share the image's pixels. The pages given together
/// are read in one tesseract run per pass (cells, missed lines, Latin-misread lines), so the language models load
/// once for them all (see <see cref="TesseractBatch"/>).
/// </summary>
public static class PageImageOcr
{
    // Tile numbers of the second and third tesseract runs start here, so every word's tile stays distinct.
    private const int RetryBatch = 100_000;
    private const int RereadBatch = 200_000;

    /// <summary>One page to read: its image and the resolution it was rendered or scanned at.</summary>
    public sealed record PageImage(int PageNumber, GrayImage Image, int Dpi);

    public static PageWords Recognize(GrayImage image, int dpi, int pageNumber, OcrOptions options, string forFile,
        TimeSpan timeout, CancellationToken cancellationToken)
    {
        var result = RecognizePages([new PageImage(pageNumber, image, dpi)], options, forFile, new PageBudgets(timeout), null,
            cancellationToken)[0];
        return result.Words ?? throw result.Error!;
    }

    /// <summary>
    /// Reads the pages, in order; a page whose time ran out or whose run failed comes back as its error.
    /// <paramref name="pageStarted"/> hears each page number as tesseract starts reading its cells.
    /// </summary>
    public static IReadOnlyList<PageOcrResult> RecognizePages(IReadOnlyList<PageImage> pages, OcrOptions options, string forFile,
        PageBudgets budgets, Action<int>? pageStarted, CancellationToken cancellationToken)
    {
        using var workspace = new OcrWorkspace(options.ScratchRoot);
        var work = pages.Select(p => PageWork.Prepare(p, options)).ToList();
        foreach (var (page, found) in Run(work, w => w.Tiles, workspace, "a", options, forFile, budgets, pageStarted, cancellationToken))
            page.Found.AddRange(found);
        if (OtherScript(work, workspace, options, forFile, budgets, cancellationToken) is { } other)
        {
            options = other.Options;
            // The trial's tiles are already read with the other models: only the rest are read again.
            foreach (var page in work) page.Found.Clear();
            var unread = work.ToDictionary(w => w, w => Enumerable.Range(0, w.Tiles.Count)
                .Where(i => !other.Read.TryGetValue(w, out var read) || !read.ContainsKey(i)).ToList());
            foreach (var (page, found) in Run(work, w => unread[w].ConvertAll(i => w.Tiles[i]), workspace, "a", options, forFile, budgets,
                         null, cancellationToken))
                page.Found.AddRange(found.Select(f => f with { Tile = unread[page][f.Tile] }));
            foreach (var page in work.Where(w => w.Error is null))
            {
                var read = other.Read.GetValueOrDefault(page);
                var all = page.Found.Concat(read?.Values.SelectMany(f => f) ?? []).OrderBy(f => f.Tile).ToList();
                page.Found.Clear();
                page.Found.AddRange(all);
            }
        }
        foreach (var page in work.Where(w => w.Error is null))
            page.Retry.AddRange(page.Tiles.Skip(1)
                .SelectMany((t, i) => MissedLineFinder.Find(t, page.Found.Where(w => w.Tile == i + 1).Select(w => w.Word),
                    minHeight: page.Dpi / 16, padding: page.Dpi / 20)));
        // A band of ink is one text line; tesseract's own line finding is what dropped it, so read it raw (psm 13).
        foreach (var (page, found) in Run(work, w => w.Retry, workspace, "b", options with { PageSegmentationMode = 13 },
                     forFile, budgets, null, cancellationToken, lost: "the text lines its first reading missed were not read again"))
            page.Found.AddRange(found);
        RereadLatinLines(work, workspace, options, forFile, budgets, cancellationToken);
        foreach (var page in work.Where(w => w.Error is null)) page.RestoreComparisonSigns();
        return work.Select(w => w.Error is null ? new PageOcrResult(w.PageNumber, w.Words(), null, w.Incomplete.Count > 0 ? w.Incomplete : null)
                : new PageOcrResult(w.PageNumber, null, w.Error))
            .ToList();
    }

    public static IReadOnlyList<PositionedWord> ToPositioned(IReadOnlyList<TsvWord> words, IReadOnlyList<RuleLine> rules) =>
        CjkWordJoiner.Join(ComparisonSignRepair.Repair(KeyIndicatorStars.Strip(PinyinReadings.Strip(words))), rules)
            .Select(w => (Word: w, Text: OcrTextCleaner.Clean(w.Text)))
            .Where(p => p.Text is not null)
            .Select(p => p.Word.ToPositioned() with { Text = p.Text! })
            .ToList();

    /// <summary>
    /// The options reading the document in the other Chinese script, when its first reading is doubtful and the other
    /// models read the wordiest cells with clearly higher confidence (see <see cref="ScriptChoice"/>), with the words
    /// the trial read in each tile it read; otherwise null. A failed trial (the other models not installed) leaves the
    /// first reading alone.
    /// </summary>
    private static (OcrOptions Options, Dictionary<PageWork, Dictionary<int, List<Found>>> Read)? OtherScript(List<PageWork> work,
        OcrWorkspace workspace, OcrOptions options, string forFile, PageBudgets budgets, CancellationToken cancellationToken)
    {
        if (options.OtherScriptLanguages is not { } languages || languages == options.Languages) return null;
        var readable = work.Where(w => w.Error is null).ToList();
        if (!ScriptChoice.WorthTrying(readable.SelectMany(w => w.Found.Select(f => f.Word)))) return null;
        var sample = ScriptChoice.Sample(readable.SelectMany(w => w.Tiles.Select((_, i) =>
            (Image: (Page: w, Tile: i), Words: (IReadOnlyList<TsvWord>)w.Found.Where(f => f.Tile == i).Select(f => f.Word).ToList()))));
        var chosen = sample.GroupBy(s => s.Page).ToDictionary(g => g.Key, g => g.Select(s => s.Tile).ToList());
        var other = options with { Languages = languages };
        // A failed trial loses no text: it is not said as a loss, not retried, and the time it spent goes back to its page,
        // so the passes that read text keep their budgets and second budgets.
        var before = chosen.Keys.ToDictionary(w => w.PageNumber, w => budgets.Remaining(w.PageNumber));
        var trial = Run(work, w => chosen.TryGetValue(w, out var tiles) ? tiles.ConvertAll(i => w.Tiles[i]) : [], workspace, "t", other,
            forFile, budgets, null, cancellationToken, trial: true);
        foreach (var page in chosen.Keys.Where(w => trial.All(t => t.Page != w)))
            budgets.Spend(page.PageNumber, budgets.Remaining(page.PageNumber) - before[page.PageNumber]);
        if (trial.Count == 0) return null;
        var first = trial.SelectMany(t => t.Page.Found.Where(f => chosen[t.Page].Contains(f.Tile)).Select(f => f.Word));
        var second = trial.SelectMany(t => t.Found.Select(f => f.Word));
        if (!ScriptChoice.OtherWins(first, second)) return null;
        // Each trial word's tile is its place in the page's sample; every sampled tile counts as read, words or not.
        var read = trial.ToDictionary(t => t.Page, t => chosen[t.Page].Select((tile, i) => (tile, i))
            .ToDictionary(x => x.tile, x => t.Found.Where(f => f.Tile == x.i).Select(f => f with { Tile = x.tile }).ToList()));
        return (other, read);
    }

    /// <summary>
    /// Reads the lines holding a Latin letter again with the first language model alone (see
    /// <see cref="LatinMisreadLines"/>) and keeps whichever reading of each line reads as more Chinese.
    /// </summary>
    private static void RereadLatinLines(List<PageWork> work, OcrWorkspace workspace, OcrOptions options, string forFile,
        PageBudgets budgets, CancellationToken cancellationToken)
    {
        var primary = options.Languages.Split('+')[0];
        if (primary == options.Languages) return;
        var suspects = work.Where(w => w.Error is null).ToDictionary(w => w, w => w.LatinSuspects());
        var reread = Run(work, w => suspects.TryGetValue(w, out var s) ? s.Select(x => x.Band).ToList() : [], workspace, "c",
                options with { Languages = primary, PageSegmentationMode = 7 }, forFile, budgets, null, cancellationToken,
                lost: "the lines read with Latin letters were not read again with the Chinese model")
            .ToDictionary(r => r.Page, r => r.Found);
        foreach (var (page, lines) in suspects)
        {
            if (page.Error is not null || !reread.TryGetValue(page, out var found)) continue;
            var byBand = found.GroupBy(w => w.Tile - RereadBatch).ToDictionary(g => g.Key, g => g.ToList());
            IEnumerable<Found> result = page.Found.ToList();
            for (var i = 0; i < lines.Count; i++)
            {
                var second = byBand.GetValueOrDefault(i) ?? [];
                if (!LatinMisreadLines.RereadWins(lines[i].Line.Select(w => w.Text), second.Select(w => w.Word.Text))) continue;
                var line = lines[i].Line.ToHashSet();
                var tile = lines[i].Tile;
                // The band is kept only here, so the signs of its words are restored now (see PageWork.RestoreComparisonSigns).
                var signed = ComparisonSignCells.Restore(lines[i].Band.Image, second.ConvertAll(f => f.Word), page.Dpi, isCell: false)
                    .Select((w, k) => second[k] with { Word = w });
                result = result.Where(f => f.Tile != tile || !line.Contains(f.Word)).Concat(signed).ToList();
            }
            page.Found.Clear();
            page.Found.AddRange(result);
        }
    }

    /// <summary>
    /// Recognises each page's images of one pass in one tesseract run per resolution; each word keeps its
    /// tile-relative box, tile and offset. Pages that fail keep their error and drop out of later passes, unless the
    /// pass only adds to a reading (<paramref name="lost"/> says what its failure costs): then the page keeps what it
    /// has, is left out of the pass's result, and notes the loss. A <paramref name="trial"/> adds nothing to the reading:
    /// a page it fails on is left out of its result, without a note and without a second try.
    /// </summary>
    private static List<(PageWork Page, List<Found> Found)> Run(List<PageWork> work, Func<PageWork, IReadOnlyList<OcrTile>> tilesOf,
        OcrWorkspace workspace, string batch, OcrOptions options, string forFile, PageBudgets budgets, Action<int>? pageStarted,
        CancellationToken cancellationToken, string? lost = null, bool trial = false)
    {
        var results = new List<(PageWork, List<Found>)>();
        var offset = batch switch { "a" or "t" => 0, "b" => RetryBatch, _ => RereadBatch };
        foreach (var sameDpi in work.Where(w => w.Error is null).GroupBy(w => w.Dpi))
        {
            var pages = sameDpi.Select(w => (Work: w, Tiles: tilesOf(w))).Where(p => p.Tiles.Count > 0).ToList();
            if (pages.Count == 0) continue;
            var images = pages.Select(p => new TesseractBatch.PageImages(p.Work.PageNumber, p.Tiles.Select((tile, i) =>
            {
                var path = workspace.File(string.Create(CultureInfo.InvariantCulture, $"{batch}{p.Work.PageNumber}-{i}.pgm"));
                PgmCodec.Write(tile.Image, path);
                return path;
            }).ToList())).ToList();
            var outcomes = TesseractBatch.Run(images, sameDpi.Key, options, forFile, budgets, workspace.Path, pageStarted, cancellationToken,
                retry: !trial);
            foreach (var (page, tiles) in pages)
            {
                var outcome = outcomes[page.PageNumber];
                if (outcome.Error is not null)
                {
                    if (trial) continue;
                    if (lost is null) page.Error = outcome.Error;
                    else page.Incomplete.Add($"{lost} ({outcome.Error.Problem})");
                    continue;
                }
                results.Add((page, outcome.Words!.SelectMany(words => words.Select(w =>
                {
                    var index = Math.Clamp(w.Page - 1, 0, tiles.Count - 1);
                    return new Found(w, index + offset, (tiles[index].OffsetX, tiles[index].OffsetY));
                })).ToList()));
            }
        }
        return results;
    }

    /// <summary>A word as tesseract read it in a tile, the tile's number and its offset on the page.</summary>
    private sealed record Found(TsvWord Word, int Tile, (int X, int Y) Offset);

    /// <summary>One page on its way through the passes: its tiles, the bands read again, the words found so far.</summary>
    private sealed class PageWork
    {
        private PageWork(int pageNumber, int dpi, int width, int height, IReadOnlyList<RuleLine> rules, IReadOnlyList<OcrTile> tiles)
        {
            (PageNumber, Dpi, Width, Height, Rules, Tiles) = (pageNumber, dpi, width, height, rules, tiles);
        }

        public int PageNumber { get; }
        public int Dpi { get; }
        public int Width { get; }
        public int Height { get; }
        public IReadOnlyList<RuleLine> Rules { get; }
        public IReadOnlyList<OcrTile> Tiles { get; }
        public List<OcrTile> Retry { get; } = [];
        public List<Found> Found { get; } = [];
        public DocumentParseException? Error { get; set; }
        public List<string> Incomplete { get; } = [];

        public static PageWork Prepare(PageImage page, OcrOptions options)
        {
            var (image, dpi) = (page.Image, page.Dpi);
            var scan = options.DetectRules
                ? RuleLineDetector.Detect(image, RuleDetectionSettings.ForDpi(dpi))
                : new RuleScan([], []);
            var clean = scan.Runs.Count > 0 ? RuleEraser.Erase(image, scan) : image;
            var tiles = options.OcrCellsSeparately && scan.Lines.Count > 0
                ? TileSplitter.Split(clean, CellRegions.Find(clean.Width, clean.Height, scan.Lines, Math.Max(2, dpi / 50), dpi / 30),
                    padding: dpi / 20, minSize: dpi / 12)
                : [new OcrTile(clean, 0, 0)];
            return new PageWork(page.PageNumber, dpi, image.Width, image.Height, scan.Lines, tiles);
        }

        private OcrTile TileOf(int index) => index >= RereadBatch ? throw new InvalidOperationException("A reread band has no tile.")
            : index >= RetryBatch ? Retry[index - RetryBatch] : Tiles[index];

        /// <summary>The lines holding a Latin letter, each with its tile and the band cut out to be read again.</summary>
        public List<(int Tile, IReadOnlyList<TsvWord> Line, OcrTile Band)> LatinSuspects() =>
            Found.GroupBy(f => f.Tile)
                .SelectMany(g => LatinMisreadLines.Find(TileOf(g.Key), g.Select(f => f.Word), reachX: Dpi / 8, reachY: Dpi / 50, padding: Dpi / 20)
                    .Select(band => (Tile: g.Key, band.Line, band.Band)))
                .ToList();

        /// <summary>Restores the comparison signs of the cells and bands read (see <see cref="ComparisonSignCells"/>).</summary>
        public void RestoreComparisonSigns()
        {
            var restored = new List<Found>(Found.Count);
            foreach (var group in Found.GroupBy(f => f.Tile))
            {
                if (group.Key >= RereadBatch) { restored.AddRange(group); continue; }
                var found = group.ToList();
                restored.AddRange(ComparisonSignCells.Restore(TileOf(group.Key).Image, found.ConvertAll(f => f.Word), Dpi, isCell: false)
                    .Select((w, i) => found[i] with { Word = w }));
            }
            var read = Found.Select(f => f.Tile).ToHashSet();
            for (var i = 1; i < Tiles.Count; i++)
            {
                var tile = Tiles[i];
                if (read.Contains(i) || Found.Any(f => Inside(f, tile))) continue;
                restored.AddRange(ComparisonSignCells.Restore(tile.Image, [], Dpi, isCell: true)
                    .Select(w => new Found(w, i, (tile.OffsetX, tile.OffsetY))));
            }
            Found.Clear();
            Found.AddRange(restored);
        }

        private static bool Inside(Found word, OcrTile tile)
        {
            int x = word.Word.Left + word.Offset.X, y = word.Word.Top + word.Offset.Y;
            return x >= tile.OffsetX && x < tile.OffsetX + tile.Image.Width && y >= tile.OffsetY && y < tile.OffsetY + tile.Image.Height;
        }

        public PageWords Words()
        {
            var words = Found.Select(f => f.Word with { Page = f.Tile, Left = f.Word.Left + f.Offset.X, Top = f.Word.Top + f.Offset.Y })
                .ToList();
            return new PageWords(PageNumber, Width, Height, ToPositioned(words, Rules), Rules, FromOcr: true);
        }
    }
}
