// One row of a summary's findings: a topic and how often it came up, as it crosses a wire.

/// A topic (`Finding.topic`) and its count: `LearnerSummary.findingsByTopic` as a list, for
/// formats whose keys must be strings (the talk wire, JSON reports).
public struct TopicCount: Codable, Sendable, Hashable {
    public var topic: LocalizedText
    public var count: Int

    public init(topic: LocalizedText, count: Int) {
        self.topic = topic
        self.count = count
    }

    /// The counts as rows, the most frequent first (then by English name), so a list is stable.
    public static func rows(_ findingsByTopic: [LocalizedText: Int]) -> [TopicCount] {
        findingsByTopic.map { TopicCount(topic: $0.key, count: $0.value) }
            .sorted { ($0.count, $1.topic.en) > ($1.count, $0.topic.en) }
    }

    /// Rows back as counts; a topic listed twice adds up.
    public static func counts(_ rows: [TopicCount]) -> [LocalizedText: Int] {
        rows.reduce(into: [:]) { $0[$1.topic, default: 0] += $1.count }
    }
}
