// Each deterministic validation check, failing for the reason it names.

import Testing
import TutorCore

/// A valid module about "She go to school." that tests break one way at a time.
func sampleModule() -> TeachingModule {
    TeachingModule(
        id: "m-00000000000000000000000000000001", conversationID: "c", learner: .learnerA, language: .english,
        utterance: ModuleUtterance(text: "She go to school.", messageIndex: 2, context: [ContextMessage(speaker: .interviewer, text: "Tell me about your sister.")]),
        focus: Focus(kind: .correction, errorType: "R:VERB:SVA", ruleID: "agreement.third-person",
            label: LocalizedText(en: "Subject–verb agreement", ko: "주어와 동사의 일치"), span: TextSpan(start: 4, end: 6),
            original: "go", correction: "goes"),
        correctedSentence: "She goes to school.",
        explanation: LocalizedText(en: "After she, add -s.", ko: "she 뒤에는 -s를 붙여요."),
        tips: [LocalizedText(en: "Find the subject first.", ko: "주어를 먼저 찾으세요.")],
        problems: [
            Problem(kind: .fillInTheBlank, instruction: LocalizedText(en: "Fill in the blank.", ko: "빈칸을 채우세요."), text: "She ___ to school.", answer: "goes"),
            Problem(kind: .multipleChoice, instruction: LocalizedText(en: "Choose one.", ko: "고르세요."), text: "She ___ to school.", choices: ["go", "goes", "going"], answer: "goes"),
            Problem(kind: .rewrite, instruction: LocalizedText(en: "Rewrite it.", ko: "다시 쓰세요."), text: "She go to school.", answer: "She goes to school."),
        ],
        provenance: Provenance(analyser: "test", generator: "test", cluster: ClusterSummary(key: "k", size: 1, rank: 1), confidence: 0.9))
}

@Suite("Module validation")
struct ValidatorTests {
    let validator = ModuleValidator()

    func failedChecks(_ change: (inout TeachingModule) -> Void, recheck: ModuleValidator.Recheck? = nil) -> [String] {
        var module = sampleModule()
        change(&module)
        return ModuleValidator(recheck: recheck).validate(module).failures.map(\.name)
    }

    @Test("a complete, consistent module passes every check, each named in the report")
    func validModulePasses() {
        let report = validator.validate(sampleModule())
        #expect(report.passed)
        #expect(report.checks.count == 9)
    }

    @Test("an incomplete module fails the schema check")
    func incompleteModule() {
        #expect(failedChecks { $0.explanation.ko = " " } == [ModuleValidator.Check.schema])
        #expect(failedChecks { $0.problems.removeLast(2) } == [ModuleValidator.Check.schema])
        #expect(failedChecks { $0.tips = [] } == [ModuleValidator.Check.schema])
        #expect(failedChecks { $0.focus.errorType = "verb agreement" } == [ModuleValidator.Check.schema])
    }

    @Test("a correction equal to the original is rejected")
    func correctionMustDiffer() {
        let failures = failedChecks {
            $0.focus.correction = "go"
            $0.correctedSentence = "She go to school."
        }
        #expect(failures.contains(ModuleValidator.Check.differs))
    }

    @Test("a corrected sentence that still shows the error is rejected")
    func correctionMustFixError() {
        let recheck: ModuleValidator.Recheck = { text in
            text.contains("She go ") ? [Finding(span: TextSpan(start: 4, end: 6), original: "go", suggestions: ["goes"], errorType: "R:VERB:SVA", ruleID: "agreement.third-person", message: LocalizedText(en: "", ko: ""), severity: .high, confidence: 1)] : []
        }
        #expect(failedChecks({ _ in }, recheck: recheck).isEmpty)
        let failures = failedChecks({
            $0.correctedSentence = "She go to school!"
            $0.problems.removeFirst(2)
            $0.problems.append(Problem(kind: .fillInTheBlank, instruction: LocalizedText(en: "Fill.", ko: "채우세요."), text: "She ___ to school!", answer: "go"))
        }, recheck: recheck)
        #expect(failures.contains(ModuleValidator.Check.fixesError))
    }

