// How `analyze` reports a run: a text or JSON summary, and module files under --out.

import Foundation
import TutorCore
import TutorLLM
import TutorUI

extension HeadlessRun {
    /// The summary `analyze` prints: counts, timings, the model's usage, each module in a line.
    /// Findings and modules are named as the app names them for the learner (`Finding.topic`,
    /// the module's label) in `strings`' language, not by ERRANT code (`--format json` keeps those).
    public func textSummary(file: String, out: String?, strings: Strings = .english) -> String {
        guard let summary else { return "\(file): the engine stopped before the conversation was done.\n" }
        let topics = SummaryRows.counts(summary.merged { _ in true }.findingsByTopic, strings)
        var lines = [
            "\(file)",
            "  messages \(summary.messageCount), learner utterances analysed \(summary.utterancesAnalysed), batches \(summary.batchCount)",
            "  findings \(summary.findingCount)"
                + (topics.isEmpty ? "" : ": " + topics.map { "\($0.name) \($0.count)" }.joined(separator: ", ")),
            "  modules validated \(summary.modulesValidated), rejected \(summary.modulesRejected)",
            "  time: analysis \(summary.timings.analysis.milliseconds) ms, clustering \(summary.timings.clustering.milliseconds) ms, "
                + "generation+validation \(summary.timings.generation.milliseconds) ms, end to last module \(summary.timings.endToDone.milliseconds) ms",
        ]
        if let model {
            let total = llmUsage.values.reduce(into: StageUsage()) { $0.add($1) }
            lines.append(
                "  model \(model): \(total.requests) requests (\(Self.stageList(llmUsage) { "\($0.requests)" })), "
                    + "\(total.totalTokens) tokens\(total.tokensEstimated ? " (some estimated)" : ""), \(total.failedRequests) failed, "
                    + "\(total.droppedItems) answer items dropped")
            lines.append(
                "  model time by stage: " + Self.stageList(llmUsage) { "\(($0.milliseconds * 10).rounded() / 10) ms" })
        }
        for failed in batches where failed.failure != nil {
            lines.append(
                "  batch \(failed.batchIndex + 1) of \(label(failed.learner)): analysed by \(failed.analyser) after a failure"
            )
        }
        if circuitOpenings > 0 {
            lines.append(
                "  the model went offline \(circuitOpenings == 1 ? "once" : "\(circuitOpenings) times")"
                    + (circuitOpenReason.map { " (still offline: \($0))" } ?? ", and came back"))
        }
        let modules = validated + rejected
        for (stage, notes) in offlineNotes where !notes.isEmpty {
            lines.append("  \(stage) done offline for \(notes.count) of \(modules.count) modules: \(notes[0])")
        }
        for outcome in validated {
            guard let module = outcome.module else { continue }
            let correction = module.focus.correction.isEmpty ? "(delete)" : module.focus.correction
            lines.append(
                "  ✓ \(strings.pick(module.focus.label)): \(module.focus.original.isEmpty ? "…" : module.focus.original) → \(correction)   [\(label(module.learner)), message \(module.utterance.messageIndex + 1)]"
            )
        }
        for outcome in rejected {
            let reasons = outcome.report.failures.map { "\($0.name): \($0.reason ?? "")" }.joined(separator: "; ")
            lines.append("  ✗ rejected \(outcome.report.moduleID): \(reasons)")
        }
        if let out { lines.append("  written to \(out)/validated, \(out)/rejected, \(out)/validation_reports") }
        return lines.joined(separator: "\n") + "\n"
    }

    /// What the report calls `speaker`: the learner's name when the file gives one.
    func label(_ speaker: Speaker) -> String {
        learnerLabels[speaker] ?? speaker.displayName
    }

