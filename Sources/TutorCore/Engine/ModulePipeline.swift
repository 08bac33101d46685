// Cluster, rank, select, generate and validate: one round over the findings so far.

/// The stages that turn findings into modules. A round runs whenever every batch so far
/// has been analysed (so modules arrive during the conversation), and a final one when the
/// conversation has ended. Each round teaches only utterances no earlier round taught.
struct ModulePipeline: Sendable {
    let maximumModules: Int
    let clusterer: Clusterer
    let focusSelector: any FocusSelector
    /// Chooses when `focusSelector` throws (the built-in ranking behind a model, say).
    let fallbackFocusSelector: (any FocusSelector)?
    let generator: any ModuleGenerator
    /// Writes the module when `generator` throws (the built-in templates behind a model).
    let fallbackGenerator: (any ModuleGenerator)?
    let validator: ModuleValidator
    /// Reviews each module that passed the validator, when there is one.
    let judge: (any ModuleJudge)?
    let analyserID: String

    struct Input: Sendable {
        var conversationID: ConversationID
        /// The last round may use every module left; earlier ones keep some for later batches.
        var isFinal: Bool
        var analysedByLearner: [Speaker: [AnalysedUtterance]]
        /// Message indexes already taught, by learner.
        var taught: [Speaker: Set<Int>]
        /// Modules already made (validated or rejected), by learner.
        var made: [Speaker: Int]
    }

    struct Output: Sendable {
        var taught: [Speaker: Set<Int>] = [:]
        var made: [Speaker: Int] = [:]
        /// Modules that passed and that failed in this round, by learner.
        var validated: [Speaker: Int] = [:]
        var rejected: [Speaker: Int] = [:]
        var clustering: Duration = .zero
        var generation: Duration = .zero

        /// Adds the counts and times of `other`, a `make`'s output (which has no taught or made).
        mutating func add(_ other: Output) {
            validated.merge(other.validated, uniquingKeysWith: +)
            rejected.merge(other.rejected, uniquingKeysWith: +)
            clustering += other.clustering
            generation += other.generation
        }
    }

    /// What a round chose: each learner's ranked candidates. Its `output` holds what the
    /// next round needs (taught, made) before any module is written, so the next round's
    /// choice need not wait for this round's generation and judging.
    struct Selection: Sendable {
        struct Choice: Sendable {
            var candidates: [TeachingCandidate]
            var focusNote: String?
        }

        var choices: [Choice] = []
        var output: Output
    }

    /// Makes each learner's new modules, emitting each as soon as it is validated or rejected.
    func run(_ input: Input, emit: @Sendable (EngineEvent) -> Void) async -> Output {
        let selection = await select(input, emit: emit)
        let made = await make(selection, emit: emit)
        var output = selection.output
        output.add(made)
        return output
    }

    /// Clusters, ranks and chooses each learner's candidates for the round, in learner order.
    func select(_ input: Input, emit: @Sendable (EngineEvent) -> Void) async -> Selection {
        var output = Output(taught: input.taught, made: input.made)
        var choices: [Selection.Choice] = []
        for learner in input.analysedByLearner.keys.sorted() {
            guard !Task.isCancelled else { break }
            let analysed = input.analysedByLearner[learner] ?? []
            let alreadyTaught = input.taught[learner] ?? []
            let left = maximumModules - (input.made[learner] ?? 0)
            let remaining = input.isFinal ? left : min(left, max(1, (maximumModules + 1) / 2))
            let clusteringStarted = ContinuousClock.now
            let clusters = clusterer.cluster(analysed)
            // Taught utterances stay in the clusters (they count towards frequency) but are
            // not chosen again, and neither is an utterance that says the same as a taught one.
            let taughtTexts = Set(
                analysed.filter { alreadyTaught.contains($0.utterance.messageIndex) }.map(
                    \.utterance.text.normalizedForComparison))
            let isOpen = { (item: AnalysedUtterance) in
                !alreadyTaught.contains(item.utterance.messageIndex)
                    && !taughtTexts.contains(item.utterance.text.normalizedForComparison)
            }
            let open = analysed.map { item in
                isOpen(item) ? item : AnalysedUtterance(utterance: item.utterance, findings: [])
            }
            let openClusters = clusters.map { cluster in
                var trimmed = cluster
                trimmed.members = cluster.members.filter { isOpen(analysed[$0.utteranceIndex]) }
                return trimmed
            }.filter { !$0.members.isEmpty }
            let (selected, focusNote) =
                remaining > 0
                ? await select(from: openClusters, analysed: open, limit: remaining)
                : ([], nil)
            // One module per sentence: the same words said twice are taught once. Ranks run on
            // across the conversation's rounds, so each is given once.
            var seenTexts = taughtTexts
            var candidates: [TeachingCandidate] = []
            for candidate in selected where seenTexts.insert(candidate.utterance.text.normalizedForComparison).inserted
            {
                var ranked = candidate
                ranked.cluster.rank = (input.made[learner] ?? 0) + candidates.count + 1
                candidates.append(ranked)
            }
            let clusteringTime = ContinuousClock.now - clusteringStarted
            output.clustering += clusteringTime
            emit(
                .clusteringDone(
                    ClusteringDone(
                        conversationID: input.conversationID, learner: learner, clusterCount: clusters.count,
                        candidateCount: candidates.count, duration: clusteringTime)))
            for candidate in candidates {
                output.taught[learner, default: []].insert(candidate.utterance.messageIndex)
                output.made[learner, default: 0] += 1
            }
            choices.append(Selection.Choice(candidates: candidates, focusNote: focusNote))
        }
        return Selection(choices: choices, output: output)
    }

