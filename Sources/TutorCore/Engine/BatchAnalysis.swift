// Analyses one batch, falling back to a second analyser when the first fails.

/// The result of analysing a batch: what was found, by whom, and what went wrong. The engine
/// and `check --llm` analyse through it, so both fall back and check answers the same way.
public struct BatchAnalysis: Sendable {
    public var analysed: [AnalysedUtterance]
    public var analyserID: String
    /// Why the primary analyser's answer was not used.
    public var failure: String?

    /// Runs the analyser; if it throws or answers for other utterances than it was given,
    /// runs the fallback; if that fails too, the batch counts as analysed with no findings.
    public static func run(_ batch: Batch, analyser: any Analyser, fallback: (any Analyser)?) async -> BatchAnalysis {
        let failure: String
        do {
            return BatchAnalysis(
                analysed: try await checked(analyser.analyse(batch), for: batch), analyserID: analyser.identifier)
        } catch {
            failure = "\(analyser.identifier): \(error)"
        }
        if let fallback {
            if let analysed = try? checked(await fallback.analyse(batch), for: batch) {
                return BatchAnalysis(analysed: analysed, analyserID: fallback.identifier, failure: failure)
            }
        }
        return BatchAnalysis(
            analysed: batch.utterances.map { AnalysedUtterance(utterance: $0, findings: []) },
            analyserID: analyser.identifier, failure: failure)
    }

    /// Keeps an analyser honest: one result per utterance, in order, with spans inside the text.
    private static func checked(_ analysed: [AnalysedUtterance], for batch: Batch) throws(AnalysisMismatch)
        -> [AnalysedUtterance]
    {
        guard analysed.map(\.utterance.messageIndex) == batch.utterances.map(\.messageIndex) else {
            throw AnalysisMismatch(expected: batch.utterances.count, received: analysed.count)
        }
        return zip(batch.utterances, analysed).map { utterance, result in
            AnalysedUtterance(
                utterance: utterance,
                findings: result.findings.filter { finding in
                    utterance.text.substring(in: finding.span) == finding.original
                })
        }
    }
}

/// An analyser answered for other utterances than it was given.
struct AnalysisMismatch: Error, CustomStringConvertible {
    var expected: Int
    var received: Int
    var description: String { "answered for \(received) utterances out of order or instead of \(expected)" }
}
