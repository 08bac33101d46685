// analyze's report: findings and modules named as the app names them, English or Korean; JSON keeps the codes.

import Foundation
import Testing
import TutorUI

@testable import TutorApp
@testable import TutorCore

@Suite("analyze's report")
struct HeadlessRunOutputTests {
    /// A run whose learner had two subject–verb findings and one of prepositions.
    func run() -> HeadlessRun {
        var learner = LearnerSummary(utterancesAnalysed: 4)
        learner.findingsByTopic = [
            LocalizedText(en: "Subject–verb agreement", ko: "주어와 동사의 일치"): 2,
            LocalizedText(en: "Prepositions", ko: "전치사"): 1,
        ]
        var run = HeadlessRun()
        run.summary = ConversationSummary(
            conversationID: "analyze", messageCount: 8, utterancesAnalysed: 4, batchCount: 1, findingCount: 3,
            findingsByErrorType: ["R:VERB:SVA": 2, "M:PREP": 1], modulesValidated: 0, modulesRejected: 0,
            timings: StageTimings(), learners: [.learnerA: learner])
        return run
    }

    @Test("the findings are counted by the names the learner sees, not by ERRANT code")
    func namesNotCodes() {
        let text = run().textSummary(file: "talk.txt", out: nil)
        #expect(text.contains("  findings 3: Subject–verb agreement 2, Prepositions 1\n"), "\(text)")
        #expect(!text.contains("R:VERB:SVA") && !text.contains("M:PREP"))
    }

    @Test("with Korean strings (--lang ko) the names are Korean")
    func korean() {
        let text = run().textSummary(file: "talk.txt", out: nil, strings: .builtIn(.korean))
        #expect(text.contains("  findings 3: 주어와 동사의 일치 2, 전치사 1\n"), "\(text)")
    }

    @Test("--format json keeps the ERRANT codes, for programs")
    func jsonKeepsCodes() throws {
        let json = try run().jsonSummary(file: "talk.txt")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect(object["findingsByErrorType"] as? [String: Int] == ["R:VERB:SVA": 2, "M:PREP": 1])
    }
}
