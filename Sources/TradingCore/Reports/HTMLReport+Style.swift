extension HTMLReport {
    /// The report's inline style sheet: system fonts only, a one-column phone layout
    /// below 640 px, and a print layout.
    static let styleSheet = """

    :root{--ink:#1d2330;--muted:#5f6b7a;--line:#e3e7ed;--panel:#ffffff;--page:#f4f6f9;--accent:#2563eb;--bench:#9aa4b2;--gain:#15803d;--loss:#c2410c;--dd:#dc2626}
    *{box-sizing:border-box}
    html{-webkit-text-size-adjust:100%}
    body{margin:0;background:var(--page);color:var(--ink);font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif}
    main{max-width:1100px;margin:0 auto;padding:28px 24px 40px}
    header h1{margin:0;font-size:28px;letter-spacing:-.01em}
    .subtitle{margin:4px 0 0;color:var(--muted);font-size:16px}
    .period{margin:6px 0 0;color:var(--muted);font-size:13px}
    section{background:var(--panel);border:1px solid var(--line);border-radius:10px;padding:18px 20px;margin-top:18px}
    h2{margin:0 0 12px;font-size:17px}
    h3{margin:0 0 8px;font-size:14px;color:var(--muted);text-transform:uppercase;letter-spacing:.04em}
    .cards{display:grid;grid-template-columns:repeat(6,1fr);gap:12px;background:none;border:0;padding:0}
    .card{background:var(--panel);border:1px solid var(--line);border-radius:10px;padding:12px 14px}
    .card-label{color:var(--muted);font-size:12px;text-transform:uppercase;letter-spacing:.04em}
    .card-value{font-size:22px;font-weight:600;margin-top:2px;font-variant-numeric:tabular-nums;white-space:nowrap}
    .card-value.negative{color:var(--loss)}
    .legend{display:flex;flex-wrap:wrap;gap:4px 18px;align-items:center;font-size:13px;color:var(--muted);margin:-4px 0 6px}
    .key{display:inline-block;width:18px;height:3px;border-radius:2px;margin-right:6px;vertical-align:middle}
    .key.strategy{background:var(--accent)}
    .key.benchmark{background:var(--bench)}
    .legend .scale{margin-left:auto;font-style:italic}
    svg.chart{display:block;width:100%;height:auto;overflow:visible}
    svg.chart.phone{display:none}
    .grid line{stroke:var(--line);stroke-width:1}
    .grid line.v{stroke-dasharray:2 4}
    .grid .frame{fill:none;stroke:#cfd6df}
    .grid text{fill:var(--muted);font-size:13px;font-variant-numeric:tabular-nums}
    .grid text.y{text-anchor:end;dominant-baseline:middle}
    .grid text.x{text-anchor:middle}
    .line{fill:none;stroke-width:1.8;stroke-linejoin:round}
    .line.strategy{stroke:var(--accent)}
    .line.benchmark{stroke:var(--bench);stroke-width:1.5;stroke-dasharray:5 3}
    .line.drawdown{stroke:var(--dd);stroke-width:1.2}
    .area.drawdown{fill:var(--dd);fill-opacity:.18;stroke:none}
    .scroll{overflow-x:auto;-webkit-overflow-scrolling:touch}
    table{border-collapse:collapse;width:100%;font-variant-numeric:tabular-nums}
    .heatmap{font-size:12px;min-width:640px}
    .heatmap th,.heatmap td{padding:5px 4px;text-align:center;border:1px solid #fff}
    .heatmap thead th{color:var(--muted);font-weight:600}
    .heatmap tbody th{text-align:left;color:var(--muted);font-weight:600;padding-right:8px}
    .heatmap td.dark{color:#fff}
    .heatmap td.total{font-weight:700;border-left:3px solid #fff}
    .heatmap td.empty{background:#f7f8fa}
    .metrics tbody{display:grid;grid-template-columns:1fr 1fr;column-gap:32px}
    .metrics tr{display:flex;justify-content:space-between;border-bottom:1px solid var(--line);padding:6px 0}
    .metrics th{font-weight:400;color:var(--muted);text-align:left}
    .metrics td{font-weight:600;text-align:right}
    .trades{font-size:13px;min-width:760px}
    .trades th{text-align:right;color:var(--muted);font-weight:600;border-bottom:2px solid var(--line);padding:6px 8px;white-space:nowrap}
    .trades td{text-align:right;padding:5px 8px;border-bottom:1px solid var(--line);white-space:nowrap}
    .trades th:nth-child(2),.trades td:nth-child(2),.trades th:nth-child(3),.trades td:nth-child(3){text-align:left}
    .trades tr.gap td{text-align:center;color:var(--muted);font-style:italic}
    .gain{color:var(--gain)}
    .loss{color:var(--loss)}
    .attribution{display:grid;grid-template-columns:repeat(auto-fit,minmax(300px,1fr));gap:22px}
    .group.wide{grid-column:1/-1}
    .group.wide .bars{columns:3;column-gap:32px}
    .bar-row{break-inside:avoid;display:grid;grid-template-columns:minmax(64px,28%) 1fr 88px;align-items:center;gap:8px;font-size:13px;padding:3px 0}
    .group:not(.wide) .bars{display:grid;grid-template-columns:minmax(0,max-content) minmax(80px,1fr) auto;column-gap:10px}
    .group:not(.wide) .bar-row{display:contents}
    .group:not(.wide) .bar-row>span{padding:3px 0}
    .bar-key{overflow:hidden;text-overflow:ellipsis;white-space:nowrap;max-width:16em}
    .bar-track{position:relative;height:14px;background:linear-gradient(to right,transparent calc(50% - .5px),#b8c0cc calc(50% - .5px),#b8c0cc calc(50% + .5px),transparent calc(50% + .5px))}
    .bar{position:absolute;top:1px;bottom:1px;border-radius:2px}
    .bar.gain{background:var(--gain)}
    .bar.loss{background:var(--loss)}
    .bar-value{text-align:right;font-variant-numeric:tabular-nums}
    .bar-total{display:flex;justify-content:space-between;border-top:1px solid var(--line);margin-top:6px;padding-top:6px;font-size:13px;font-weight:600}
    .note{color:var(--muted);font-size:12px;margin:8px 0 0}
    footer{color:var(--muted);font-size:12px;text-align:center;margin-top:24px}
    @media (max-width:900px){.cards{grid-template-columns:repeat(3,1fr)}.group.wide .bars{columns:2}}
    @media (max-width:640px){
    main{padding:16px 12px 28px}
    header h1{font-size:22px}
    section{padding:14px 12px;margin-top:14px}
    .cards{grid-template-columns:repeat(2,1fr);gap:8px}
    .card-value{font-size:19px}
    svg.chart.desktop{display:none}
    svg.chart.phone{display:block}
    .grid text{font-size:14px}
    .metrics tbody{grid-template-columns:1fr}
    .bar-row{grid-template-columns:minmax(60px,30%) 1fr 84px}
    .group.wide .bars{columns:1}
    }
    @media print{
    body{background:#fff;font-size:11px}
    main{max-width:none;padding:0}
    section,.card{border-color:#ccc;break-inside:avoid;page-break-inside:avoid}
    section.trades-section{break-inside:auto}
    .cards{grid-template-columns:repeat(3,1fr)}
    .card-value{font-size:17px}
    .scroll{overflow:visible}
    .heatmap,.trades{min-width:0}
    .heatmap td,.bar,.area{-webkit-print-color-adjust:exact;print-color-adjust:exact}
    footer{display:none}
    }

    """
}
