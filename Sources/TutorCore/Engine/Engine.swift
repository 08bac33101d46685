// The analysis engine: takes messages, batches and analyses them, and delivers modules.

/// Runs the pipeline of DESIGN §1 for any number of conversations. Sending a message never
/// waits for analysis: batches, clustering and module generation run in background tasks
/// and report through `events`. The engine knows nothing of terminals, storage or HTTP.
public actor Engine {
    /// Everything the engine does, in order per conversation. One consumer.
    public nonisolated let events: AsyncStream<EngineEvent>
    private let continuation: AsyncStream<EngineEvent>.Continuation

    private let configuration: EngineConfiguration
    private let pipeline: ModulePipeline
    private let analyser: any Analyser
    private let fallbackAnalyser: (any Analyser)?
    private let clock: any Clock<Duration>
    /// Limits analyses and module rounds running at once (nil: no limit).
    private let limiter: WorkLimiter?

    private var conversations: [ConversationID: ConversationState] = [:]
    private var finishingTasks: [ConversationID: Task<Void, Never>] = [:]
    private var isShutDown = false

    /// - Parameters:
    ///   - fallbackAnalyser: analyses a batch when `analyser` fails (the built-in rules
    ///     behind an LLM, say).
    ///   - fallbackFocusSelector, fallbackGenerator: choose and write modules when
    ///     `focusSelector` or `generator` throws (the built-in parts behind a model); a module
    ///     made so passes the same validator, and its report notes it.
    ///   - judge: reviews every module that passed `validator` (an LLM, say); nil for none.
    ///   - clock: measures the idle timeout; tests pass a manual clock.
    public init(
        configuration: EngineConfiguration = EngineConfiguration(),
        analyser: any Analyser,
        fallbackAnalyser: (any Analyser)? = nil,
        focusSelector: any FocusSelector = RankedFocusSelector(),
        fallbackFocusSelector: (any FocusSelector)? = nil,
        generator: any ModuleGenerator,
        fallbackGenerator: (any ModuleGenerator)? = nil,
        validator: ModuleValidator = ModuleValidator(),
        judge: (any ModuleJudge)? = nil,
        clusterer: Clusterer = Clusterer(),
        clock: any Clock<Duration> = ContinuousClock()
    ) {
        (events, continuation) = AsyncStream.makeStream(of: EngineEvent.self)
        self.configuration = configuration
        self.analyser = analyser
        self.fallbackAnalyser = fallbackAnalyser
        self.clock = clock
        self.limiter = configuration.maximumConcurrentWork.map { WorkLimiter(limit: $0) }
        self.pipeline = ModulePipeline(
            maximumModules: configuration.maximumModules, clusterer: clusterer,
            focusSelector: focusSelector, fallbackFocusSelector: fallbackFocusSelector, generator: generator,
            fallbackGenerator: fallbackGenerator, validator: validator, judge: judge,
            analyserID: analyser.identifier)
    }

    // MARK: - Driving the engine

    /// Takes one message. Learner messages join their learner's batch, which is analysed in
    /// the background once full; every message becomes context for the next utterances.
    /// - Returns: the batch place of a learner message; nil for the interviewer's and for
    ///   one with no text left after sanitising, which join no batch.
    @discardableResult
    public func send(_ message: Message) throws(EngineError) -> BatchPlace? {
        guard !isShutDown else { throw .shutDown }
        let id = message.conversationID
        guard finishingTasks[id] == nil, conversations[id]?.isEnded != true else { throw .conversationEnding(id) }
        var state = conversations[id] ?? ConversationState(startedAt: .now)
        let text = TextSanitizer.sanitize(message.text)
        var place: BatchPlace?
        if message.speaker.isLearner {
            let utterance = Utterance(
                conversationID: id, learner: message.speaker, messageIndex: state.messageCount,
                text: text, language: LanguageDetector.detect(text), context: state.recentMessages)
            if !text.isEmpty {
                state.pending[message.speaker, default: []].append(utterance)
                let position = state.pending[message.speaker, default: []].count
                place = BatchPlace(
                    index: state.batchesStarted[message.speaker, default: 0], position: position,
                    size: configuration.batchSize)
                if position >= configuration.batchSize {
                    startBatch(of: message.speaker, in: id, state: &state)
                }
            }
        }
        if !text.isEmpty {
            state.recentMessages.append(ContextMessage(speaker: message.speaker, text: text))
            if state.recentMessages.count > configuration.contextSize {
                state.recentMessages.removeFirst(state.recentMessages.count - configuration.contextSize)
            }
        }
        state.messageCount += 1
        scheduleIdleTimeout(for: id, state: &state)
        conversations[id] = state
        return place
    }

    /// Ends a conversation: the rest of each learner's utterances are analysed, then the
    /// findings are clustered and the modules made. Ending twice, or an unknown
    /// conversation, reports it done with nothing in it.
    public func endConversation(_ id: ConversationID) {
        guard !isShutDown, finishingTasks[id] == nil else { return }
        guard var state = conversations[id] else {
            continuation.yield(.conversationDone(ModulePipeline.emptySummary(id)))
            return
        }
        guard !state.isEnded else { return }
        state.isEnded = true
        state.endedAt = .now
        state.idleTask?.cancel()
        state.idleTask = nil
        for learner in state.pending.keys.sorted() where !(state.pending[learner] ?? []).isEmpty {
            startBatch(of: learner, in: id, state: &state)
        }
        conversations[id] = state
        finishIfAnalysed(id)
    }

    /// Stops everything: running analyses and generations are cancelled and `events` ends.
    public func shutdown() {
        isShutDown = true
        for state in conversations.values {
            state.idleTask?.cancel()
            state.batchTasks.forEach { $0.cancel() }
            state.makingTasks.forEach { $0.cancel() }
        }
        finishingTasks.values.forEach { $0.cancel() }
        conversations.removeAll()
        finishingTasks.removeAll()
        continuation.finish()
    }

    // MARK: - What the engine holds (for tests and status displays)

    /// Conversations that have state in the engine: open, analysing or making modules.
    public var activeConversationCount: Int { conversations.count + finishingTasks.count }

    /// The chat text the engine still holds for a conversation outside running tasks.
    public func heldText(of id: ConversationID) -> [String] {
        conversations[id]?.heldText ?? []
    }

    // MARK: - Batches

    private func startBatch(of learner: Speaker, in id: ConversationID, state: inout ConversationState) {
        let utterances = state.pending[learner] ?? []
        state.pending[learner] = []
        let index = state.batchesStarted[learner, default: 0]
        state.batchesStarted[learner] = index + 1
        state.batchesInFlight += 1
        state.batchOrder.append(ConversationState.BatchKey(learner: learner, index: index))
        if !state.isEnded { state.openBatchCount += 1 }
        let batch = Batch(conversationID: id, learner: learner, index: index, utterances: utterances)
        continuation.yield(
            .batchStarted(
                BatchStarted(
                    conversationID: id, learner: learner, batchIndex: index, utteranceCount: utterances.count)))
        let queue = configuration.workQueue(id)
        let task = Task.detached { [analyser, fallbackAnalyser, limiter] in
            let (outcome, duration) = await Self.limited(limiter, queue) {
                let started = ContinuousClock.now
                let outcome = await BatchAnalysis.run(batch, analyser: analyser, fallback: fallbackAnalyser)
                return (outcome, ContinuousClock.now - started)
            }
            await self.batchFinished(batch, outcome: outcome, duration: duration)
        }
        state.batchTasks.append(task)
    }

    private func batchFinished(_ batch: Batch, outcome: BatchAnalysis, duration: Duration) {
        guard var state = conversations[batch.conversationID] else { return }
        state.results[batch.learner, default: [:]][batch.index] = outcome.analysed
        state.batchesInFlight -= 1
        state.analysisTime += duration
        conversations[batch.conversationID] = state
        continuation.yield(
            .batchAnalysed(
                BatchAnalysed(
                    conversationID: batch.conversationID, learner: batch.learner, batchIndex: batch.index,
                    utteranceCount: batch.utterances.count,
                    findingCount: outcome.analysed.reduce(0) { $0 + $1.findings.count },
                    analyser: outcome.analyserID, failure: outcome.failure, duration: duration,
                    analysed: outcome.analysed)))
        finishIfAnalysed(batch.conversationID)
    }

    // MARK: - Module rounds

    /// Runs the next module round whose batches are all analysed: one round per batch started
    /// while the conversation was open, over that batch and those before it, in start order;
    /// then, once the conversation has ended and everything is analysed, the final round,
    /// which hands the state to its task and forgets it here. Which modules a conversation
    /// gets therefore depends on its messages, not on which analysis finished first.
    private func finishIfAnalysed(_ id: ConversationID) {
        guard var state = conversations[id], !state.roundRunning else { return }
        let input: ModulePipeline.Input
        if state.prefixRoundsDone < state.openBatchCount {
            guard let analysed = state.analysedByLearner(ofFirst: state.prefixRoundsDone + 1) else { return }
            input = ModulePipeline.Input(
                conversationID: id, isFinal: false, analysedByLearner: analysed, taught: state.taught, made: state.made)
        } else {
            guard state.isEnded, state.batchesInFlight == 0 else { return }
            input = ModulePipeline.Input(
                conversationID: id, isFinal: true, analysedByLearner: state.analysedByLearner, taught: state.taught,
                made: state.made)
        }
        state.roundRunning = true
        let queue = configuration.workQueue(id)
        if input.isFinal {
            // The final round's task holds the only copy of the text from here on; it waits
            // for the modules of earlier rounds still being made before it reports the end.
            let making = state.makingTasks
            state.makingTasks = []
            conversations[id] = nil
            finishingTasks[id] = Task.detached { [pipeline, continuation, limiter] in
                let output = await Self.limited(limiter, queue) { await pipeline.run(input) { continuation.yield($0) } }
                var earlier: [ModulePipeline.Output] = []
                for task in making {
                    earlier.append(
                        await withTaskCancellationHandler {
                            await task.value
                        } onCancel: {
                            task.cancel()
                        })
                }
                await self.conversationFinished(id, state: state, outputs: earlier + [output])
            }
        } else {
            // Only the choice is in the rounds' order: the next round needs what this one
            // chose, not its modules, so it may start while they are written and judged (in
            // the same piece of work, so the limiter counts a round once).
            conversations[id] = state
            let task = Task.detached { [pipeline, continuation, limiter] in
                await Self.limited(limiter, queue) {
                    let selection = await pipeline.select(input) { continuation.yield($0) }
                    await self.roundSelected(id, output: selection.output)
                    return await pipeline.make(selection) { continuation.yield($0) }
                }
            }
            conversations[id]?.makingTasks.append(task)
        }
    }

    /// Runs background work through the limiter, or at once when there is none.
    private static func limited<T: Sendable>(_ limiter: WorkLimiter?, _ queue: String, _ work: @Sendable () async -> T)
        async -> T
    {
        guard let limiter else { return await work() }
        return await limiter.run(in: queue, work)
    }

    /// A round has chosen (its modules are still being made): the next round may start.
    private func roundSelected(_ id: ConversationID, output: ModulePipeline.Output) {
        guard var state = conversations[id] else { return }
        state.record(output)
        state.roundRunning = false
        state.prefixRoundsDone += 1
        conversations[id] = state
        finishIfAnalysed(id)
    }

    private func conversationFinished(_ id: ConversationID, state: ConversationState, outputs: [ModulePipeline.Output])
    {
        finishingTasks[id] = nil
        guard !isShutDown else { return }
        var state = state
        for output in outputs { state.record(output) }
        continuation.yield(.conversationDone(state.summary(id, endedAt: state.endedAt ?? .now)))
    }

    // MARK: - Idle timeout

    private func scheduleIdleTimeout(for id: ConversationID, state: inout ConversationState) {
        state.idleTask?.cancel()
        guard let timeout = configuration.idleTimeout else { return }
        state.idleGeneration += 1
        let generation = state.idleGeneration
        state.idleTask = Task { [clock] in
            do { try await clock.sleep(for: timeout) } catch { return }
            self.idleTimeoutExpired(id, generation: generation)
        }
    }

    private func idleTimeoutExpired(_ id: ConversationID, generation: Int) {
        guard let state = conversations[id], state.idleGeneration == generation, !state.isEnded else { return }
        endConversation(id)
    }
}
