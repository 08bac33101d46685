// The LLM stages against the fake server: what a model says is checked before it is used.

import Foundation
import Testing
import TutorCore
import TutorLLM
import TutorTestSupport

private func utterance(_ index: Int, _ text: String) -> Utterance {
    Utterance(
        conversationID: "c", learner: .learnerA, messageIndex: index, rawText: text,
        context: [ContextMessage(speaker: .interviewer, text: "What did you do?")])
}

private let prompts: PromptLibrary = {
    do { return try PromptLibrary() } catch { fatalError("\(error)") }
}()

@Suite("LLM stages")
struct LLMStageTests {
    @Test("the analyser sends one request per batch with context, and keeps only findings that hold up")
    func analyserChecksFindings() async throws {
        let fixture = try ClientFixture()
        let answer = """
            {"findings": [
              {"utterance": 1, "original": "goed", "correction": "went", "error_type": "R:VERB:TENSE", "explanation": "Past of go.", "explanation_ko": "go의 과거형", "severity": "high", "confidence": 0.95},
              {"utterance": 1, "original": "flew", "correction": "flied", "error_type": "R:VERB", "explanation": "x", "explanation_ko": "x", "severity": "low", "confidence": 0.5},
              {"utterance": 2, "original": "a", "correction": "an", "error_type": "R:DET", "explanation": "x", "explanation_ko": "x", "severity": "low", "confidence": 0.5},
              {"utterance": 7, "original": "goed", "correction": "went", "error_type": "R:VERB", "explanation": "x", "explanation_ko": "x", "severity": "low", "confidence": 0.5},
              {"utterance": 2, "original": "cat", "correction": "cat", "error_type": "R:NOUN", "explanation": "x", "explanation_ko": "x", "severity": "low", "confidence": 0.5},
              {"utterance": 3, "original": "김치", "correction": "kimchi", "error_type": "whatever", "explanation": "Say kimchi.", "explanation_ko": "kimchi", "severity": "medium", "confidence": 2},
              {"utterance": 1, "original": "goed to", "correction": "went to", "error_type": "R:VERB", "explanation": "x", "explanation_ko": "x", "severity": "low", "confidence": 0.5},
              {"utterance": 2, "original": "My cat is small.", "correction": "Last year I make a marketing plan for a cafe.", "error_type": "R:OTHER", "explanation": "x", "explanation_ko": "x", "severity": "low", "confidence": 1}
            ]}
            """
        fixture.server.enqueue(.completion(answer))
        let analyser = LLMAnalyser(client: fixture.client, prompts: prompts)
        let batch = Batch(
            conversationID: "c", learner: .learnerA, index: 0,
            utterances: [
                utterance(1, "I goed to school."), utterance(3, "My cat is small."), utterance(5, "I like 김치 a lot."),
            ])
        let analysed = try await analyser.analyse(batch)
        #expect(fixture.chatRequests.count == 1)
        let sent = fixture.chatRequests[0].json?["messages"] as? [[String: Any]] ?? []
        #expect((sent.last?["content"] as? String)?.contains("Interviewer: What did you do?") == true)
        #expect(analysed.map(\.utterance.messageIndex) == [1, 3, 5])
        let first = try #require(analysed[0].findings.first)
        #expect(analysed[0].findings.count == 1)
        #expect(first.span == TextSpan(start: 2, end: 6))
        #expect(first.errorType == "R:VERB:TENSE" && first.severity == .high && first.ruleID == "llm.r:verb:tense")
        #expect(analysed[1].findings.isEmpty, "'a' is not a word of 'My cat is small.' and cat → cat is no correction")
        let korean = try #require(analysed[2].findings.first)
        #expect(korean.isSayItInEnglish && korean.errorType == "R:OTHER" && korean.confidence == 1)
        #expect(korean.message.ko == "Say kimchi.", "a Korean explanation without Hangul falls back to the English")
        #expect(first.message.ko == "go의 과거형")
        #expect(
            fixture.meter.snapshot["analysis"]?.droppedItems == 6, "a whole sentence replaced by another is no finding")
    }

    @Test("an analysis answer that is not JSON fails the batch, and the engine's built-in fallback analyses it")
    func analyserFallsBack() async throws {
        let fixture = try ClientFixture()
        fixture.server.enqueue(.completion("Sure! Here are the errors: goed → went"))
        let engine = Engine(
            configuration: EngineConfiguration(idleTimeout: nil),
            analyser: LLMAnalyser(client: fixture.client, prompts: prompts),
            fallbackAnalyser: FakeAnalyser(identifier: "builtin"), generator: FakeGenerator())
        let recorder = EventRecorder(engine)
        try await engine.send(Message(conversationID: "c", speaker: .learnerA, text: "This is bad"))
        await engine.endConversation("c")
        let summary = await recorder.waitForDone("c")
        #expect(summary?.modulesValidated == 1)
        let batch = recorder.events.compactMap { event -> BatchAnalysed? in
            if case .batchAnalysed(let batch) = event { return batch }
            return nil
        }.first
        #expect(batch?.analyser == "builtin")
        #expect(batch?.failure?.contains("not the JSON asked for") == true)
    }

    @Test("a generated module has the finding's answers, the model's words, and passes the validator")
    func generatorMakesValidModule() async throws {
        let fixture = try ClientFixture(responder: FakeModel().reply)
        let generator = LLMModuleGenerator(client: fixture.client, prompts: prompts)
        let text = "I goed home and then i goed to bed."
        let analysed = AnalysedUtterance(utterance: utterance(1, text), findings: FakeModelFindings.all(in: text))
        let candidate = TeachingCandidate(
            utterance: analysed.utterance, focus: analysed.findings[2],
            otherFindings: [analysed.findings[0], analysed.findings[1]],
            cluster: ClusterSummary(key: "k", size: 2, rank: 1))
        let module = try await generator.generateModule(for: candidate, analyser: "test")
        #expect(module.correctedSentence == "I went home and then I went to bed.")
        #expect(module.problems.first?.text == "I went home and then I ___ to bed.")
        #expect(module.problems.map(\.kind) == [.fillInTheBlank, .multipleChoice, .rewrite])
        #expect(module.explanation.ko == "여기서는 이 단어를 씁니다.")
        let report = ModuleValidator().validate(module)
        #expect(report.passed, "\(report.failures)")
    }

    @Test("empty tips from the model are dropped, not shown")
    func emptyTipsDropped() async throws {
        let fixture = try ClientFixture()
        let lesson: [String: Any] = [
            "label_en": "Past tense", "label_ko": "과거 시제", "explanation_en": "Use went.", "explanation_ko": "went를 써요.",
            "tips": [["en": "", "ko": ""], ["en": "Say it aloud.", "ko": "소리 내어 말해 보세요."]], "distractors": ["goes"],
        ]
        fixture.server.enqueue(.completion(FakeOpenAIServer.Reply.json(lesson)))
        let module = try await LLMModuleGenerator(client: fixture.client, prompts: prompts).generateModule(
            for: TeachingCandidate(
                utterance: utterance(1, "I goed home."), focus: FakeModelFindings.all(in: "I goed home.")[0],
                otherFindings: [],
                cluster: ClusterSummary(key: "k", size: 1, rank: 1)), analyser: "t")
        #expect(module.tips == [LocalizedText(en: "Say it aloud.", ko: "소리 내어 말해 보세요.")])
        // A label the model still sends is not the title: the finding's topic is, as the summary counts it.
        #expect(module.focus.label == LocalizedText(en: "Verb choice", ko: "동사 선택"))
    }

    @Test(
        "the focus selector asks separately for English and Korean utterances, and keeps the built-in order when the model fails"
    )
    func focusSelection() async throws {
        let fixture = try ClientFixture(responder: { request in
            let user = (request.json?["messages"] as? [[String: Any]])?.last?["content"] as? String ?? ""
            // English side: pick the second candidate only. Korean side: an answer that is not JSON.
            return user.contains("goed")
                ? .completion(#"{"choices": [{"id": 2, "reason": "r"}, {"id": 9, "reason": "no such"}]}"#)
                : .completion("no")
        })
        let selector = LLMFocusSelector(client: fixture.client, prompts: prompts)
        let texts = ["I goed out.", "i like it.", "저는 김치 좋아해요.", "김밥 먹었어요."]
        let analysed = texts.enumerated().map { index, text in
            AnalysedUtterance(utterance: utterance(index * 2, text), findings: FakeModelFindings.all(in: text))
        }
        let clusters = Clusterer().cluster(analysed)
        let picked = try await selector.selectCandidates(from: clusters, analysed: analysed, limit: 3)
        #expect(fixture.chatRequests.count == 2)
        #expect(picked.map(\.utterance.text).contains("i like it."))
        #expect(!picked.map(\.utterance.text).contains("I goed out."))
        #expect(picked.filter { $0.utterance.language == .korean }.count == 2)
        #expect(fixture.meter.snapshot["focus"]?.droppedItems == 1)
    }

    @Test("the judge's verdict and reason come from the model; a non-answer throws")
    func judge() async throws {
        let fixture = try ClientFixture()
        fixture.server.enqueue(
            .completion(#"{"approved": false, "reason": "The explanation is about articles, not tense."}"#),
            .completion("{}"))
        let judge = LLMJudge(client: fixture.client, prompts: prompts)
        let writer = try ClientFixture(responder: FakeModel().reply)
        let module = try await LLMModuleGenerator(client: writer.client, prompts: prompts)
            .generateModule(
                for: TeachingCandidate(
                    utterance: utterance(1, "I goed home."), focus: FakeModelFindings.all(in: "I goed home.")[0],
                    otherFindings: [],
                    cluster: ClusterSummary(key: "k", size: 1, rank: 1)), analyser: "t")
        let verdict = try await judge.judge(module)
        #expect(verdict == JudgeVerdict(approved: false, reason: "The explanation is about articles, not tense."))
        await #expect(throws: LLMError.self) { try await judge.judge(module) }
    }
}

/// The findings FakeModel's table gives, made directly (for stages after analysis).
enum FakeModelFindings {
    static func all(in text: String) -> [Finding] {
        let table = FakeModel().corrections.merging(["김치": "kimchi", "김밥": "gimbap"]) { $1 }
        var findings: [Finding] = []
        var offset = 0
        for word in text.split(separator: " ", omittingEmptySubsequences: false) {
            let bare = word.trimmingCharacters(in: .punctuationCharacters)
            if let correction = table[bare] {
                let korean = bare.unicodeScalars.contains { $0.value >= 0xAC00 && $0.value <= 0xD7A3 }
                findings.append(
                    Finding(
                        span: TextSpan(start: offset, end: offset + bare.unicodeScalars.count), original: bare,
                        suggestions: [correction],
                        errorType: korean ? "R:OTHER" : "R:VERB",
                        ruleID: korean ? "say-it-in-english.test" : "test.\(bare)",
                        message: LocalizedText(en: "m", ko: "m"), severity: .medium, confidence: 0.9))
            }
            offset += word.unicodeScalars.count + 1
        }
        return findings
    }
}
