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
    /// Every batch in the order it started: module rounds follow this order, not the order
    /// in which analyses happen to finish, so the same conversation gives the same modules.
    var batchOrder: [BatchKey] = []
    /// Batches started while the conversation was open; each gets a round over it and the
    /// batches before it. Those flushed by the end go to the final round.
    var openBatchCount = 0
    /// Rounds run so far over `batchOrder`'s prefixes.
    var prefixRoundsDone = 0
    /// Analysed utterances by learner and batch index, so order survives concurrency.
    var results: [Speaker: [Int: [AnalysedUtterance]]] = [:]
    var analysisTime: Duration = .zero
    var isEnded = false
    var endedAt: ContinuousClock.Instant?
    /// A module round is running.
    var roundRunning = false
    var taught: [Speaker: Set<Int>] = [:]
    var made: [Speaker: Int] = [:]
    var modulesValidated: [Speaker: Int] = [:]
    var modulesRejected: [Speaker: Int] = [:]
    var clusteringTime: Duration = .zero
    var generationTime: Duration = .zero
    var idleGeneration = 0
    var idleTask: Task<Void, Never>?
    var batchTasks: [Task<Void, Never>] = []
    /// The rounds before the final one; each answers its modules' counts once they are written,
    /// validated and judged, and the final round waits for them.
    var makingTasks: [Task<ModulePipeline.Output, Never>] = []

    struct BatchKey: Hashable {
        var learner: Speaker
        var index: Int
    }

    init(startedAt: ContinuousClock.Instant) {
        self.startedAt = startedAt
    }

    /// Each learner's analysed utterances in message order.
    var analysedByLearner: [Speaker: [AnalysedUtterance]] {
        results.mapValues { batches in
            batches.keys.sorted().flatMap { batches[$0] ?? [] }
        }
    }

    /// Each learner's analysed utterances of the first `count` batches to start, or nil while
    /// one of them is still being analysed.
    func analysedByLearner(ofFirst count: Int) -> [Speaker: [AnalysedUtterance]]? {
        var result: [Speaker: [AnalysedUtterance]] = [:]
        for key in batchOrder.prefix(count) {
            guard let analysed = results[key.learner]?[key.index] else { return nil }
            result[key.learner, default: []] += analysed
        }
        return result
    }

    /// Adds what a module round chose or made: a `make`'s output has no taught or made,
    /// and leaves them as they are.
    mutating func record(_ output: ModulePipeline.Output) {
        taught.merge(output.taught) { $0.union($1) }
        made.merge(output.made) { max($0, $1) }
        modulesValidated.merge(output.validated, uniquingKeysWith: +)
        modulesRejected.merge(output.rejected, uniquingKeysWith: +)
        clusteringTime += output.clustering
        generationTime += output.generation
    }

    /// The summary of everything the conversation went through, in all and per learner.
    func summary(_ id: ConversationID, endedAt: ContinuousClock.Instant) -> ConversationSummary {
        var learners: [Speaker: LearnerSummary] = [:]
        var findingsByType: [ErrorType: Int] = [:]
        for (learner, analysed) in analysedByLearner {
            var findingsByTopic: [LocalizedText: Int] = [:]
            for finding in analysed.flatMap(\.findings) {
                findingsByTopic[finding.category, default: 0] += 1
                findingsByType[finding.errorType, default: 0] += 1
            }
            learners[learner] = LearnerSummary(
                utterancesAnalysed: analysed.count, findingsByTopic: findingsByTopic,
                modulesValidated: modulesValidated[learner] ?? 0, modulesRejected: modulesRejected[learner] ?? 0)
        }
        let total = learners.values.reduce(into: LearnerSummary()) { $0.add($1) }
        var timings = StageTimings()
        timings.analysis = analysisTime
        timings.clustering = clusteringTime
        timings.generation = generationTime
        let now = ContinuousClock.now
        timings.endToDone = now - endedAt
        timings.wallClock = now - startedAt
        return ConversationSummary(
            conversationID: id, messageCount: messageCount, utterancesAnalysed: total.utterancesAnalysed,
            batchCount: batchesStarted.values.reduce(0, +), findingCount: total.findingCount,
            findingsByErrorType: findingsByType, modulesValidated: total.modulesValidated,
            modulesRejected: total.modulesRejected, timings: timings, learners: learners)
    }

    /// Every piece of chat text the state holds, for tests of what the engine keeps.
    var heldText: [String] {
        recentMessages.map(\.text)
            + pending.values.flatMap { $0.map(\.text) }
            + results.values.flatMap { $0.values.flatMap { $0.map(\.utterance.text) } }
    }
}
