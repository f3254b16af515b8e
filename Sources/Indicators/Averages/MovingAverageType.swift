/// TA-Lib's `TA_MAType` codes, for the indicators whose smoothing is selectable
/// (`BBANDS`, `PPO`, `STOCH`, `STOCHF`).
///
/// The raw values are TA-Lib's. MAMA (7) is not implemented: it takes two extra parameters
/// that TA-Lib's generic moving-average slot cannot pass, and none of the catalog's
/// indicators needs it.
public enum MovingAverageType: Int, CaseIterable, Hashable, Sendable, CustomStringConvertible {
    /// ``SimpleMovingAverage`` (TA-Lib `TA_MAType_SMA`, 0).
    case simple = 0
    /// ``ExponentialMovingAverage`` (TA-Lib `TA_MAType_EMA`, 1).
    case exponential = 1

    /// TA-Lib's function name for the type (`SMA`, `EMA`, …).
    public var description: String {
        switch self {
        case .simple: "SMA"
        case .exponential: "EMA"
        }
    }
}
