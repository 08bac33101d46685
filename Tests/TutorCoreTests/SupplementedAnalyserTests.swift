// A model's analysis supplemented by the rules: what the rules see is added where the model saw nothing.

import Testing
import TutorCore
import TutorTestSupport

@Suite("Supplemented analysis")
struct SupplementedAnalyserTests {
    static func batch(_ texts: [String]) -> Batch {
        let utterances = texts.enumerated().map { index, text in
            Utterance(conversationID: "c", learner: .learnerA, messageIndex: index, rawText: text, context: [])
        }
        return Batch(conversationID: "c", learner: .learnerA, index: 0, utterances: utterances)
    }

    @Test("the supplement's findings are added where they overlap none of the primary's")
    func addsWhatThePrimaryMissed() async throws {
        let model = FakeAnalyser(identifier: "model", corrections: ["bad": "good"])
        let rules = FakeAnalyser(identifier: "rules", corrections: ["bad": "fine", "wrong": "right"])
        let analysed = try await SupplementedAnalyser(primary: model, supplement: rules).analyse(
            Self.batch(["a bad and wrong day", "all wrong"]))
        #expect(analysed.map { $0.findings.map(\.suggestions.first) } == [["good", "right"], ["right"]])
        #expect(SupplementedAnalyser(primary: model, supplement: rules).identifier == "model")
    }

    @Test("a failing primary fails (the engine's fallback takes over); a failing supplement adds nothing")
    func failures() async throws {
        let batch = Self.batch(["a bad day"])
        await #expect(throws: (any Error).self) {
            try await SupplementedAnalyser(primary: FakeAnalyser(failing: true), supplement: FakeAnalyser()).analyse(
                batch)
        }
        let analysed = try await SupplementedAnalyser(primary: FakeAnalyser(), supplement: FakeAnalyser(failing: true))
            .analyse(batch)
        #expect(analysed.map(\.findings.count) == [1])
    }
}
