// A finding's topic, and the summary that counts findings under it (issue 17, item 6).

import Testing

@testable import TutorCore

@Suite("Finding topics")
struct FindingTopicTests {
    static let comparatives = LocalizedText(en: "Comparatives", ko: "비교급")

    static func finding(_ type: ErrorType, rule: String, label: LocalizedText?, at start: Int = 0) -> Finding {
        Finding(
            span: TextSpan(start: start, end: start + 4), original: "more", suggestions: [""], errorType: type,
            ruleID: rule, message: LocalizedText(en: "m", ko: "m"), severity: .medium, confidence: 0.9, label: label)
    }

    @Test("a rule's finding is about its rule's label, whatever its ERRANT type")
    func ruleLabel() {
        let double = Self.finding("U:ADV", rule: "comparative.double", label: Self.comparatives)
        #expect(double.topic == Self.comparatives)
        #expect(double.topic != ErrorTopic.name(for: double.errorType))
    }

    @Test(
        "a finding with no label (a model's) is named by its type, true of every error of that type",
        arguments: [
            ("R:VERB:TENSE", "Tense", "시제"), ("M:DET", "Articles and determiners", "관사와 한정사"),
            ("R:ORTH", "Capitals and spacing", "대문자와 띄어쓰기"),
            ("R:ADJ:FORM", "Comparatives and superlatives", "비교급과 최상급"),
            ("R:NOUN:INFL", "Singular, plural and uncountable nouns", "명사의 단수, 복수와 셀 수 없는 명사"),
            ("R:XYZ", "Other", "기타"),
        ])
    func typeNames(type: String, english: String, korean: String) {
        let finding = Self.finding(ErrorType(rawValue: type), rule: "llm.\(type.lowercased())", label: nil)
        #expect(finding.topic == LocalizedText(en: english, ko: korean))
        #expect(finding.category == finding.topic, "a model's finding counts under its type's topic")
    }

    @Test("Korean to say in English is one topic, from a model or a rule")
    func sayItInEnglish() {
        let model = Self.finding("R:OTHER", rule: Finding.sayItInEnglishPrefix + ".llm", label: nil)
        #expect(model.topic == ErrorTopic.sayItInEnglish)
    }

    static let comparativesTopic = LocalizedText(en: "Comparatives and superlatives", ko: "비교급과 최상급")

    @Test("a rule's category names its summary row; its label stays its module's title")
    func ruleCategory() {
        var double = Self.finding("U:ADV", rule: "comparative.double", label: Self.comparatives)
        double.categoryKey = "comparatives"
        #expect(double.category == Self.comparativesTopic && double.topic == Self.comparatives)
        double.categoryKey = "no-such-topic"
        #expect(double.category == ErrorTopic.name(for: "U:ADV"), "an unknown key falls back to the type's topic")
    }

    @Test("the summary counts each learner's findings by category: rules on one topic are one row, not 'Adverbs'")
    func summaryByTopic() {
        var state = ConversationState(startedAt: .now)
        let text = "This is more better and more cheaper"
        func comparative(at start: Int, label: LocalizedText) -> Finding {
            var finding = Self.finding("U:ADV", rule: "comparative.double", label: label, at: start)
            finding.categoryKey = "comparatives"
            return finding
        }
        let utterance = Utterance(
            conversationID: "c", learner: .learnerA, messageIndex: 1, rawText: text, context: [])
        state.results[.learnerA] = [
            0: [
                AnalysedUtterance(
                    utterance: utterance,
                    findings: [
                        comparative(at: 8, label: Self.comparatives),
                        comparative(at: 24, label: LocalizedText(en: "Comparatives with -er", ko: "-er 비교급")),
                        Self.finding("R:VERB:TENSE", rule: "llm.r:verb:tense", label: nil, at: 5),
                    ])
            ]
        ]
        let summary = state.summary("c", endedAt: .now)
        let learner = summary.merged { $0 == .learnerA }
        #expect(learner.findingsByTopic == [Self.comparativesTopic: 2, LocalizedText(en: "Tense", ko: "시제"): 1])
        #expect(learner.findingsByTopic[ErrorTopic.name(for: "U:ADV")] == nil, "the ERRANT grouping is gone")
        #expect(learner.findingCount == 3 && summary.findingCount == 3)
        // `analyze`'s report still counts ERRANT types.
        #expect(summary.findingsByErrorType == ["U:ADV": 2, "R:VERB:TENSE": 1])
    }

    @Test("topic counts cross a wire as rows and come back the same")
    func rows() {
        let counts = [Self.comparatives: 2, ErrorTopic.sayItInEnglish: 3]
        let rows = TopicCount.rows(counts)
        #expect(rows.map(\.count) == [3, 2])
        #expect(TopicCount.counts(rows) == counts)
    }
}
