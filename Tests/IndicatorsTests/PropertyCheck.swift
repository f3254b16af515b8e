import Indicators
import Testing

/// Streams `inputs` through `indicator` and checks every output, the warm-up and the batch
/// path against `expected` (relative tolerance `tolerance`, absolute below magnitude 1).
func checkAgainstReference<I: Indicator>(
    _ indicator: I, _ inputs: [I.Input], expected: [Double?], tolerance: Double = 1e-9,
    sourceLocation: SourceLocation = #_sourceLocation
) where I.Output == Double {
    var streaming = indicator
    var outputs: [Double?] = []
    for input in inputs {
        outputs.append(streaming.update(input))
        #expect(streaming.isReady == (outputs.last! != nil), "isReady tracks the output", sourceLocation: sourceLocation)
    }
    let mismatch = firstMismatch(outputs, expected, tolerance: tolerance)
    #expect(mismatch == nil, "streaming differs at \(mismatch ?? -1): \(mismatch.map { String(describing: outputs[$0]) } ?? "") vs \(mismatch.map { String(describing: expected[$0]) } ?? "")", sourceLocation: sourceLocation)
    if let first = expected.firstIndex(where: { $0 != nil }) {
        #expect(indicator.warmUpPeriod == first + 1, "warm-up period", sourceLocation: sourceLocation)
    } else {
        #expect(indicator.warmUpPeriod > inputs.count, "never ready within the input", sourceLocation: sourceLocation)
    }
    let batch = streaming.outputs(over: inputs)
    #expect(firstMismatch(batch, outputs, tolerance: 0) == nil, "batch equals streaming", sourceLocation: sourceLocation)
    streaming.reset()
    #expect(!streaming.isReady, "reset clears readiness", sourceLocation: sourceLocation)
    var again: [Double?] = []
    for input in inputs { again.append(streaming.update(input)) }
    #expect(firstMismatch(again, outputs, tolerance: 0) == nil, "reset replays identically", sourceLocation: sourceLocation)
}
