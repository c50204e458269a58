namespace ReportMiner.Parsing.Ocr;

/// <summary>Groups pixel runs of neighbouring lanes whose extents overlap or nearly touch into lines.</summary>
internal static class RunMerger
{
    public static List<MergedLine> Merge(IEnumerable<PixelRun> runs, RuleDetectionSettings s)
    {
        var lines = new List<MergedLine>();
        foreach (var run in runs.OrderBy(r => r.Lane).ThenBy(r => r.Start))
        {
            var target = lines.LastOrDefault(l => run.Lane - l.LastLane <= s.MergeDistance
                && run.Lane - l.MinLane <= s.MaxThickness + s.MergeDistance
                && run.Start <= l.End + s.JoinGap && run.End >= l.Start - s.JoinGap);
            if (target is null) lines.Add(new MergedLine(run.Horizontal, run));
            else target.Add(run);
        }
        return lines;
    }
}
