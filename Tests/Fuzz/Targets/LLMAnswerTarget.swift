// Fuzzes the reading of a model's answers: every stage, on any text a model could send back.

import TutorCore
@_spi(Fuzzing) import TutorLLM

enum LLMAnswerTarget {
    /// The batch the analyser's answers are about: English errors, Korean, a repeated word.
    private static let batch = Batch(
        conversationID: "fuzz", learner: .learnerA, index: 0,
        utterances: [
            utterance(1, "Yesterday I goed to school and buyed a apple."),
            utterance(3, "저는 김치를 좋아해요 but I like pizza more."),
            utterance(5, "She don't like the the cat."),
        ])

    private static func utterance(_ index: Int, _ text: String) -> Utterance {
        Utterance(
            conversationID: "fuzz", learner: .learnerA, messageIndex: index, rawText: text,
            context: [ContextMessage(speaker: .interviewer, text: "What did you do?")])
    }

    /// Candidates for the focus selector and the generator, from an answer that holds up.
    private static let candidates: [TeachingCandidate] = {
        let answer = """
            {"findings": [
              {"utterance": 1, "original": "goed", "correction": "went", "error_type": "R:VERB:TENSE", "confidence": 0.9},
              {"utterance": 1, "original": "a apple", "correction": "an apple", "error_type": "R:DET"},
              {"utterance": 2, "original": "저는 김치를 좋아해요", "correction": "I like kimchi", "error_type": "R:OTHER"},
              {"utterance": 3, "original": "don't", "correction": "doesn't", "error_type": "R:VERB:SVA"}
            ]}
            """
        let analysed = (try? StageAnswers.analysed(answer, batch: batch)) ?? []
        return analysed.flatMap { utterance in
            utterance.findings.map { finding in
                TeachingCandidate(
                    utterance: utterance.utterance, focus: finding,
                    otherFindings: utterance.findings.filter { $0 != finding },
                    cluster: ClusterSummary(key: finding.ruleID, size: 1, rank: 1))
            }
        }
    }()

    static func run(_ bytes: [UInt8]) throws(FuzzFailure) {
        // The first byte chooses the stage (and the candidate); the rest is the answer's text.
        guard let selector = bytes.first else { return }
        try FuzzFailure.check(candidates.count == 4, "the fixture's answer gave \(candidates.count) candidates, not 4")
        let content = String(decoding: bytes.dropFirst(), as: UTF8.self)
        switch selector % 4 {
        case 0: try analysis(content)
        case 1: try focus(content, limit: Int(selector / 4) % 5)
        case 2: try generation(content, candidate: candidates[Int(selector / 4) % candidates.count])
        default: try judge(content)
        }
    }

    /// Every finding kept is text of its utterance, at its place, clean and short, and none overlap.
    private static func analysis(_ content: String) throws(FuzzFailure) {
        guard let analysed = try? StageAnswers.analysed(content, batch: batch) else { return }
        try FuzzFailure.check(analysed.map(\.utterance) == batch.utterances, "the utterances changed")
        for utterance in analysed {
            let scalarCount = utterance.utterance.text.unicodeScalars.count
            for (index, finding) in utterance.findings.enumerated() {
                try FuzzFailure.check(
                    finding.span.start >= 0 && finding.span.end <= scalarCount && finding.span.start < finding.span.end,
                    "a span outside its utterance")
                try FuzzFailure.check(
                    utterance.utterance.text.substring(in: finding.span) == finding.original,
                    "a span that is not the original text")
                try FuzzFailure.check((0...1).contains(finding.confidence), "confidence \(finding.confidence)")
                try FuzzFailure.check(
                    finding.original.count <= 120 && finding.suggestions.allSatisfy { $0.count <= 120 },
                    "a finding over its length limits")
                let texts = [finding.original, finding.message.en, finding.message.ko] + finding.suggestions
                try FuzzFailure.check(
                    texts.allSatisfy { TextSanitizer.isClean($0) && !$0.contains("\n") },
                    "a finding's text is not clean")
                for other in utterance.findings[..<index] {
                    try FuzzFailure.check(
                        !other.span.overlaps(finding.span) && other.span != finding.span, "overlapping findings")
                }
            }
        }
    }

    /// Picks are candidates of the pool, each once, no more than asked for.
    private static func focus(_ content: String, limit: Int) throws(FuzzFailure) {
        guard let picks = try? StageAnswers.picks(content, pool: candidates, limit: limit) else { return }
        try FuzzFailure.check(picks.count <= limit, "\(picks.count) picks for a limit of \(limit)")
        try FuzzFailure.check(picks.indices.allSatisfy { !picks[..<$0].contains(picks[$0]) }, "a pick twice")
        try FuzzFailure.check(picks.allSatisfy(candidates.contains), "a pick from outside the pool")
    }

    /// A module's answers come from the finding, whatever the model wrote; the validator runs on it.
    private static func generation(_ content: String, candidate: TeachingCandidate) throws(FuzzFailure) {
        guard let module = try? StageAnswers.module(content, candidate: candidate) else { return }
        let correction = candidate.focus.suggestions.first ?? ""
        try FuzzFailure.check(
            module.problems.first?.kind == .fillInTheBlank && module.problems.first?.answer == correction,
            "the blank's answer is not the correction")
        try FuzzFailure.check(
            module.problems.allSatisfy { $0.choices.map { $0.contains(correction) } ?? true },
            "a multiple choice without the answer")
        try FuzzFailure.check(module.tips.count <= 4, "\(module.tips.count) tips")
        _ = ModuleValidator().validate(module)
    }

    /// A verdict always has a clean, short reason.
    private static func judge(_ content: String) throws(FuzzFailure) {
        guard let verdict = try? StageAnswers.verdict(content) else { return }
        try FuzzFailure.check(
            !verdict.reason.isEmpty && verdict.reason.count <= 200 && TextSanitizer.isClean(verdict.reason),
            "a verdict's reason is empty, long or not clean")
    }
}
