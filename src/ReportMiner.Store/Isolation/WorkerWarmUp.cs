using ReportMiner.Documents.Building;
using ReportMiner.Documents.Model;
using ReportMiner.Extraction;

namespace ReportMiner.Store.Isolation;

/// <summary>
/// Runs the extractor once over a small made-up report on a background thread while a new worker waits for its first
/// file: loading the gazetteer, taxonomy and models and compiling the rules then overlaps the importer's own start-up
/// instead of delaying the first file.
/// </summary>
internal static class WorkerWarmUp
{
    public static void Start() => new Thread(Run) { IsBackground = true, Name = "worker-warm-up", Priority = ThreadPriority.BelowNormal }.Start();

    private static void Run()
    {
        try
        {
            var draft = new TableDraft(1);
            string[][] rows =
            [
                ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
                ["产出指标", "数量指标", "受理来电量", "≥100万件", "120万件", "20", "20"],
                ["效益指标", "满意度指标", "群众满意度", "≥90%", "95.5%", "10", "9.5"],
            ];
            for (var r = 0; r < rows.Length; r++)
                for (var c = 0; c < rows[r].Length; c++) draft.AddCell(r, c, rows[r][c]);
            var builder = new DocumentBuilder("warm-up.txt", FileFormat.Txt);
            builder.AddParagraph("某市2021年度热线服务项目绩效自评报告");
            builder.AddParagraph("项目预算资金100万元，实际支出95万元，预算执行率95%，自评得分95分。");
            builder.AddTable(draft);
            RuleBasedExtractor.Default.Extract(builder.Build(), "warm-up");
        }
        catch (Exception)
        {
            // Warming up is only a head start: whatever fails here fails again, and is reported, on a real file.
        }
    }
}