    @Test("a focus span that does not hold the original is rejected")
    func spanMustMatch() {
        #expect(failedChecks { $0.focus.span = TextSpan(start: 0, end: 3) } == [ModuleValidator.Check.fixesError])
        #expect(failedChecks { $0.focus.span = TextSpan(start: 40, end: 42) } == [ModuleValidator.Check.fixesError])
    }

    @Test("an answer given away in the question is rejected")
    func answerNotLeaked() {
        #expect(failedChecks { $0.problems[0].instruction.en = "Fill in the blank with 'goes'." } == [ModuleValidator.Check.noLeak])
        #expect(failedChecks { $0.problems[2].text = "She goes to school. She go to school." } == [ModuleValidator.Check.noLeak])
        #expect(failedChecks { $0.problems[0].text = "She goes ___ to school." }.contains(ModuleValidator.Check.noLeak))
    }

    @Test("a multiple-choice problem needs exactly one correct choice")
    func oneCorrectChoice() {
        #expect(failedChecks { $0.problems[1].choices = ["go", "going"] } == [ModuleValidator.Check.oneCorrectChoice])
        #expect(failedChecks { $0.problems[1].choices = ["goes", "goes ", "go"] }.contains(ModuleValidator.Check.oneCorrectChoice))
    }

    @Test("multiple-choice distractors must be distinct and non-empty")
    func distinctChoices() {
        #expect(failedChecks { $0.problems[1].choices = ["go", "goes", "go"] } == [ModuleValidator.Check.distinctChoices])
        #expect(failedChecks { $0.problems[1].choices = ["", "goes"] }.contains(ModuleValidator.Check.distinctChoices))
    }

    @Test("a fill-in-the-blank answer must give the corrected sentence")
    func blankFills() {
        #expect(failedChecks { $0.problems[0].answer = "going" } == [ModuleValidator.Check.blankFills])
    }

    @Test("control characters anywhere in the module are rejected")
    func cleanText() {
        #expect(failedChecks { $0.tips[0].en = "Read it \u{1B}[31maloud" } == [ModuleValidator.Check.cleanText])
        #expect(failedChecks { $0.explanation.ko = "bidi \u{202E}trick" } == [ModuleValidator.Check.cleanText])
    }

    @Test("text over its length limit is rejected")
    func lengthLimits() {
        #expect(failedChecks { $0.explanation.en = String(repeating: "long ", count: 200) } == [ModuleValidator.Check.lengths])
        #expect(failedChecks { $0.tips = Array(repeating: $0.tips[0], count: 5) } == [ModuleValidator.Check.lengths])
    }

    @Test("a say-it-in-English module must give English that uses the focus")
    func sayItInEnglish() {
        var module = sampleModule()
        module.focus = Focus(kind: .sayItInEnglish, errorType: "R:OTHER", ruleID: "say-it-in-english.glossary",
            label: LocalizedText(en: "Say it in English", ko: "영어로 말하기"), span: TextSpan(start: 7, end: 9), original: "김치", correction: "kimchi")
        module.utterance.text = "I like 김치."
        module.correctedSentence = "I like kimchi."
        module.problems = [
            Problem(kind: .fillInTheBlank, instruction: LocalizedText(en: "Fill in.", ko: "채우세요."), text: "We eat ___ with rice.", answer: "kimchi"),
            Problem(kind: .rewrite, instruction: LocalizedText(en: "Say it in English.", ko: "영어로 쓰세요."), text: "I like 김치.", answer: "I like kimchi."),
        ]
        #expect(ModuleValidator().validate(module).passed)
        module.correctedSentence = "I like 김치 a lot."
        #expect(ModuleValidator().validate(module).failures.map(\.name) == [ModuleValidator.Check.fixesError])
    }
}
