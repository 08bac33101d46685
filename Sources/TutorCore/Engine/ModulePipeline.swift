// After a conversation ends: cluster, rank, select, generate and validate, per learner.

/// The stages that turn a finished conversation's findings into modules. Runs in a
/// background task; the analysed utterances it is given are its only copy of the text.
struct ModulePipeline: Sendable {
    let maximumModules: Int
    let clusterer: Clusterer
    let focusSelector: any FocusSelector
    let generator: any ModuleGenerator
    let validator: ModuleValidator
    let analyserID: String

    struct Input: Sendable {
        var conversationID: ConversationID
        var messageCount: Int
        var batchCount: Int
        var analysedByLearner: [Speaker: [AnalysedUtterance]]
        var analysisTime: Duration
        var startedAt: ContinuousClock.Instant
        var endedAt: ContinuousClock.Instant
    }

    /// Makes every learner's modules, emitting each as soon as it is validated or rejected.
    func run(_ input: Input, emit: @Sendable (EngineEvent) -> Void) async -> ConversationSummary {
        var summary = Self.emptySummary(input.conversationID)
        summary.messageCount = input.messageCount
        summary.batchCount = input.batchCount
        summary.timings.analysis = input.analysisTime
        for learner in input.analysedByLearner.keys.sorted() {
            let analysed = input.analysedByLearner[learner] ?? []
            summary.utterancesAnalysed += analysed.count
            for finding in analysed.flatMap(\.findings) {
                summary.findingCount += 1
                summary.findingsByErrorType[finding.errorType, default: 0] += 1
            }
            guard !Task.isCancelled else { break }
            let clusteringStarted = ContinuousClock.now
            let clusters = clusterer.cluster(analysed)
            let candidates = (try? await focusSelector.selectCandidates(from: clusters, analysed: analysed, limit: maximumModules)) ?? []
            let clusteringTime = ContinuousClock.now - clusteringStarted
            summary.timings.clustering += clusteringTime
            emit(.clusteringDone(ClusteringDone(
                conversationID: input.conversationID, learner: learner, clusterCount: clusters.count,
                candidateCount: candidates.count, duration: clusteringTime)))
            await withTaskGroup(of: ModuleOutcome.self) { group in
                for candidate in candidates {
                    group.addTask { await makeModule(for: candidate) }
                }
                for await outcome in group {
                    summary.timings.generation += outcome.duration
                    if outcome.report.passed, outcome.module != nil {
                        summary.modulesValidated += 1
                        emit(.moduleValidated(outcome))
                    } else {
                        summary.modulesRejected += 1
                        emit(.moduleRejected(outcome))
                    }
                }
            }
        }
        let done = ContinuousClock.now
        summary.timings.endToDone = done - input.endedAt
        summary.timings.wallClock = done - input.startedAt
        return summary
    }

    private func makeModule(for candidate: TeachingCandidate) async -> ModuleOutcome {
        let started = ContinuousClock.now
        let module: TeachingModule?
        let report: ValidationReport
        do {
            let generated = try await generator.generateModule(for: candidate, analyser: analyserID)
            module = generated
            report = validator.validate(generated)
        } catch {
            module = nil
            report = .generationFailed(moduleID: TeachingModule.makeID(for: candidate), reason: "\(generator.identifier): \(error)")
        }
        return ModuleOutcome(
            conversationID: candidate.utterance.conversationID, learner: candidate.utterance.learner,
            module: module, report: report, duration: .now - started)
    }

    static func emptySummary(_ id: ConversationID) -> ConversationSummary {
        ConversationSummary(
            conversationID: id, messageCount: 0, utterancesAnalysed: 0, batchCount: 0, findingCount: 0,
            findingsByErrorType: [:], modulesValidated: 0, modulesRejected: 0, timings: StageTimings())
    }
}
