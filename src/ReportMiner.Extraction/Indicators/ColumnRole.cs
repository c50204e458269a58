namespace ReportMiner.Extraction.Indicators;

/// <summary>What a column of an indicator table holds, read from its header.</summary>
public enum ColumnRole
{
    None,
    Level1,
    Level2,
    Name,
    Target,
    Actual,
    Rate,
    Weight,
    Score,
    Met,

    /// <summary>指标性质: the comparator of the target (≥ ≤ ＝ 定性) written in its own column.</summary>
    TargetOp,

    /// <summary>度量单位/计量单位: the unit of the target (and of the actual) in its own column.</summary>
    Unit,

    /// <summary>指标值类型 (定量/定性): says what kind of value the target is; not the target.</summary>
    ValueType,

    /// <summary>评(扣)分标准: scoring rules; their numbers are not values.</summary>
    Standard,

    /// <summary>偏差原因/说明/备注: free text beside the values.</summary>
    Reason,

    /// <summary>得分系数/得分率: the share of its points an indicator earned (100%), not the points.</summary>
    Coefficient,
}
