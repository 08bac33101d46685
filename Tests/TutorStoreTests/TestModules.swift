// Hand-made modules and throwaway directories for the store's tests.

import Foundation
import TutorCore

/// A complete module with Hangul in every place a learner's or a tutor's Korean can be.
func makeModule(_ id: String, text: String = "She go to school.") -> TeachingModule {
    TeachingModule(
        id: id, conversationID: "conversation-1", learner: .learnerA, language: .english,
        utterance: ModuleUtterance(
            text: text, messageIndex: 1,
            context: [ContextMessage(speaker: .interviewer, text: "학교는 어때요? 🏫")]),
        focus: Focus(
            kind: .correction, errorType: "R:VERB:SVA", ruleID: "agreement.third-person",
            label: LocalizedText(en: "Subject–verb agreement", ko: "주어와 동사의 일치"), span: TextSpan(start: 4, end: 6),
            original: "go", correction: "goes"),
        correctedSentence: "She goes to school.",
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

/// A new, empty directory of its own, removed (read-only parts included) when the test ends.
struct TemporaryDirectory: ~Copyable {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("chattutor-store-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    /// A path inside the directory.
    func appending(_ relativePath: String) -> URL {
        url.appendingPathComponent(relativePath)
    }

    deinit {
        // Undo any chmod a test made, so that removal cannot fail.
        if let paths = FileManager.default.enumerator(atPath: url.path) {
            for case let path as String in paths {
                chmod(url.appendingPathComponent(path).path, 0o700)
            }
        }
        chmod(url.path, 0o700)
        try? FileManager.default.removeItem(at: url)
    }
}

/// The permission bits of a file or directory.
func permissions(of url: URL) throws -> Int? {
    try FileManager.default.attributesOfItem(atPath: url.path)[.posixPermissions] as? Int
}

/// Whether file permissions can be tested: root reads and writes whatever the mode says.
let ignoresPermissions = geteuid() == 0
