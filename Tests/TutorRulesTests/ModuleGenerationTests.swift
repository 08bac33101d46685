// The template generator: every rule's example becomes a module that passes validation.

import Foundation
import Testing
import TutorCore
import TutorTestSupport

@testable import TutorRules

@Suite("Template modules")
struct ModuleGenerationTests {
    static let generator = TemplateModuleGenerator(analyser: Shipped.analyser)
    static let validator = ModuleValidator(
        recheck: { Shipped.analyser.findings(in: $0) }, teachingTexts: teachingTexts,
        wrongChoice: { generator.isWrongChoice($0, in: $1, answer: $2) })
    static let teachingTexts: RuleTeachingIndex = {
        do { return try RuleTeachingIndex(resources: Shipped.resources) } catch { fatalError("\(error)") }
    }()
    static let schema: JSONSchemaValidator = {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent(
            "../../docs/module.schema.json")
        do { return try JSONSchemaValidator(schemaData: Data(contentsOf: url)) } catch { fatalError("\(error)") }
    }()

    static func candidate(for text: String, context: [ContextMessage] = []) -> TeachingCandidate? {
        let utterance = Utterance(
            conversationID: "c", learner: .learnerA, messageIndex: 3, rawText: text, context: context)
        let findings = Shipped.analyser.findings(in: utterance.text)
        guard let focus = findings.first else { return nil }
        return TeachingCandidate(
            utterance: utterance, focus: focus, otherFindings: Array(findings.dropFirst()),
            cluster: ClusterSummary(key: Clusterer.key(for: focus), size: 1, rank: 1))
    }