    /// Writes, validates and judges a selection's modules, all at once, each delivered the
    /// moment it is done: ranks were given when they were chosen, so the order of delivery
    /// changes nothing in the modules. The output holds only the counts and the time.
    func make(_ selection: Selection, emit: @Sendable (EngineEvent) -> Void) async -> Output {
        var output = Output()
        await withTaskGroup(of: ModuleOutcome.self) { group in
            for choice in selection.choices {
                for candidate in choice.candidates {
                    group.addTask { await makeModule(for: candidate, focusNote: choice.focusNote) }
                }
            }
            for await outcome in group {
                output.generation += outcome.duration
                if outcome.report.passed, outcome.module != nil {
                    output.validated[outcome.learner, default: 0] += 1
                    emit(.moduleValidated(outcome))
                } else {
                    output.rejected[outcome.learner, default: 0] += 1
                    emit(.moduleRejected(outcome))
                }
            }
        }
        return output
    }

    /// The selector's candidates; when it throws, the fallback's, with a note for the reports.
    private func select(from clusters: [Cluster], analysed: [AnalysedUtterance], limit: Int) async -> (
        [TeachingCandidate], String?
    ) {
        do {
            return (try await focusSelector.selectCandidates(from: clusters, analysed: analysed, limit: limit), nil)
        } catch {
            guard let fallbackFocusSelector,
                let chosen = try? await fallbackFocusSelector.selectCandidates(
                    from: clusters, analysed: analysed, limit: limit)
            else { return ([], nil) }
            return (chosen, "chosen offline by the built-in ranking: \(error)")
        }
    }

    /// Generates, validates and judges one module. Notes of stages done offline go on its
    /// report as passed checks, so the report says how the module was made.
    private func makeModule(for candidate: TeachingCandidate, focusNote: String?) async -> ModuleOutcome {
        let started = ContinuousClock.now
        let module: TeachingModule?
        var report: ValidationReport
        switch await generate(candidate) {
        case .success(var generated):
            var checked = validator.validate(generated.module)
            // A model's module the validator refuses is written offline instead, when it can
            // be: the learner gets a module that teaches right, and the report says why.
            if !checked.passed, generated.offlineNote == nil, let fallbackGenerator,
                let offline = try? await fallbackGenerator.generateModule(for: candidate, analyser: analyserID)
            {
                let offlineReport = validator.validate(offline)
                if offlineReport.passed {
                    let refused = checked.failures.map { "\($0.name): \($0.reason ?? "")" }.joined(separator: "; ")
                    generated = (
                        offline,
                        "generated offline by \(fallbackGenerator.identifier): \(generator.identifier)'s module was refused (\(refused))"
                    )
                    checked = offlineReport
                }
            }
            module = generated.module
            report = await judged(generated.module, report: checked)
            if let note = generated.offlineNote {
                report.checks.append(
                    ValidationCheckResult(name: ModuleValidator.Check.generation, passed: true, reason: note))
            }
        case .failure(let failure):
            module = nil
            report = .generationFailed(moduleID: TeachingModule.makeID(for: candidate), reason: failure.reason)
        }
        if let focusNote {
            report.checks.append(
                ValidationCheckResult(name: ModuleValidator.Check.focus, passed: true, reason: focusNote))
        }
        return ModuleOutcome(
            conversationID: candidate.utterance.conversationID, learner: candidate.utterance.learner,
            module: module, report: report, duration: .now - started)
    }

    /// The generator's module; when it throws, the fallback generator's (validated the same
    /// way afterwards), with a note saying it was made offline and why.
    private func generate(_ candidate: TeachingCandidate) async -> Result<
        (module: TeachingModule, offlineNote: String?), ModuleGenerationError
    > {
        let failure: String
        do {
            return .success((try await generator.generateModule(for: candidate, analyser: analyserID), nil))
        } catch {
            failure = "\(generator.identifier): \(error)"
        }
        guard let fallbackGenerator else { return .failure(ModuleGenerationError(reason: failure)) }
        do {
            let module = try await fallbackGenerator.generateModule(for: candidate, analyser: analyserID)
            return .success((module, "generated offline by \(fallbackGenerator.identifier) after \(failure)"))
        } catch {
            return .failure(ModuleGenerationError(reason: "\(failure); \(fallbackGenerator.identifier): \(error)"))
        }
    }

    /// Adds the judge's verdict to a report that passed; a judge that cannot answer leaves
    /// the module to the deterministic checks, with a note saying so.
    private func judged(_ module: TeachingModule, report: ValidationReport) async -> ValidationReport {
        guard let judge, report.passed, !Task.isCancelled else { return report }
        var report = report
        do {
            let verdict = try await judge.judge(module)
            report.checks.append(
                ValidationCheckResult(
                    name: ModuleValidator.Check.judge, passed: verdict.approved,
                    reason: verdict.approved ? nil : "\(judge.identifier): \(verdict.reason)"))
        } catch {
            report.checks.append(
                ValidationCheckResult(
                    name: ModuleValidator.Check.judge, passed: true,
                    reason: "not judged (\(judge.identifier): \(error))"))
        }
        return report
    }

    static func emptySummary(_ id: ConversationID) -> ConversationSummary {
        ConversationSummary(
            conversationID: id, messageCount: 0, utterancesAnalysed: 0, batchCount: 0, findingCount: 0,
            findingsByErrorType: [:], modulesValidated: 0, modulesRejected: 0, timings: StageTimings())
    }
}

extension ModuleValidator.Check {
    /// The module could be written: failed when no generator could, and when the fallback
    /// wrote it, passed with a note saying so.
    public static let generation = "generation"
    /// Passed with a note when the candidate was chosen by the fallback selector.
    public static let focus = "focus"
}
