// Each deterministic validation check, failing for the reason it names.

import Testing
import TutorCore

/// A valid module about "She go to school." that tests break one way at a time.
func sampleModule() -> TeachingModule {
    TeachingModule(
        id: "m-00000000000000000000000000000001", conversationID: "c", learner: .learnerA, language: .english,
        utterance: ModuleUtterance(
            text: "She go to school.", messageIndex: 2,
            context: [ContextMessage(speaker: .interviewer, text: "Tell me about your sister.")]),
        focus: Focus(
            kind: .correction, errorType: "R:VERB:SVA", ruleID: "agreement.third-person",
            label: LocalizedText(en: "Subject–verb agreement", ko: "주어와 동사의 일치"), span: TextSpan(start: 4, end: 6),
            original: "go", correction: "goes"),
        correctedSentence: "She goes to school.",
        explanation: LocalizedText(en: "After she, add -s.", ko: "she 뒤에는 -s를 붙여요."),
        tips: [LocalizedText(en: "Find the subject first.", ko: "주어를 먼저 찾으세요.")],
        problems: [
            Problem(
                kind: .fillInTheBlank, instruction: LocalizedText(en: "Fill in the blank.", ko: "빈칸을 채우세요."),
                text: "She ___ to school.", answer: "goes"),
            Problem(
                kind: .multipleChoice, instruction: LocalizedText(en: "Choose one.", ko: "고르세요."),
                text: "She ___ to school.", choices: ["go", "goes", "going"], answer: "goes"),
            Problem(
                kind: .rewrite, instruction: LocalizedText(en: "Rewrite it.", ko: "다시 쓰세요."), text: "She go to school.",
                answer: "She goes to school."),
        ],
        provenance: Provenance(
            analyser: "test", generator: "test", cluster: ClusterSummary(key: "k", size: 1, rank: 1), confidence: 0.9))
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
        #expect(report.checks.count == 15)
    }

    @Test("an incomplete module fails the schema check")
    func incompleteModule() {
        #expect(failedChecks { $0.explanation.ko = " " } == [ModuleValidator.Check.schema])
        #expect(failedChecks { $0.problems.removeLast(2) }.contains(ModuleValidator.Check.schema))
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
            text.contains("She go ") || text.contains("She going ")
                ? [
                    Finding(
                        span: TextSpan(start: 4, end: 6), original: "go", suggestions: ["goes"],
                        errorType: "R:VERB:SVA", ruleID: "agreement.third-person",
                        message: LocalizedText(en: "", ko: ""), severity: .high, confidence: 1)
                ] : []
        }
        #expect(failedChecks({ _ in }, recheck: recheck).isEmpty)
        let failures = failedChecks(
            {
                $0.correctedSentence = "She go to school!"
                $0.problems.removeFirst(2)
                $0.problems.append(
                    Problem(
                        kind: .fillInTheBlank, instruction: LocalizedText(en: "Fill.", ko: "채우세요."),
                        text: "She ___ to school!", answer: "go"))
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
        #expect(
            failedChecks { $0.problems[0].instruction.en = "Fill in the blank with 'goes'." } == [
                ModuleValidator.Check.noLeak
            ])
        #expect(
            failedChecks { $0.problems[2].text = "She goes to school. She go to school." }.contains(
                ModuleValidator.Check.noLeak))
        #expect(failedChecks { $0.problems[0].text = "She goes ___ to school." }.contains(ModuleValidator.Check.noLeak))
    }

    @Test("a multiple-choice problem needs exactly one correct choice")
    func oneCorrectChoice() {
        #expect(
            failedChecks { $0.problems[1].choices = ["go", "going", "gone"] } == [
                ModuleValidator.Check.oneCorrectChoice
            ])
        #expect(
            failedChecks { $0.problems[1].choices = ["goes", "goes ", "go"] }.contains(
                ModuleValidator.Check.oneCorrectChoice))
    }

    @Test("multiple-choice distractors must be distinct and non-empty")
    func distinctChoices() {
        #expect(
            failedChecks { $0.problems[1].choices = ["go", "goes", "going", "go"] } == [
                ModuleValidator.Check.distinctChoices
            ])
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
        #expect(
            failedChecks { $0.explanation.en = String(repeating: "long ", count: 200) } == [
                ModuleValidator.Check.lengths
            ])
        #expect(failedChecks { $0.tips = Array(repeating: $0.tips[0], count: 5) } == [ModuleValidator.Check.lengths])
    }

    @Test("a say-it-in-English module must give English that uses the focus")
    func sayItInEnglish() {
        var module = sampleModule()
        module.focus = Focus(
            kind: .sayItInEnglish, errorType: "R:OTHER", ruleID: "say-it-in-english.glossary",
            label: LocalizedText(en: "Say it in English", ko: "영어로 말하기"), span: TextSpan(start: 7, end: 9),
            original: "김치", correction: "kimchi")
        module.utterance.text = "I like 김치."
        module.correctedSentence = "I like kimchi."
        module.problems = [
            Problem(
                kind: .fillInTheBlank, instruction: LocalizedText(en: "Fill in.", ko: "채우세요."),
                text: "We eat ___ with rice.", answer: "kimchi"),
            Problem(
                kind: .rewrite, instruction: LocalizedText(en: "Say it in English.", ko: "영어로 쓰세요."),
                text: "I like 김치.", answer: "I like kimchi."),
        ]
        #expect(ModuleValidator().validate(module).passed)
        module.correctedSentence = "I like 김치 a lot."
        #expect(ModuleValidator().validate(module).failures.map(\.name) == [ModuleValidator.Check.fixesError])
    }

    @Test("a multiple choice offers at least three different options")
    func threeOptions() {
        #expect(failedChecks { $0.problems[1].choices = ["go", "goes"] } == [ModuleValidator.Check.threeChoices])
        #expect(
            failedChecks { $0.problems[1].choices = ["go", "goes", "go "] }.contains(ModuleValidator.Check.threeChoices)
        )
    }

    @Test("a wrong choice that reads as right too makes the problem ambiguous")
    func wrongChoiceMustBeWrong() {
        // The analyser knows "go" and "going" are wrong after "She", and nothing else.
        let recheck: ModuleValidator.Recheck = { text in
            guard text.contains("She go ") || text.contains("She going ") else { return [] }
            return [
                Finding(
                    span: TextSpan(start: 4, end: 6), original: "go", suggestions: ["goes"], errorType: "R:VERB:SVA",
                    ruleID: "agreement.third-person", message: LocalizedText(en: "", ko: ""), severity: .high,
                    confidence: 1)
            ]
        }
        #expect(failedChecks({ _ in }, recheck: recheck).isEmpty)
        #expect(
            failedChecks({ $0.problems[1].choices = ["go", "goes", "went"] }, recheck: recheck) == [
                ModuleValidator.Check.oneCorrectChoice
            ])
    }

    @Test("a key in which the analyser still finds any error is not shown")
    func keyReadsClean() {
        let recheck: ModuleValidator.Recheck = { text in
            !text.contains("the school") && !text.contains("She go ") && !text.contains("She going ")
                ? []
                : [
                    Finding(
                        span: TextSpan(start: 0, end: 3), original: "She", suggestions: ["she"], errorType: "R:ORTH",
                        ruleID: "other.rule", message: LocalizedText(en: "", ko: ""), severity: .low, confidence: 1)
                ]
        }
        #expect(failedChecks({ _ in }, recheck: recheck).isEmpty)
        let failures = failedChecks(
            {
                $0.correctedSentence = "She goes to the school."
                $0.problems[0].text = "She ___ to the school."
                $0.problems[1].text = "She ___ to the school."
                $0.problems[2].answer = "She goes to the school."
            }, recheck: recheck)
        #expect(failures.contains(ModuleValidator.Check.keyReadsClean))
    }

    @Test("a hint that is the answer gives the blank away")
    func hintNotAnswer() {
        #expect(
            failedChecks { $0.problems[0].instruction.en = "Fill in the blank with the right form of (goes)." } == [
                ModuleValidator.Check.notGivenAway
            ])
    }

    @Test("at least one problem practises the learner's own sentence")
    func fromLearner() {
        #expect(failedChecks { $0.problems[2].text = "He go to work." } == [ModuleValidator.Check.fromLearner])
    }

    @Test("Korean with a template's placeholder or both particle forms is rejected")
    func koreanPlaceholders() {
        #expect(
            failedChecks { $0.explanation.ko = "'goes'은(는) 3인칭 단수 동사예요." } == [ModuleValidator.Check.koreanComplete])
        #expect(failedChecks { $0.tips[0].ko = "{correction:을} 쓰세요." } == [ModuleValidator.Check.koreanComplete])
    }

    @Test("an explanation or tip of another rule is rejected")
    func ownRule() {
        struct Index: TeachingTextIndex {
            func foreignRule(in module: TeachingModule) -> String? {
                module.tips.contains { $0.en.contains("comparative") } ? "comparative.double" : nil
            }
        }
        var module = sampleModule()
        #expect(ModuleValidator(teachingTexts: Index()).validate(module).passed)
        module.tips[0].en = "A comparative never takes both more and -er."
        #expect(
            ModuleValidator(teachingTexts: Index()).validate(module).failures.map(\.name) == [
                ModuleValidator.Check.ownRule
            ])
    }
}
