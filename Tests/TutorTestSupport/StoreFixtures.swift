// A complete module for the stores' tests (SQLite and PostgreSQL run the same contract).

import TutorCore

/// A complete module with Hangul in every place a learner's or a tutor's Korean can be. Its
/// lesson is "go" → "goes" in `text`: modules of different texts are different lessons (a
/// store saves the same lesson once, whatever the module's id).
public func makeModule(_ id: String, text: String = "She go to school.") -> TeachingModule {
    TeachingModule(
        id: id, conversationID: "conversation-1", learner: .learnerA, language: .english,
        utterance: ModuleUtterance(
            text: text, messageIndex: 1,
            context: [ContextMessage(speaker: .interviewer, text: "학교는 어때요? 🏫")]),
        focus: Focus(
            kind: .correction, errorType: "R:VERB:SVA", ruleID: "agreement.third-person",
            label: LocalizedText(en: "Subject–verb agreement", ko: "주어와 동사의 일치"), span: TextSpan(start: 4, end: 6),
            original: "go", correction: "goes"),
        correctedSentence: text.replacing(#/\bgo\b/#, with: "goes"),
        explanation: LocalizedText(en: "Add -s after he, she and it.", ko: "he, she, it 뒤에는 -s를 붙여요."),
        tips: [LocalizedText(en: "Say it aloud.", ko: "소리 내어 말해 보세요.")],
        problems: [
            Problem(
                kind: .fillInTheBlank, instruction: LocalizedText(en: "Fill in the blank.", ko: "빈칸을 채우세요."),
                text: "She ___ to school.", answer: "goes"),
            Problem(
                kind: .multipleChoice, instruction: LocalizedText(en: "Choose.", ko: "고르세요."),
                text: "He ___ tennis.", choices: ["play", "plays"], answer: "plays"),
            Problem(
                kind: .rewrite, instruction: LocalizedText(en: "Rewrite.", ko: "다시 쓰세요."), text: text,
                answer: "She goes to school."),
        ],
        provenance: Provenance(
            analyser: "builtin", generator: "template", cluster: ClusterSummary(key: "R:VERB:SVA", size: 3, rank: 1),
            confidence: 0.1 + 0.2))
}
