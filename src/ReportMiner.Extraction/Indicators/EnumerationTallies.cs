namespace ReportMiner.Extraction.Indicators;

/// <summary>
/// A count written after a list closed by 等 tallies the list's items, it measures no output: "市医保局、交通局、公积金
/// 中心等34家", "项目立项、绩效目标设立、资金投入等12个二级指标", "提高残疾人社会保障水平、促进残疾人高质量就业等6大领域"
/// (R128, R326, R662; the shape stands in 13 read documents, never as an indicator of their gold).
/// </summary>
public static class EnumerationTallies
{
    /// <summary>True when the words before a count close an enumeration with 等.</summary>
    public static bool ClosesList(string name) => name.TrimEnd().EndsWith('等');
}
