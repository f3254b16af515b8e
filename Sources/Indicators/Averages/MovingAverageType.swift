/// TA-Lib's `TA_MAType` codes, for the indicators whose smoothing is selectable
/// (`BBANDS`, `PPO`, `STOCH`, `STOCHF`).
///
/// The raw values are TA-Lib's. MAMA (7) is not implemented: it takes two extra parameters
/// that TA-Lib's generic moving-average slot fills with fixed values, and no catalogued
/// indicator needs it.
public enum MovingAverageType: Int, CaseIterable, Hashable, Sendable, CustomStringConvertible {
    /// ``SimpleMovingAverage`` (TA-Lib 0).
    case simple = 0
    /// ``ExponentialMovingAverage`` (TA-Lib 1).
    case exponential = 1
    /// ``WeightedMovingAverage`` (TA-Lib 2).
    case weighted = 2
    /// ``DoubleExponentialMovingAverage`` (TA-Lib 3).
    case doubleExponential = 3
    /// ``TripleExponentialMovingAverage`` (TA-Lib 4).
    case tripleExponential = 4
    /// ``TriangularMovingAverage`` (TA-Lib 5).
    case triangular = 5
    /// ``KaufmanAdaptiveMovingAverage`` (TA-Lib 6).
    case kaufmanAdaptive = 6
    /// ``TillsonMovingAverage`` with volume factor 0.7 (TA-Lib 8).
    case tillson = 8

    /// TA-Lib's function name for the type (`SMA`, `EMA`, …).
    public var description: String {
        switch self {
        case .simple: "SMA"
        case .exponential: "EMA"
        case .weighted: "WMA"
        case .doubleExponential: "DEMA"
        case .tripleExponential: "TEMA"
        case .triangular: "TRIMA"
        case .kaufmanAdaptive: "KAMA"
        case .tillson: "T3"
        }
    }
}
