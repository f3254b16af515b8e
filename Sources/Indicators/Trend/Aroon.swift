import TradingCore

/// Chande's Aroon indicator (TA-Lib `AROON`): how recently the window's high and low occurred.
///
/// Over the last `period + 1` bars: `up = 100 / period · (period − bars since the highest high)`,
/// `down` likewise for the lowest low; ties resolve to the most recent bar, as TA-Lib's scan.
/// Warm-up: `period + 1` bars. A non-finite high or low makes the outputs whose window
/// contains it NaN.
public struct Aroon: Indicator {
    /// Aroon down and up at one bar, in TA-Lib's output order.
    public struct Output: Hashable, Sendable {
        /// 100 when the lowest low is the current bar, 0 when it is `period` bars old.
        public var down: Double
        /// 100 when the highest high is the current bar, 0 when it is `period` bars old.
        public var up: Double

        /// Creates an output from its values.
        @inlinable
        public init(down: Double, up: Double) {
            self.down = down
            self.up = up
        }
    }

    /// The look-back in bars.
    public let period: Int
    @usableFromInline var highest: RollingExtreme<Highest>
    @usableFromInline var lowest: RollingExtreme<Lowest>
    @usableFromInline let factor: Double

    /// Creates an Aroon indicator.
    ///
    /// - Parameter period: TA-Lib accepts 2…100 000 (1 is accepted here); default 14.
    /// - Precondition: `period > 0`.
    public init(period: Int = 14) {
        precondition(period > 0, "Aroon period must be positive")
        self.period = period
        highest = RollingExtreme<Highest>(period: period + 1)
        lowest = RollingExtreme<Lowest>(period: period + 1)
        factor = 100 / Double(period)
    }

    /// `period + 1` bars.
    @inlinable public var warmUpPeriod: Int { period + 1 }
    /// Whether `period + 1` bars have been seen.
    @inlinable public var isReady: Bool { highest.isFull }

    /// Consumes one bar; returns Aroon down and up once warmed up.
    @inlinable @inline(__always)
    public mutating func update(_ bar: Bar) -> Output? {
        highest.push(bar.high)
        lowest.push(bar.low)
        guard highest.isFull else { return nil }
        guard !highest.containsNonFinite, !lowest.containsNonFinite else { return Output(down: .nan, up: .nan) }
        return Output(down: factor * Double(period - lowest.extremeAge), up: factor * Double(period - highest.extremeAge))
    }

    /// Forgets every bar seen.
    @inlinable
    public mutating func reset() {
        highest.removeAll()
        lowest.removeAll()
    }
}

/// TA-Lib's name for ``Aroon``.
public typealias AROON = Aroon
