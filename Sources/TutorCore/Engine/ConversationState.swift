// What the engine holds for a conversation while its messages arrive.

/// The engine's in-memory record of one conversation until it ends. It holds only the last
/// few messages for context and the utterances not yet batched or analysed.
struct ConversationState {
    let startedAt: ContinuousClock.Instant
    /// The last `contextSize` messages of any speaker, oldest first.
    var recentMessages: [ContextMessage] = []
    var messageCount = 0
    /// Utterances waiting for their learner's batch to fill.
    var pending: [Speaker: [Utterance]] = [:]
    var batchesStarted: [Speaker: Int] = [:]
    var batchesInFlight = 0
    /// Analysed utterances by learner and batch index, so order survives concurrency.
    var results: [Speaker: [Int: [AnalysedUtterance]]] = [:]
    var analysisTime: Duration = .zero
    var isEnded = false
    var endedAt: ContinuousClock.Instant?
    var idleGeneration = 0
    var idleTask: Task<Void, Never>?
    var batchTasks: [Task<Void, Never>] = []

    init(startedAt: ContinuousClock.Instant) {
        self.startedAt = startedAt
    }

    /// Each learner's analysed utterances in message order.
    var analysedByLearner: [Speaker: [AnalysedUtterance]] {
        results.mapValues { batches in
            batches.keys.sorted().flatMap { batches[$0] ?? [] }
        }
    }

    /// Every piece of chat text the state holds, for tests of what the engine keeps.
    var heldText: [String] {
        recentMessages.map(\.text)
            + pending.values.flatMap { $0.map(\.text) }
            + results.values.flatMap { $0.values.flatMap { $0.map(\.utterance.text) } }
    }
}
