// What the engine reports as a conversation moves through the pipeline.

/// One step of the pipeline, in the order a conversation goes through them.
public enum EngineEvent: Sendable {
    case batchStarted(BatchStarted)
    case batchAnalysed(BatchAnalysed)
    case clusteringDone(ClusteringDone)
    case moduleValidated(ModuleOutcome)
    case moduleRejected(ModuleOutcome)
    case conversationDone(ConversationSummary)

    /// The conversation the event belongs to.
    public var conversationID: ConversationID {
        switch self {
        case .batchStarted(let event): event.conversationID
        case .batchAnalysed(let event): event.conversationID
        case .clusteringDone(let event): event.conversationID
        case .moduleValidated(let event), .moduleRejected(let event): event.conversationID
        case .conversationDone(let event): event.conversationID
        }
    }
}

/// A batch was handed to the analyser.
public struct BatchStarted: Sendable, Hashable {
    public var conversationID: ConversationID
    public var learner: Speaker
    public var batchIndex: Int
    public var utteranceCount: Int
}

/// A batch's analysis finished.
public struct BatchAnalysed: Sendable, Hashable {
    public var conversationID: ConversationID
    public var learner: Speaker
    public var batchIndex: Int
    public var utteranceCount: Int
    public var findingCount: Int
    /// The analyser that produced the findings.
    public var analyser: String
    /// Why the first analyser failed, when a fallback analysed the batch (or nothing could).
    public var failure: String?
    public var duration: Duration
    /// Each utterance of the batch with its findings, in order: the TUI marks where they are in
    /// the learner's messages and keeps them for an export the learner asks for.
    public var analysed: [AnalysedUtterance]

    public init(
        conversationID: ConversationID, learner: Speaker, batchIndex: Int, utteranceCount: Int, findingCount: Int,
        analyser: String, failure: String?, duration: Duration, analysed: [AnalysedUtterance] = []
    ) {
        self.conversationID = conversationID
        self.learner = learner
        self.batchIndex = batchIndex
        self.utteranceCount = utteranceCount
        self.findingCount = findingCount
        self.analyser = analyser
        self.failure = failure
        self.duration = duration
        self.analysed = analysed
    }
}

/// A learner's findings were clustered and ranked.
public struct ClusteringDone: Sendable, Hashable {
    public var conversationID: ConversationID
    public var learner: Speaker
    public var clusterCount: Int
    public var candidateCount: Int
    public var duration: Duration
}

/// A module was generated and validated (it passed or failed).
public struct ModuleOutcome: Sendable, Hashable {
    public var conversationID: ConversationID
    public var learner: Speaker
    /// Nil when generation itself failed.
    public var module: TeachingModule?
    public var report: ValidationReport
    /// Generation plus validation.
    public var duration: Duration

    public init(
        conversationID: ConversationID, learner: Speaker, module: TeachingModule?, report: ValidationReport,
        duration: Duration
    ) {
        self.conversationID = conversationID
        self.learner = learner
        self.module = module
        self.report = report
        self.duration = duration
    }
}

/// A conversation finished: every module delivered, and the engine holds none of its text.
public struct ConversationSummary: Sendable, Hashable {
    public var conversationID: ConversationID
    public var messageCount: Int
    public var utterancesAnalysed: Int
    public var batchCount: Int
    public var findingCount: Int
    /// ERRANT types, for `analyze --format json`; people read `LearnerSummary.findingsByTopic`.
    public var findingsByErrorType: [ErrorType: Int]
    public var modulesValidated: Int
    public var modulesRejected: Int
    public var timings: StageTimings
    /// Each learner's own part: in a two-learner chat each summary shows only its learner's.
    public var learners: [Speaker: LearnerSummary] = [:]

    /// The part of `learners` for which `isIncluded` holds, added up (one learner, or every
    /// learner for a replay shown to a class).
    public func merged(_ isIncluded: (Speaker) -> Bool) -> LearnerSummary {
        learners.filter { isIncluded($0.key) }.values.reduce(into: LearnerSummary()) { $0.add($1) }
    }
}

/// What one learner's messages came to: how many were analysed, the findings by topic, the modules.
public struct LearnerSummary: Sendable, Hashable {
    public var utterancesAnalysed = 0
    /// Findings counted by `Finding.category`, the grammar topic (`ErrorTopic`) many rules share.
    public var findingsByTopic: [LocalizedText: Int] = [:]
    public var modulesValidated = 0
    public var modulesRejected = 0

    public init(
        utterancesAnalysed: Int = 0, findingsByTopic: [LocalizedText: Int] = [:], modulesValidated: Int = 0,
        modulesRejected: Int = 0
    ) {
        self.utterancesAnalysed = utterancesAnalysed
        self.findingsByTopic = findingsByTopic
        self.modulesValidated = modulesValidated
        self.modulesRejected = modulesRejected
    }

    public var findingCount: Int { findingsByTopic.values.reduce(0, +) }

    mutating func add(_ other: LearnerSummary) {
        utterancesAnalysed += other.utterancesAnalysed
        findingsByTopic.merge(other.findingsByTopic, uniquingKeysWith: +)
        modulesValidated += other.modulesValidated
        modulesRejected += other.modulesRejected
    }
}

/// Time spent per stage. Analysis and generation add up the work of concurrent tasks;
/// `wallClock` runs from the conversation's first message to its last module.
public struct StageTimings: Sendable, Hashable {
    public var analysis: Duration = .zero
    public var clustering: Duration = .zero
    public var generation: Duration = .zero
    /// From the end of the conversation to its last module.
    public var endToDone: Duration = .zero
    public var wallClock: Duration = .zero

    public init() {}
}
