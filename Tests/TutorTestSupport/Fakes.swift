// Fakes of the engine's edges: an analyser, a generator and a selector that tests control.

import Foundation
import TutorCore

/// Flags the words of a table ("bad" → "good") and records every batch it is given.
/// Batches can be held at a gate until the test releases them.
public final class FakeAnalyser: Analyser {
    public let identifier: String
    public let corrections: [String: String]
    private let state = Locked(State())
    private let failing: Bool

    private struct State {
        var batches: [Batch] = []
        var running = 0
        var maximumRunning = 0
        var heldBatches: Set<Int>? = nil
        var waiting: [Int: [CheckedContinuation<Void, Never>]] = [:]
    }

    public init(
        identifier: String = "fake-analyser", corrections: [String: String] = ["bad": "good", "wrong": "right"],
        failing: Bool = false
    ) {
        self.identifier = identifier
        self.corrections = corrections
        self.failing = failing
    }

    /// Every batch received so far.
    public var batches: [Batch] { state.withLock { $0.batches } }
    /// The most batches that were being analysed at once.
    public var maximumConcurrency: Int { state.withLock { $0.maximumRunning } }

    /// Holds every batch with one of these indexes until `release` (others run at once).
    public func hold(batchIndexes: Set<Int>) { state.withLock { $0.heldBatches = batchIndexes } }

    /// Lets the held batch with this index finish.
    public func release(batchIndex: Int) {
        let waiting = state.withLock { state -> [CheckedContinuation<Void, Never>] in
            state.heldBatches?.remove(batchIndex)
            return state.waiting.removeValue(forKey: batchIndex) ?? []
        }
        waiting.forEach { $0.resume() }
    }

    public func analyse(_ batch: Batch) async throws -> [AnalysedUtterance] {
        state.withLock { state in
            state.batches.append(batch)
            state.running += 1
            state.maximumRunning = max(state.maximumRunning, state.running)
        }
        defer { state.withLock { $0.running -= 1 } }
        await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
            let held = state.withLock { state -> Bool in
                guard state.heldBatches?.contains(batch.index) == true else { return false }
                state.waiting[batch.index, default: []].append(continuation)
                return true
            }
            if !held { continuation.resume() }
        }
        if failing { throw FakeFailure() }
        return batch.utterances.map { AnalysedUtterance(utterance: $0, findings: findings(in: $0.text)) }
    }

    public func findings(in text: String) -> [Finding] {
        var findings: [Finding] = []
        var offset = 0
        for word in text.split(separator: " ", omittingEmptySubsequences: false) {
            let bare = word.trimmingCharacters(in: .punctuationCharacters)
            if let correction = corrections[bare] {
                let start =
                    offset + (word.unicodeScalars.count - word.drop(while: { $0.isPunctuation }).unicodeScalars.count)
                findings.append(
                    Finding(
                        span: TextSpan(start: start, end: start + bare.unicodeScalars.count), original: bare,
                        suggestions: [correction], errorType: "R:ADJ", ruleID: "fake.\(bare)",
                        message: LocalizedText(en: "Say \(correction).", ko: "\(correction)라고 하세요."),
                        severity: .medium, confidence: 0.9))
            }
            offset += word.unicodeScalars.count + 1
        }
        return findings
    }
}

public struct FakeFailure: Error, CustomStringConvertible {
    public init() {}
    public var description: String { "the fake analyser failed on purpose" }
}

/// Makes a small valid module from a candidate; can hold or break chosen utterances.
public final class FakeGenerator: ModuleGenerator {
    public let identifier = "fake-generator"
    private let state = Locked(GeneratorState())

    private struct GeneratorState {
        var held: [String: CheckedContinuation<Void, Never>] = [:]
        var holdWords: Set<String> = []
        var generated: [TeachingCandidate] = []
    }

    /// Candidates whose utterance contains one of these words leak their answer (and fail validation).
    public let leakWords: Set<String>

    public init(leakWords: Set<String> = []) {
        self.leakWords = leakWords
    }

    public var generated: [TeachingCandidate] { state.withLock { $0.generated } }

    /// Holds generation of modules whose focus is this word until `release`.
    public func hold(focus word: String) { state.withLock { _ = $0.holdWords.insert(word) } }

    public func release(focus word: String) {
        let continuation = state.withLock { state -> CheckedContinuation<Void, Never>? in
            state.holdWords.remove(word)
            return state.held.removeValue(forKey: word)
        }
        continuation?.resume()
    }

    public func generateModule(for candidate: TeachingCandidate, analyser: String) async throws -> TeachingModule {
        let word = candidate.focus.original
        await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
            let held = state.withLock { state -> Bool in
                state.generated.append(candidate)
                guard state.holdWords.contains(word) else { return false }
                state.held[word] = continuation
                return true
            }
            if !held { continuation.resume() }
        }
        let corrected = candidate.correctedText
        let correction = candidate.focus.suggestions.first ?? ""
        let blanked = corrected.replacingFirst(correction, with: Problem.blank)
        let leaks = candidate.utterance.text.split(separator: " ").contains { leakWords.contains(String($0)) }
        return TeachingModule(
            id: TeachingModule.makeID(for: candidate), conversationID: candidate.utterance.conversationID,
            learner: candidate.utterance.learner, language: candidate.utterance.language,
            utterance: ModuleUtterance(candidate.utterance),
            focus: Focus(
                kind: .correction, errorType: candidate.focus.errorType, ruleID: candidate.focus.ruleID,
                label: LocalizedText(en: "Word choice", ko: "단어 선택"), span: candidate.focus.span,
                original: candidate.focus.original, correction: correction),
            correctedSentence: corrected,
            explanation: LocalizedText(en: "Use '\(correction)'.", ko: "'\(correction)'을 쓰세요."),
            tips: [LocalizedText(en: "Read it aloud.", ko: "소리 내어 읽으세요.")],
            problems: [
                Problem(
                    kind: .fillInTheBlank,
                    instruction: LocalizedText(
                        en: leaks ? "Write '\(correction)'." : "Fill in the blank.", ko: "빈칸을 채우세요."), text: blanked,
                    answer: correction),
                Problem(
                    kind: .rewrite, instruction: LocalizedText(en: "Rewrite it.", ko: "다시 쓰세요."),
                    text: candidate.utterance.text, answer: corrected),
            ],
            provenance: Provenance(
                analyser: analyser, generator: identifier, cluster: candidate.cluster,
                confidence: candidate.focus.confidence))
    }
}

/// Records the analysed utterances a selection was made from, then delegates.
public final class RecordingSelector: FocusSelector {
    private let recorded = Locked<[[AnalysedUtterance]]>([])
    private let inner = RankedFocusSelector()

    public init() {}

    public var calls: [[AnalysedUtterance]] { recorded.withLock { $0 } }

    public func selectCandidates(from clusters: [Cluster], analysed: [AnalysedUtterance], limit: Int) async throws
        -> [TeachingCandidate]
    {
        recorded.withLock { $0.append(analysed) }
        return try await inner.selectCandidates(from: clusters, analysed: analysed, limit: limit)
    }
}

extension String {
    func replacingFirst(_ target: String, with replacement: String) -> String {
        guard !target.isEmpty, let range = range(of: target) else { return self }
        return replacingCharacters(in: range, with: replacement)
    }
}
