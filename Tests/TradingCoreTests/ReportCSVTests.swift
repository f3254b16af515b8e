import Testing
import TradingCore

@Suite("CSVExport")
struct ReportCSVTests {
    @Test("equity.csv: header, ISO timestamps, positional numbers, drawdown column")
    func equity() {
        var curve = EquityCurve()
        curve.append(timestamp: Timestamp(year: 2020, month: 1, day: 2), equity: 100, cash: 100, grossExposure: 0, netExposure: 0)
        curve.append(timestamp: Timestamp(year: 2020, month: 1, day: 3, hour: 16), equity: 80, cash: 0.00001, grossExposure: 79.99999, netExposure: -79.99999)
        #expect(CSVExport.equity(curve) == """
        timestamp,equity,cash,grossExposure,netExposure,drawdown
        2020-01-02,100.0,100.0,0.0,0.0,0.0
        2020-01-03T16:00:00Z,80.0,0.00001,79.99999,-79.99999,-0.19999999999999996

        """)
        #expect(CSVExport.equity(EquityCurve()) == "timestamp,equity,cash,grossExposure,netExposure,drawdown\n")
    }

    @Test("trades.csv: the documented header and one line per trade")
    func trades() {
        var trade = makeTrade(entry: 10, exit: 12.5, quantity: 3, commission: 0.25, side: .short)
        trade.strategy = "sma, \"cross\""
        let header = "symbol,side,quantity,entryTime,entryPrice,exitTime,exitPrice,pnl,commission,returnPct,barsHeld,strategy\n"
        let line = #"TEST,short,3.0,2020-01-01,10.0,2020-01-02,12.5,-7.75,0.25,-25.0,1,"sma, ""cross""""# + "\n"
        #expect(CSVExport.trades([trade]) == header + line)
    }

    @Test("attribution.csv: dimension,key,pnl in group order")
    func attribution() {
        let groups = [
            AttributionGroup(dimension: "factor", parts: [.init(key: "momentum", pnl: 12.5), .init(key: "breakout", pnl: -2)]),
            AttributionGroup(dimension: "symbol", parts: [.init(key: "MU\nX", pnl: 10.5)]),
        ]
        #expect(CSVExport.attribution(groups) == "dimension,key,pnl\nfactor,momentum,12.5\nfactor,breakout,-2.0\nsymbol,\"MU\nX\",10.5\n")
        #expect(groups[0].totalPnL == 10.5)
    }

    @Test("non-finite numbers are empty fields; CRLF in text is quoted")
    func edgeCases() {
        #expect(CSVExport.number(.nan) == "" && CSVExport.number(-.infinity) == "")
        #expect(CSVExport.field("a\r\nb") == "\"a\r\nb\"")
        #expect(CSVExport.field("plain") == "plain")
    }
}
