import Attribution
import ExampleStrategies
import Factors
import TradingCore

/// The outputs of a ``TrendBreakoutRun``: the summary (text or JSON) and the report files.
struct TrendBreakoutReport {
    /// The run being reported.
    var run: TrendBreakoutRun

    init(_ run: TrendBreakoutRun) { self.run = run }

    /// The text files of the report directory, by name (equity.csv and trades.csv, the
    /// large ones, are streamed to disk by ``write()`` instead).
    var textFiles: [(name: String, contents: String)] {
        [
            ("summary.json", summaryJSON),
            ("attribution.csv", run.attribution.csv),
            ("report.html", html),
        ]
    }

    /// Writes every file into the output directory, creating it when needed, all or nothing
    /// (``TradingCore/LocalFile/writeAll(_:_:)``): a failure leaves an earlier run's files whole.
    ///
    /// - Throws: ``ReportWriteError`` naming the directory or file that failed.
    func write() throws {
        let directory = run.options.outDirectory
        try LocalFile.createDirectory(atPath: directory)
        let texts = textFiles
        let files = [directory + "/equity.csv", directory + "/trades.csv"] + texts.map { directory + "/" + $0.0 }
        try LocalFile.writeAll(files) { (staged) throws(ReportWriteError) in
            try CSVExport.writeEquity(run.result.equityCurve, toFile: staged[0])
            try CSVExport.writeTrades(run.result.trades, toFile: staged[1])
            for (offset, (_, contents)) in texts.enumerated() {
                try LocalFile.write(contents, toPath: staged[2 + offset])
            }
        }
    }

    /// `summary.json`: the run's settings, metrics, benchmark, attribution and counts.
    var summaryJSON: String {
        let options = run.options
        let result = run.result
        let summary: JSONValue = [
            "strategy": .string(TrendBreakoutStrategy.name),
            "data": .string(options.dataDirectory ?? "synthetic-sample"),
            "synthetic": .bool(options.dataDirectory == nil),
            "seed": options.dataDirectory == nil ? .integer(Int(options.seed)) : .null,
            "symbols": .array(options.symbols.map(JSONValue.string)),
            "start": .timestamp(result.equityCurve.timestamps.first),
            "end": .timestamp(result.equityCurve.timestamps.last),
            "cash": .number(options.cash),
            "commissionPct": .number(options.commissionPct),
            "slippageBps": .number(options.slippageBps),
            "parameters": Self.json(options.parameters),
            "riskLimits": [
                "maximumPositionFraction": .number(TrendBreakoutRun.riskLimits.maximumPositionFraction),
                "maximumGrossLeverage": .number(TrendBreakoutRun.riskLimits.maximumGrossLeverage),
                "maximumDrawdown": .number(TrendBreakoutRun.riskLimits.maximumDrawdown),
            ],
            "orderCount": .integer(result.orders.count),
            "fillCount": .integer(result.fills.count),
            "riskInterventions": .integer(result.riskInterventionCount),
            "metrics": result.metrics.jsonValue,
            "benchmark": ["strategy": "buy-and-hold", "metrics": run.benchmark.metrics.jsonValue],
            "attribution": .object(run.attribution.groups.map { group in
                JSONValue.Member(group.dimension, .object(group.parts.map { JSONValue.Member($0.key, .number($0.pnl)) }))
            }),
        ]
        return summary.encoded(prettyPrinted: true) + "\n"
    }

    /// `report.html`: the self-contained HTML report.
    var html: String {
        let options = run.options
        let parameters = options.parameters
        return HTMLReport(
            title: "TrendBreakout on " + options.symbols.joined(separator: ", "),
            subtitle: run.dataLabel,
            equityCurve: run.result.equityCurve,
            benchmark: run.benchmark.equityCurve,
            benchmarkLabel: "Buy and hold (equal weight)",
            trades: run.result.trades,
            metrics: run.result.metrics,
            additionalMetricRows: [
                ("Sizing", parameters.sizing.rawValue),
                ("Entry / exit threshold", "\(parameters.entryThreshold) / \(parameters.exitThreshold)"),
                ("Trailing stop", "\(parameters.stopMultiple) × ATR(\(parameters.factors.breakout.volatilityPeriod))"),
                ("Costs per fill", "\(options.commissionPct) % commission + \(options.slippageBps) bps slippage"),
                ("Risk interventions", String(run.result.riskInterventionCount)),
            ],
            attribution: run.attribution.groups
        ).render()
    }

    /// The strategy parameters as JSON members, in declaration order.
    static func json(_ parameters: TrendBreakoutParameters) -> JSONValue {
        let factors = parameters.factors
        return [
            "entryThreshold": .number(parameters.entryThreshold),
            "exitThreshold": .number(parameters.exitThreshold),
            "minimumVolumeZScore": .number(parameters.minimumVolumeZScore),
            "stopMultiple": .number(parameters.stopMultiple),
            "maximumHoldingBars": .integer(parameters.maximumHoldingBars),
            "allowsShorts": .bool(parameters.allowsShorts),
            "sizing": .string(parameters.sizing.rawValue),
            "investedFraction": .number(parameters.investedFraction),
            "riskFraction": .number(parameters.riskFraction),
            "factors": [
                "momentum": [
                    "horizons": .array(factors.momentum.horizons.map(JSONValue.integer)),
                    "horizonWeights": .array(factors.momentum.horizonWeights.map(JSONValue.number)),
                    "movingAveragePeriod": .integer(factors.momentum.movingAveragePeriod),
                    "movingAverageWeight": .number(factors.momentum.movingAverageWeight),
                ],
                "breakout": [
                    "channelPeriod": .integer(factors.breakout.channelPeriod),
                    "volatilityPeriod": .integer(factors.breakout.volatilityPeriod),
                    "volumePeriod": .integer(factors.breakout.volumePeriod),
                    "distanceWeight": .number(factors.breakout.distanceWeight),
                    "volumeWeight": .number(factors.breakout.volumeWeight),
                    "volumeClip": .number(factors.breakout.volumeClip),
                ],
                "normalizationWindow": .integer(factors.normalizationWindow),
                "clipLimit": .number(factors.clipLimit),
                "momentumWeight": .number(factors.momentumWeight),
                "breakoutWeight": .number(factors.breakoutWeight),
            ],
        ]
    }
}

