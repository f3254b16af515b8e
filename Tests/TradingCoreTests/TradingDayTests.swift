#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import Testing
import TradingCore

/// Trading days at an offset from UTC: DAY orders and the daily loss limit of a market whose
/// session spans UTC midnight.
@Suite("Trading days")
struct TradingDayTests {
    /// 2024-01-01 plus `hours` hours (UTC).
    static func hour(_ hours: Int) -> Timestamp {
        Timestamp(rawValue: EngineFixture.day(0).rawValue + Int64(hours) * 3_600 * Timestamp.nanosecondsPerSecond)
    }

    /// Hourly bars of one instrument from 22:00 UTC on 2024-01-01 (`rows[k]` at hour 22 + k).
    static func hourly(_ rows: [(Double, Double, Double, Double)], symbol: String) -> BarSeries {
        let bars = rows.enumerated().map { index, row in
            Bar(timestamp: hour(22 + index), open: row.0, high: row.1, low: row.2, close: row.3, volume: 1_000_000)
        }
        return try! BarSeries(symbol: symbol, bars: bars)
    }

    @Test("a trading day is the calendar date on the offset clock")
    func days() {
        let utcDay = EngineFixture.day(0).daysSinceEpoch
        #expect(TradingDay.utc.day(of: Self.hour(23)) == utcDay)
        #expect(TradingDay.utc.day(of: Self.hour(24)) == utcDay + 1)
        let sydney = TradingDay(hours: 10)
        #expect(sydney.day(of: Self.hour(13)) == utcDay)      // 23:00 local
        #expect(sydney.day(of: Self.hour(14)) == utcDay + 1)  // local midnight
        #expect(sydney.day(of: Self.hour(37)) == utcDay + 1)  // 13:00 UTC the next day, 23:00 local
        let newYork = TradingDay(hours: -5)
        #expect(newYork.day(of: Self.hour(4)) == utcDay - 1)
        #expect(newYork.day(of: Self.hour(5)) == utcDay)
        #expect(TradingDay(hours: -5, minutes: -30).utcOffsetSeconds == -19_800)
    }

    /// A DAY buy limit at 90 sent at the 22:00 UTC close; the price touches 90 only at 02:00.
    static func dayLimitRun(_ tradingDay: TradingDay, lows: [Double]) -> BacktestResult {
        let rows = lows.map { (100.0, 101.0, $0, 100.0) }
        return EngineFixture.run(ScriptedStrategy([0: { context in
            context.submit(OrderIntent(symbol: "A", side: .buy, quantity: .units(10), type: .limit(price: 90), timeInForce: .day))
        }]), [Self.hourly(rows, symbol: "A")], execution: ExecutionConfiguration(tradingDay: tradingDay))
    }

    @Test("a DAY order works across UTC midnight when the trading day says so")
    func dayOrderAcrossMidnight() {
        // Hours 22, 23, 00, 01, 02 (UTC): the limit is touched at 02:00.
        let lows = [99.0, 99, 99, 99, 89]
        let utc = Self.dayLimitRun(.utc, lows: lows)
        #expect(utc.orders[0].status == .expired && utc.fills.isEmpty)
        #expect(utc.orders[0].updatedAt == Self.hour(24))
        let sydney = Self.dayLimitRun(TradingDay(hours: 10), lows: lows)
        #expect(sydney.orders[0].status == .filled)
        #expect(sydney.fills.map(\.price) == [90] && sydney.fills.map(\.timestamp) == [Self.hour(26)])
    }

    @Test("a DAY order expires at the offset clock's midnight")
    func dayOrderExpiresAtOffsetMidnight() {
        // Hours 22 … 38: never touched; 14:00 UTC (hour 38) is midnight at UTC+10.
        let lows = Array(repeating: 99.0, count: 17)
        let sydney = Self.dayLimitRun(TradingDay(hours: 10), lows: lows)
        #expect(sydney.orders[0].status == .expired)
        #expect(sydney.orders[0].updatedAt == Self.hour(38))
    }

    /// Buys 500 A at the 22:00 close (filled at the 23:00 open); A falls 40 % by the 23:00
    /// close; at the 01:00 close the strategy tries to buy B.
    static func dailyLossRun(_ tradingDay: TradingDay) -> BacktestResult {
        let a = Self.hourly([(100, 101, 99, 100), (100, 100, 60, 60), (60, 61, 59, 60), (60, 61, 59, 60), (60, 61, 59, 60)], symbol: "A")
        let b = Self.hourly(Array(repeating: (100.0, 101.0, 99.0, 100.0), count: 5), symbol: "B")
        return EngineFixture.run(ScriptedStrategy([
            0: { context in context.submit(.market(.buy, 500, "A")) },
            3: { context in context.submit(.market(.buy, 10, "B")) },
        ]), [a, b], risk: RiskLimits(dailyLossLimit: 0.05, tradingDay: tradingDay))
    }

    @Test("the daily loss limit counts the loss from the trading day's start")
    func dailyLossAcrossMidnight() {
        // UTC: a new day starts at 00:00 from the 23:00 equity, so the loss is yesterday's.
        let utc = Self.dailyLossRun(.utc)
        #expect(utc.riskDecisions.map(\.outcome) == [.approved, .approved])
        // UTC+10: 22:00 to 01:00 UTC is one trading day, 20 % down from its start.
        let sydney = Self.dailyLossRun(TradingDay(hours: 10))
        #expect(sydney.riskDecisions.map(\.outcome) == [.approved, .rejected])
        #expect(sydney.riskDecisions[1].rule == .dailyLossLimit)
    }

    @Test("limits encoded without a trading day decode with UTC days")
    func riskLimitsDecodeWithoutTradingDay() throws {
        let limits = RiskLimits(dailyLossLimit: 0.05, tradingDay: TradingDay(hours: 10))
        let encoded = try JSONEncoder().encode(limits)
        #expect(try JSONDecoder().decode(RiskLimits.self, from: encoded) == limits)
        let legacy = try JSONDecoder().decode(RiskLimits.self, from: Data(#"{"dailyLossLimit": 0.05, "flattensOnDrawdownHalt": false}"#.utf8))
        #expect(legacy == RiskLimits(dailyLossLimit: 0.05))
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode(TradingDay.self, from: Data(#"{"utcOffsetSeconds": 86400}"#.utf8))
        }
    }
}
