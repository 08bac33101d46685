// States and modules for the UI tests.

import Foundation
import TerminalKit
import TutorCore

@testable import TutorUI

func module(_ id: String, label: String, original: String, correction: String, sentence: String, corrected: String)
    -> TeachingModule
{
    TeachingModule(
        id: id, conversationID: "c", learner: .learnerA, language: .english,
        utterance: ModuleUtterance(text: sentence, messageIndex: 2, context: []),
        focus: Focus(
            kind: .correction, errorType: "R:VERB:SVA", ruleID: "agreement.third-person",
            label: LocalizedText(en: label, ko: "주어와 동사의 일치"), span: TextSpan(start: 4, end: 6), original: original,
            correction: correction),
        correctedSentence: corrected,
        explanation: LocalizedText(en: "After she, add -s to the verb.", ko: "she 뒤에는 동사에 -s를 붙여요."),
        tips: [LocalizedText(en: "Find the subject first.", ko: "주어를 먼저 찾으세요.")],
        problems: [
            Problem(
                kind: .fillInTheBlank, instruction: LocalizedText(en: "Fill in the blank.", ko: "빈칸을 채우세요."),
                text: "She ___ to school.", answer: "goes"),
            Problem(
                kind: .multipleChoice, instruction: LocalizedText(en: "Choose one.", ko: "고르세요."),
                text: "She ___ to school.", choices: ["go", "goes", "going"], answer: "goes"),
        ],
        provenance: Provenance(
            analyser: "a", generator: "g", cluster: ClusterSummary(key: "k", size: 1, rank: 1), confidence: 0.9))
}

func baseState(columns: Int = 120, rows: Int = 30) -> AppState {
    var state = AppState(
        size: TerminalSize(columns: columns, rows: rows), theme: .mono, conversationID: "c", userName: "tester",
        analyserName: "builtin-rules/1")
    state.interviewer = InterviewerState(scriptTitle: "Small talk", lines: ["How are you?", "What do you do?", "Bye!"])
    state.startedAt = Date(timeIntervalSince1970: 1_796_653_920)  // 2026-12-07 14:32 UTC
    state.timeZone = TimeZone(secondsFromGMT: 0) ?? .current
    return state
}

func chattingState(columns: Int = 120, rows: Int = 30) -> AppState {
    var state = baseState(columns: columns, rows: rows)
    state.entries = [
        ChatEntry(speaker: .interviewer, text: "Hi there! How long have you lived here?"),
        ChatEntry(speaker: .learnerA, text: "I live here for two year. 저는 서울에서 왔어요."),
        ChatEntry(speaker: .interviewer, text: "What do you like about this neighbourhood?"),
        ChatEntry(
            speaker: .learnerA, text: "She go to school by bus and the park is very beautiful and quiet in the morning."
        ),
    ]
    for message in [nil, "I live here for two year."] { _ = state.interviewer?.interview.nextLine(after: message) }
    state.modules = [
        ModuleEntry(
            module: module(
                "m-1", label: "Subject–verb agreement", original: "go", correction: "goes",
                sentence: "She go to school.", corrected: "She goes to school.")),
        ModuleEntry(
            module: module(
                "m-2", label: "Plural nouns", original: "year", correction: "years",
                sentence: "I live here for two year.", corrected: "I live here for two years."), isSaved: true),
    ]
    state.modulesSeen = 2
    state.progress.batchesStarted = 1
    state.progress.batchesAnalysed = 1
    state.progress.messagesAnalysed = 10
    return state
}

/// A summary's findings by grammar topic (`Finding.category`), as the engine counts them.
let summaryTopics: [LocalizedText: Int] = [
    LocalizedText(en: "Subject–verb agreement", ko: "주어와 동사의 일치"): 3,
    LocalizedText(en: "Comparatives and superlatives", ko: "비교급과 최상급"): 2,
    LocalizedText(en: "Words that are easy to mix up", ko: "헷갈리기 쉬운 말"): 1,
]
