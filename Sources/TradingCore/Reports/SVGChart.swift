/// The frame of one time-series chart in the HTML report: a `viewBox` coordinate system,
/// axes with gridlines and labels, and decimated line and area paths.
///
/// Each chart is drawn twice, in a wide ``Layout/desktop`` and a taller ``Layout/phone``
/// variant; the style sheet shows one of them depending on the page width, so labels keep
/// a readable size on a 390 px screen.
struct SVGChart {
    /// A chart variant: its `viewBox` size and how many ticks fit.
    struct Layout {
        var name: String
        var width: Double
        var height: Double
        var valueTicks: Int
        var timeTicks: Int

        static func desktop(height: Double, valueTicks: Int = 6) -> Layout {
            Layout(name: "desktop", width: 800, height: height, valueTicks: valueTicks, timeTicks: 10)
        }

        static func phone(height: Double, valueTicks: Int = 5) -> Layout {
            Layout(name: "phone", width: 400, height: height, valueTicks: valueTicks, timeTicks: 5)
        }
    }

    let layout: Layout
    let left = 58.0, right = 12.0, top = 12.0, bottom = 30.0
    let start: Timestamp, end: Timestamp
    let lower: Double, upper: Double
    let yTicks: [Double]

    /// A frame covering `start...end` and the values `minimum...maximum` with nice ticks, on
    /// a logarithmic value axis when `logarithmic` (then `minimum` must be positive).
    init(layout: Layout, start: Timestamp, end: Timestamp, minimum: Double, maximum: Double, logarithmic: Bool = false) {
        self.layout = layout
        self.start = start
        self.end = end > start ? end : Timestamp(rawValue: start.rawValue + Timestamp.nanosecondsPerDay)
        let scale = logarithmic ? ChartAxis.logTicks(lower: minimum, upper: maximum, count: layout.valueTicks)
                                : ChartAxis.niceTicks(lower: minimum, upper: maximum, count: layout.valueTicks)
        isLogarithmic = logarithmic
        lower = scale.lower
        upper = scale.upper
        yTicks = scale.ticks
        logUpper = logarithmic ? DeterministicMath.naturalLogarithm(scale.upper) : 0
        logSpan = logarithmic ? logUpper - DeterministicMath.naturalLogarithm(scale.lower) : 0
    }

    /// Whether values are placed by their logarithm (every value must then be positive).
    let isLogarithmic: Bool
    /// `ln(upper)` and `ln(upper) − ln(lower)` on a logarithmic axis (0 otherwise), taken
    /// once rather than per plotted point.
    private let logUpper: Double, logSpan: Double

    var width: Double { layout.width }
    var height: Double { layout.height }
    var plotWidth: Double { width - left - right }
    var plotHeight: Double { height - top - bottom }

    func x(_ time: Timestamp) -> Double {
        left + Double(time.rawValue - start.rawValue) / Double(end.rawValue - start.rawValue) * plotWidth
    }

    func y(_ value: Double) -> Double {
        guard isLogarithmic else { return top + (upper - value) / (upper - lower) * plotHeight }
        return top + (logUpper - DeterministicMath.naturalLogarithm(value)) / logSpan * plotHeight
    }

    /// The opening `<svg>` tag with an accessible label.
    func open(label: String) -> String {
        "<svg class=\"chart \(layout.name)\" viewBox=\"0 0 \(HTMLText.coordinate(width)) \(HTMLText.coordinate(height))\" role=\"img\" aria-label=\"\(HTMLText.escape(label))\" preserveAspectRatio=\"xMidYMid meet\">\n"
    }

    /// Horizontal gridlines with value labels and vertical date ticks.
    func axes(format: (Double) -> String) -> String {
        var svg = "<g class=\"grid\">\n"
        for tick in yTicks {
            let position = HTMLText.coordinate(y(tick))
            svg += "<line x1=\"\(HTMLText.coordinate(left))\" x2=\"\(HTMLText.coordinate(width - right))\" y1=\"\(position)\" y2=\"\(position)\"/>"
            svg += "<text class=\"y\" x=\"\(HTMLText.coordinate(left - 8))\" y=\"\(position)\">\(HTMLText.escape(format(tick)))</text>\n"
        }
        for tick in ChartAxis.timeTicks(from: start, to: end, count: layout.timeTicks) {
            let position = HTMLText.coordinate(x(tick.time))
            svg += "<line class=\"v\" x1=\"\(position)\" x2=\"\(position)\" y1=\"\(HTMLText.coordinate(top))\" y2=\"\(HTMLText.coordinate(height - bottom))\"/>"
            svg += "<text class=\"x\" x=\"\(position)\" y=\"\(HTMLText.coordinate(height - bottom + 20))\">\(HTMLText.escape(tick.label))</text>\n"
        }
        svg += "<rect class=\"frame\" x=\"\(HTMLText.coordinate(left))\" y=\"\(HTMLText.coordinate(top))\" width=\"\(HTMLText.coordinate(plotWidth))\" height=\"\(HTMLText.coordinate(plotHeight))\"/>\n"
        return svg + "</g>\n"
    }

    /// The points to draw: per horizontal pixel column at most the first, lowest, highest
    /// and last point, in time order, which keeps every spike visible.
    func decimated(times: [Timestamp], values: [Double]) -> [(x: Double, y: Double)] {
        var result: [(x: Double, y: Double)] = []
        var bucket: [Int] = []
        var column = Int.min
        func flush() {
            guard let first = bucket.first, let last = bucket.last else { return }
            var lowest = first, highest = first
            for index in bucket {
                if values[index] < values[lowest] { lowest = index }
                if values[index] > values[highest] { highest = index }
            }
            var previous = -1
            for index in [first, Swift.min(lowest, highest), Swift.max(lowest, highest), last] where index != previous {
                result.append((x(times[index]), y(values[index])))
                previous = index
            }
            bucket.removeAll(keepingCapacity: true)
        }
        for index in times.indices where times[index] >= start && times[index] <= end && values[index].isFinite {
            let current = Int(x(times[index]).rounded(.down))
            if current != column { flush(); column = current }
            bucket.append(index)
        }
        flush()
        return result
    }

    /// An SVG path through `points` (`M x y L x y …`).
    static func path(_ points: [(x: Double, y: Double)]) -> String {
        var data = ""
        for (index, point) in points.enumerated() {
            data += (index == 0 ? "M" : " L") + HTMLText.coordinate(point.x) + " " + HTMLText.coordinate(point.y)
        }
        return data
    }
}
