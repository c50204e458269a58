using System.Text.RegularExpressions;

namespace ReportMiner.Extraction.Indicators;

/// <summary>
/// The reporting body that a result sentence opens with ("该项目处治里程8公里", "我校收到…经费16.20万元", "我市共发生
/// 森林火灾3起"): it says who reports, not what is measured, so it is no part of the measure's name.
/// </summary>
public static partial class ReportSubjects
{
    public static string Strip(string name) => Subject().Replace(name, string.Empty);

    [GeneratedRegex("^(?:该项目|本项目|该项|我(?:市|县|区|省|州|旗|镇|乡|校|院|局|委|办|处|所|站|队|中心|单位|部门)|本(?:单位|部门|中心|局|院|校))")]
    private static partial Regex Subject();
}