    @Test("each rule's flag examples make a valid module that matches the JSON Schema", arguments: Shipped.ruleIDs)
    func examplesMakeValidModules(ruleID: String) async throws {
        let rule = try #require(Shipped.rule(ruleID))
        guard rule.isEnabled else { return }
        for example in rule.flagExamples {
            let candidate = try #require(
                Self.candidate(
                    for: example.text, context: [ContextMessage(speaker: .interviewer, text: "Tell me more.")]))
            let module = try await Self.generator.generateModule(for: candidate, analyser: "test")
            let report = Self.validator.validate(module)
            #expect(report.passed, "\(example.text): \(report.failures.map { "\($0.name): \($0.reason ?? "")" })")
            #expect(module.problems.count >= 2)
            #expect(Set(module.problems.map(\.kind)).count >= 2)
            #expect(module.utterance.context.map(\.text) == ["Tell me more."])
            #expect(try Self.schema.problems(in: module.jsonData()) == [])
        }
    }

    @Test(
        "a module is titled with its rule's label, the topic the summary counts it under (not its ERRANT type)",
        arguments: [
            ("My new bike is more faster than my old one.", "comparative.double"),  // U:ADV, no adverb lesson
            ("I walk my dog everyday.", "orthography.every-day"),  // R:ORTH, no capital
            ("The test was really confused.", "adjective.feeling-ing"),  // R:ADJ:FORM, no comparative
        ])
    func titledByTopic(text: String, ruleID: String) async throws {
        let rule = try #require(Shipped.rule(ruleID))
        let candidate = try #require(Self.candidate(for: text))
        #expect(candidate.focus.ruleID == ruleID)
        #expect(candidate.focus.topic == rule.label && candidate.focus.topic != ErrorTopic.name(for: rule.errorType))
        let module = try await Self.generator.generateModule(for: candidate, analyser: "test")
        #expect(module.focus.label == candidate.focus.topic)
    }

    @Test("the glossary rule's label is the topic a model's Korean finding gets, so both count as one")
    func sayItInEnglishTopic() throws {
        #expect(try #require(Shipped.rule("say-it-in-english.glossary")).label == ErrorTopic.sayItInEnglish)
    }

    @Test("practice never uses a rule example written in capitals for a learner who wrote in lower case")
    func noShoutedPractice() async throws {
        let rule = try #require(Shipped.rule("tense.hope-modal"))
        for example in rule.flagExamples where example.text.contains(where: \.isLowercase) {
            let candidate = try #require(Self.candidate(for: example.text))
            let module = try await Self.generator.generateModule(for: candidate, analyser: "test")
            for problem in module.problems {
                let lower = problem.text.contains { $0.isLowercase }
                #expect(lower, "\(example.text): \(problem.text)")
            }
        }
    }

    @Test("the reported-can explanation says what changes once")
    func reportedCanOnce() async throws {
        let candidate = try #require(Self.candidate(for: "I thought we can read it together."))
        let module = try await Self.generator.generateModule(for: candidate, analyser: "test")
        #expect(module.focus.ruleID == "tense.reported-can")
        #expect(module.explanation.en.components(separatedBy: "becomes 'could'").count == 2, "\(module.explanation.en)")
        #expect(!module.explanation.ko.contains("(can → could)"))
    }

    @Test("a fill-in problem blanks what the learner must supply")
    func fillInBlank() async throws {
        let candidate = try #require(Self.candidate(for: "She go to the park every day."))
        let module = try await Self.generator.generateModule(for: candidate, analyser: "test")
        let fill = try #require(module.problems.first { $0.kind == .fillInTheBlank })
        #expect(fill.text == "She ___ to the park every day.")
        #expect(fill.answer == "goes")
        #expect(fill.instruction.en.contains("(go)"), "the learner's own word is shown to correct")
        // The second problem practises the pattern on a sentence of the rule's own examples.
        let practice = try #require(module.problems.dropFirst().first { $0.kind != .rewrite })
        #expect(practice.text != fill.text && !practice.text.contains("park"))
    }

    @Test("a Korean word in an English sentence becomes a say-it-in-English module")
    func sayItInEnglish() async throws {
        let candidate = try #require(Self.candidate(for: "I went to 학교 by bus."))
        let module = try await Self.generator.generateModule(for: candidate, analyser: "test")
        #expect(module.focus.kind == .sayItInEnglish)
        // The key is the glossary's own sentence: a learner's mixed sentence is often not English yet.
        #expect(module.correctedSentence == "I walk to school every morning.")
        let choice = try #require(module.problems.first { $0.kind == .multipleChoice })
        #expect((choice.choices ?? []).count >= 3 && choice.answer == "school")
        #expect(Self.validator.validate(module).passed, "\(Self.validator.validate(module).failures)")
    }

    @Test("module ids are stable for the same utterance and focus")
    func stableIDs() async throws {
        let candidate = try #require(Self.candidate(for: "He don't know."))
        let first = try await Self.generator.generateModule(for: candidate, analyser: "test")
        let second = try await Self.generator.generateModule(for: candidate, analyser: "test")
        #expect(first.id == second.id)
        #expect(first == second)
    }

    @Test(
        "the fill-in and the multiple choice are different problems, one on a new sentence of the rule's",
        arguments: Shipped.ruleIDs)
    func practiceIsVaried(ruleID: String) async throws {
        let rule = try #require(Shipped.rule(ruleID))
        guard rule.isEnabled, !rule.id.hasPrefix("say-it-in-english"), let example = rule.flagExamples.first else {
            return
        }
        let candidate = try #require(Self.candidate(for: example.text))
        let module = try await Self.generator.generateModule(for: candidate, analyser: "test")
        let blanked = module.problems.filter { $0.kind != .rewrite }.map(\.text)
        #expect(Set(blanked).count == blanked.count, "\(ruleID): two problems on one blank: \(blanked)")
        for problem in module.problems where problem.kind == .multipleChoice {
            #expect(Set(problem.choices ?? []).count >= 3, "\(ruleID): \(problem.choices ?? [])")
        }
    }

    @Test("a module's key is re-read until clean: every finding of the sentence is fixed")
    func keyFixesEveryFinding() async throws {
        let candidate = try #require(Self.candidate(for: "Yesterday i go to the park with my freind."))
        let module = try await Self.generator.generateModule(for: candidate, analyser: "test")
        #expect(Shipped.analyser.findings(in: module.correctedSentence).isEmpty, "\(module.correctedSentence)")
        #expect(module.correctedSentence == "Yesterday I went to the park with my friend.")
    }

    @Test(
        "a key is the learner's whole sentence: nothing after or before a comma is dropped",
        arguments: [
            (
                "It is a long way, but my brother walk to school every day.",
                "It is a long way, but my brother walks to school every day."
            ),
            ("Yes, my sister like spicy food very much.", "Yes, my sister likes spicy food very much."),
            (
                "My cousin is good in drawing, so she makes her own cards.",
                "My cousin is good at drawing, so she makes her own cards."
            ),
            ("The guide said us, \"Stay together.\"", "The guide said to us, \"Stay together.\""),
        ])
    func keyKeepsWholeSentence(_ sentence: String, _ key: String) async throws {
        let candidate = try #require(Self.candidate(for: sentence))
        let module = try await Self.generator.generateModule(for: candidate, analyser: "test")
        #expect(module.correctedSentence == key)
        let rewrite = try #require(module.problems.first { $0.kind == .rewrite })
        #expect(rewrite.text == sentence, "the learner's own words: \(rewrite.text)")
    }

    @Test(
        "'say' + a person before a thing told, or 'about', becomes 'tell' + the person, never 'say to'",
        arguments: [
            ("I want to say you this.", "I want to tell you this."),
            ("Can I say you something?", "Can I tell you something?"),
            ("She said me about her trip.", "She told me about her trip."),
            ("He said us, \"Good luck.\"", "He said to us, \"Good luck.\""),
        ])
    func sayToTellBeforeThing(_ sentence: String, _ corrected: String) {
        let findings = Shipped.analyser(only: "preposition.say-to").findings(in: sentence)
        #expect(findings.corrected(sentence) == corrected)
    }

    @Test("'said me and my sister …' and 'say me again' take no 'to'")
    func sayToLeavesCompoundAndAgain() {
        let analyser = Shipped.analyser(only: "preposition.say-to")
        #expect(analyser.findings(in: "Our teacher said me and Jisu can leave early.").isEmpty)
        #expect(analyser.findings(in: "Can you say me again, please?").isEmpty)
    }

    @Test("a tense lesson keeps its whole sentence: the clause that sets the time stays in the key")
    func tenseKeepsSentence() {
        let text = "Last year I studied very hard, but I make many mistakes in the exam."
        let focus = TextSpan(start: 37, end: 41)  // "make"
        #expect(AnswerKey.parts(of: text, holding: focus).count == 2)
        #expect(
            AnswerKey.parts(of: text, holding: focus, keepingSentence: true) == [
                TextSpan(start: 0, end: text.unicodeScalars.count)
            ])
    }

    @Test("a clause's end mark: a question keeps its question mark, a statement gets a full stop")
    func clauseEndMark() {
        #expect(
            AnswerKey.endMark(
                forClause: "I want an iced americano", of: "I want an iced americano, and a muffin please.") == ".")
        #expect(AnswerKey.endMark(forClause: "Can you help me", of: "Can you help me, or are you busy?") == "?")
        #expect(AnswerKey.endMark(forClause: "I don't know", of: "I don't know, can you help me?") == ".")
        #expect(AnswerKey.endMark(forClause: "we left at noon.", of: "Then, we left at noon.") == nil)
    }

    @Test("chat emoticon jamo (ㅋㅋ, ㅠㅠ) never block a module")
    func emoticonJamo() async throws {
        for text in ["She go to school every day ㅋㅋ", "ㅠㅠ He don't like me."] {
            let candidate = try #require(Self.candidate(for: text))
            #expect(candidate.utterance.language == .english)
            let module = try await Self.generator.generateModule(for: candidate, analyser: "test")
            #expect(Self.validator.validate(module).passed, "\(text): \(Self.validator.validate(module).failures)")
        }
    }
}

