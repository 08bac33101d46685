// How the host analyses the guest's lines, sent in the welcome so the guest's screen says it.

import TutorCore

/// The host's batch size and analyser: the guest's empty module pane promises modules after
/// every `batchSize` messages, and its status bar names the analyser the host uses.
public struct TalkAnalysis: Codable, Sendable, Hashable {
    /// The learner's messages per batch on the host (`--batch-size`).
    public var batchSize: Int
    public var analyser: AnalyserLabel

    /// The most a batch size is believed from a host: more would promise modules never.
    public static let maxBatchSize = 1_000
    /// The longest model name shown from a host.
    public static let maxModelNameLength = 60

    public init(batchSize: Int = EngineConfiguration.defaultBatchSize, analyser: AnalyserLabel = .rules) {
        self.batchSize = batchSize
        self.analyser = analyser
    }

    /// This analysis as a guest may show it: the batch size within 1...`maxBatchSize`, the
    /// model's name printable, on one line and short (a broken or hostile host sends anything).
    public var checked: TalkAnalysis {
        var checked = self
        checked.batchSize = min(max(batchSize, 1), Self.maxBatchSize)
        if case .model(let name) = analyser {
            let clean = TextSanitizer.sanitize(String(name.prefix(Self.maxModelNameLength)), keepNewlines: false)
            checked.analyser = clean.isEmpty ? .rules : .model(clean)
        }
        return checked
    }
}
