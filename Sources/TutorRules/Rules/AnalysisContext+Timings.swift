// Where the analyser's time goes, stage by stage, for `check --timings` and scripts/bench-check.

/// The time the analyser spent in each stage, summed over the utterances it checked with
/// `BuiltinAnalyser.findings(in:after:timings:)`.
public struct AnalysisTimings: Sendable, Equatable {
    /// Utterances checked.
    public var utterances = 0
    /// Language detection, tokenising and the word lookups every utterance gets (its word set,
    /// its rare words).
    public var tokenise: Duration = .zero
    /// Part-of-speech tagging, for the utterances a rule asked about.
    public var tag: Duration = .zero
    /// Noun phrases and their heads, built from the tags.
    public var structure: Duration = .zero
    /// The rules' own work, without the tagging and structure they asked for.
    public var rules: Duration = .zero
    /// Utterances whose tags a rule asked for, and their words (as the treebank splits them).
    public var taggedUtterances = 0
    public var taggedWords = 0

    public init() {}

    /// All four stages together.
    public var total: Duration { tokenise + tag + structure + rules }
}

/// Adds up stage times while one utterance is analysed; nil on the untimed path, which then
/// reads no clock. A class so the structure the matchers share can add its own stages.
final class StageClock {
    var timings: AnalysisTimings

    init(_ timings: AnalysisTimings) { self.timings = timings }

    static func now() -> ContinuousClock.Instant { ContinuousClock.now }
}