@Suite("Teaching texts")
struct TeachingTextTests {
    @Test("every rule has an explanation, two tips and an example of its own", arguments: Shipped.ruleIDs)
    func everyRuleHasItsOwnTexts(ruleID: String) throws {
        let teaching = try #require(Shipped.resources.templates().rules[ruleID], "\(ruleID) has no teaching texts")
        #expect(!teaching.explanation.en.isEmpty && !teaching.explanation.ko.isEmpty)
        #expect(teaching.tips.count == 2)
        let example = try #require(teaching.example)
        if !ruleID.hasPrefix("say-it-in-english") {
            let rule = try #require(Shipped.rule(ruleID))
            // The extra example shows this rule's error, is right once corrected, and is not a practice sentence.
            #expect(
                Shipped.analyser(only: ruleID).findings(in: example.wrong).count >= 1,
                "\(ruleID): '\(example.wrong)' is not this rule's error")
            #expect(Shipped.analyser.findings(in: example.right).isEmpty, "\(ruleID): '\(example.right)' is not clean")
            #expect(!rule.flagExamples.contains { $0.text == example.wrong })
        }
    }

    @Test("no two rules share an explanation or a tip")
    func textsAreOwn() throws {
        let rules = try Shipped.resources.templates().rules
        let explanations = rules.values.map(\.explanation.en)
        #expect(Set(explanations).count == explanations.count)
        let tips = rules.values.flatMap { $0.tips.map(\.en) }
        #expect(Set(tips).count == tips.count)
    }

    @Test("a module that shows another rule's tip is refused")
    func foreignTipIsRefused() async throws {
        let candidate = try #require(ModuleGenerationTests.candidate(for: "She go to school."))
        var module = try await ModuleGenerationTests.generator.generateModule(for: candidate, analyser: "test")
        #expect(ModuleGenerationTests.teachingTexts.foreignRule(in: module) == nil)
        let other = try #require(Shipped.resources.templates().rules["comparative.double"])
        module.tips[1] = other.tips[0]
        #expect(ModuleGenerationTests.teachingTexts.foreignRule(in: module) == "comparative.double")
        // Inside other words, in Korean, and of two rules the first by id.
        let earlier = try #require(Shipped.resources.templates().rules["adverb.manner"])
        module.explanation.ko = "앞말 " + other.tips[0].ko + " 뒷말"
        module.tips[0].en = "(" + earlier.tips[0].en + ")"
        #expect(ModuleGenerationTests.teachingTexts.foreignRule(in: module) == "adverb.manner")
        // A text cut short is not the rule's; the Korean one in the explanation still is.
        module.tips[0].en = String(earlier.tips[0].en.dropLast())
        module.tips[1].en = "x"
        module.tips[1].ko = "x"
        #expect(ModuleGenerationTests.teachingTexts.foreignRule(in: module) == "comparative.double")
    }

    @Test(
        "Korean particles are chosen for the word inserted",
        arguments: [
            ("{w:을} 써요", "went", "'went'를 써요"), ("{w:을} 써요", "book", "'book'을 써요"),
            ("{w:은} 맞아요", "I", "'I'는 맞아요"), ("{w:이} 필요해요", "them", "'them'이 필요해요"),
            ("{w:으로} 바꿔요", "film", "'film'으로 바꿔요"), ("{w:으로} 바꿔요", "school", "'school'로 바꿔요"),
            ("{w:으로} 바꿔요", "has", "'has'로 바꿔요"),
            ("{w:으로} 바꿔요", "cat", "'cat'으로 바꿔요"), ("{w:이라고} 해요", "학교", "'학교'라고 해요"),
            ("{w:이라고} 해요", "김밥", "'김밥'이라고 해요"), ("{w:과} 달라요", "make", "'make'와 달라요"),
            ("{w:은} 콩글리시예요", "hand phone", "'hand phone'은 콩글리시예요"), ("{w:을} 해요", "music", "'music'을 해요"),
        ])
    func particles(template: String, word: String, expected: String) {
        #expect(template.fillingPlaceholders(["w": word]) == expected)
    }

    @Test("the glossary has 300 everyday words, each family with at least three different English words")
    func glossarySize() {
        let glossary = Shipped.resources.glossary
        #expect(glossary.entries.count >= 300)
        for entry in glossary.entries {
            #expect(
                glossary.relatives(of: entry).count >= 2, "\(entry.korean): too few relatives for a multiple choice")
            #expect(entry.example.contains(entry.english))
        }
    }
}
