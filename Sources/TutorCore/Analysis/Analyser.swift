// The interface every analyser implements: the built-in rules, an LLM, a test fake.

/// Finds English problems in a batch of utterances.
public protocol Analyser: Sendable {
    /// Names the analyser in events, modules and reports, such as `builtin-rules/1`.
    var identifier: String { get }

    /// Analyses every utterance of the batch, returning them in the batch's order.
    func analyse(_ batch: Batch) async throws -> [AnalysedUtterance]
}
