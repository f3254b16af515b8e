/// Bollinger bands (TA-Lib `BBANDS`): a moving average and bands a multiple of the window's
/// standard deviation above and below it.
///
/// `middle = MA(period)` of the chosen type, `σ` = population standard deviation of the last
/// `period` values (0 when the variance is not positive, as TA-Lib), `upper = middle + up · σ`,
/// `lower = middle − down · σ`, the upper band fused (`fma(up, σ, middle)`) and the lower not,
/// as TA-Lib 0.8's FMA build computes them, so the bands are TA-Lib's to the bit. As in
/// TA-Lib, σ is always the plain window deviation, whatever the average type, computed from
/// the window that ends at the average's first output on (TA-Lib's `STDDEV` called from there,
/// which sets where its variance starts). Warm-up: the average's. A non-finite input makes the outputs whose
/// window contains it NaN (for recursive average types, all later middle values).
public struct BollingerBands: Indicator {
    /// The three bands at one bar, in TA-Lib's output order.
    public struct Output: Hashable, Sendable {
        /// `middle + up · σ`.
        public var upper: Double
        /// The moving average.
        public var middle: Double
        /// `middle − down · σ`.
        public var lower: Double

        /// Creates an output from its values.
        @inlinable
        public init(upper: Double, middle: Double, lower: Double) {
            self.upper = upper
            self.middle = middle
            self.lower = lower
        }
    }

    /// The window length.
    public let period: Int
    /// The upper band's multiple of σ (TA-Lib `nbdevup`).
    public let deviationsUp: Double
    /// The lower band's multiple of σ (TA-Lib `nbdevdn`).
    public let deviationsDown: Double
    @usableFromInline var average: MovingAverage
    @usableFromInline var deviation: StandardDeviation
    /// The values the deviation skips, `average.warmUpPeriod − period`: TA-Lib computes σ
    /// only from the average's first output on, so its variance starts there (0 for SMA).
    @usableFromInline let leadingValues: Int
    @usableFromInline var valuesSeen = 0

    /// Creates Bollinger bands.
    ///
    /// - Parameters:
    ///   - period: TA-Lib accepts 2…100 000; default 20, as TA-Lib's Python package (the C library's is 5).
    ///   - deviationsUp: default 2.
    ///   - deviationsDown: default 2.
    ///   - averageType: the middle band's average; default SMA.
    /// - Precondition: `period > 0`.
    public init(period: Int = 20, deviationsUp: Double = 2, deviationsDown: Double = 2, averageType: MovingAverageType = .simple) {
        self.period = period
        self.deviationsUp = deviationsUp
        self.deviationsDown = deviationsDown
        average = MovingAverage(averageType, period: period)
        deviation = StandardDeviation(period: period)
        leadingValues = Swift.max(0, average.warmUpPeriod - period)
    }

    /// The average's warm-up.
    @inlinable public var warmUpPeriod: Int { average.warmUpPeriod }
    /// Whether the average is warmed up.
    @inlinable public var isReady: Bool { average.isReady }

    /// Consumes one value; returns the bands once warmed up.
    #if compiler(>=6.3)
    @inline(always)  // otherwise an out-of-line call per update; see RollingSum.push(_:)
    #else
    @inline(__always)
    #endif
    @inlinable
    public mutating func update(_ value: Double) -> Output? {
        let sigma: Double?
        if valuesSeen < leadingValues {
            valuesSeen += 1
            sigma = nil
        } else {
            sigma = deviation.update(value)
        }
        guard let middle = average.update(value), let sigma else { return nil }
        return Output(upper: middle.addingProduct(deviationsUp, sigma), middle: middle, lower: middle - deviationsDown * sigma)
    }

    /// Forgets every value seen.
    @inlinable
    public mutating func reset() {
        average.reset()
        deviation.reset()
        valuesSeen = 0
    }
}

/// TA-Lib's name for ``BollingerBands``.
public typealias BBANDS = BollingerBands