    /// The summary of `analyze --format json`, with every module and report, escaped for a terminal.
    public func jsonSummary(file: String) throws -> String {
        struct Output: Encodable {
            var file: String
            var messages: Int
            var utterancesAnalysed: Int
            var batches: Int
            var findings: Int
            var findingsByErrorType: [String: Int]
            var modulesValidated: Int
            var modulesRejected: Int
            var timingsMilliseconds: [String: Double]
            var validated: [TeachingModule]
            var rejected: [ValidationReport]
            var analysers: [String]
            /// Why a batch's first analyser failed (its fallback analysed it).
            var batchFailures: [String]
            var model: String?
            /// Requests, tokens and time of the model, by stage (analysis, focus, generation, judge).
            var llm: [String: StageUsage]?
            /// Modules whose focus, generation or judging was done offline, by stage.
            var offlineModules: [String: Int]?
            /// How often the model's circuit opened.
            var circuitOpenings: Int?
            /// What the text report calls each learner who speaks, by speaker ("learner-a": "Minho").
            var learners: [String: String]
        }
        let summary = summary
        let output = Output(
            file: file, messages: summary?.messageCount ?? 0, utterancesAnalysed: summary?.utterancesAnalysed ?? 0,
            batches: summary?.batchCount ?? 0, findings: summary?.findingCount ?? 0,
            findingsByErrorType: Dictionary(
                uniqueKeysWithValues: (summary?.findingsByErrorType ?? [:]).map { ($0.key.rawValue, $0.value) }),
            modulesValidated: validated.count, modulesRejected: rejected.count,
            timingsMilliseconds: [
                "analysis": summary?.timings.analysis.milliseconds ?? 0,
                "clustering": summary?.timings.clustering.milliseconds ?? 0,
                "generation": summary?.timings.generation.milliseconds ?? 0,
                "endToDone": summary?.timings.endToDone.milliseconds ?? 0,
                "wallClock": summary?.timings.wallClock.milliseconds ?? 0,
            ],
            validated: validated.compactMap(\.module), rejected: rejected.map(\.report),
            analysers: Array(Set(batches.map(\.analyser))).sorted(),
            batchFailures: batches.sorted { $0.batchIndex < $1.batchIndex }.compactMap(\.failure), model: model,
            llm: model == nil ? nil : llmUsage,
            offlineModules: model == nil
                ? nil : Dictionary(uniqueKeysWithValues: offlineNotes.map { ($0.stage, $0.notes.count) }),
            circuitOpenings: model == nil ? nil : circuitOpenings,
            learners: Dictionary(uniqueKeysWithValues: learnerLabels.map { ($0.key.rawValue, $0.value) }))
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: TerminalSafeJSON.escaping(try encoder.encode(output)), as: UTF8.self) + "\n"
    }
}

extension HeadlessRun {
    /// The notes of module stages done without the model, by stage, from the reports:
    /// focus chosen by the ranking, modules written by the templates, modules not judged.
    public var offlineNotes: [(stage: String, notes: [String])] {
        let checks = (validated + rejected).flatMap(\.report.checks).filter(\.passed)
        func notes(_ name: String, _ keep: (String) -> Bool = { _ in true }) -> [String] {
            checks.filter { $0.name == name }.compactMap(\.reason).filter(keep)
        }
        return [
            ("focus", notes(ModuleValidator.Check.focus)),
            ("generation", notes(ModuleValidator.Check.generation)),
            ("judge", notes(ModuleValidator.Check.judge) { $0.hasPrefix("not judged") }),
        ]
    }

    /// "analysis 2, focus 1, ..." in pipeline order.
    static func stageList(_ usage: [String: StageUsage], _ value: (StageUsage) -> String) -> String {
        let order = ["analysis", "focus", "generation", "judge"]
        return usage.keys.sorted { (order.firstIndex(of: $0) ?? 9, $0) < (order.firstIndex(of: $1) ?? 9, $1) }
            .compactMap { name in usage[name].map { "\(name) \(value($0))" } }.joined(separator: ", ")
    }
}
