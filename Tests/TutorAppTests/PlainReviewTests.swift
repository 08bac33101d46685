// `review --plain`: the numbered list, /show, /practice graded and rated through the review's reducer, a real store.

import Foundation
import Testing
import TutorApp
import TutorCore
import TutorStore
import TutorUI

@Suite("Plain review", .serialized)
struct PlainReviewTests {
    static let now = Date(timeIntervalSince1970: 1_750_000_000)

    /// A store with two saved modules for "minji" (each asks its first problem: "She ___ to school.").
    func store(modules: Int = 2) throws -> ModuleStore {
        let store = try ModuleStore.inMemory()
        for index in 0..<modules {
            // Each a lesson of its own (the store keeps one save of a lesson): the first in another sentence.
            var module = sampleModule(id: "m-\(index)")
            if index == 0 {
                module.utterance.text = "She go to school every day."
                module.correctedSentence = "She goes to school every day."
            }
            _ = try store.save(module, for: "minji")
        }
        return store
    }

    func review(_ lines: [String], store: ModuleStore, language: InterfaceLanguage = .english) async throws
        -> (ReviewState, [String])
    {
        let printed = PrintedLines()
        let session = ReviewSession(
            store: store, learner: "minji", scheduler: FSRSScheduler(desiredRetention: 0.9), fuzz: false,
            language: language)
        let running = Task {
            try? await session.runPlain(
                now: Self.now, newPerDay: 20, input: ScriptedLines(lines), write: printed.write)
        }
        let final = try #require(await value(of: running) ?? nil)
        return (final, printed.all)
    }

    @Test("the modules due today are listed with numbers, and /show reads one")
    func listAndShow() async throws {
        let (_, lines) = try await review(["/show 2", "/show 3"], store: try store())
        #expect(lines.first == "ChatTutor review, plain mode, for minji: 2 modules to review today.")
        #expect(lines.contains("1. Subject–verb agreement: go → goes (New)"))
        #expect(lines.contains("2. Subject–verb agreement: go → goes (New)"))
        #expect(lines.contains("Lesson 2: Subject–verb agreement (주어와 동사의 일치)"))
        #expect(lines.contains("You wrote: She go to school."))
        #expect(lines.contains("/practice 2 reviews it."))
        #expect(lines.contains("There is no module 3: there are 2 to review today. /list lists them."))
    }

    @Test("a right answer: ✓ with what was typed, an empty line rates it Good, and the store records it")
    func rightAnswerRecorded() async throws {
        let store = try store()
        let (final, lines) = try await review(["/practice 1", "goes", "", "/quit"], store: store)
        #expect(lines.contains("She (blank) to school."))
        #expect(lines.contains("✓ Right. You wrote: goes"))
        #expect(lines.contains("An empty line rates it Good; or type 2 for Hard, 4 for Easy."))
        #expect(lines.contains { $0.hasPrefix("Module 1 recorded: next review in ") })
        #expect(lines.contains("Next: /practice 2."))
        #expect(final.results.map(\.rating) == [.good])
        #expect(try store.reviewItems(for: "minji").map(\.reviewCount).sorted() == [0, 1])
    }

    @Test("a wrong answer: ✗ with the answer and what was typed; only Again is taken, then the summary")
    func wrongAnswerIsAgain() async throws {
        let store = try store(modules: 1)
        let (final, lines) = try await review(["/practice", "go", "3", "n", "1"], store: store)
        #expect(lines.contains("✗ Not quite: the answer is goes. You wrote: go"))
        #expect(lines.contains("A wrong answer is rated Again: press Enter or 1."))
        #expect(lines.contains("How did you do? 1 Again · 2 Hard · 3 Good · 4 Easy"), "n opens no editor")
        #expect(lines.contains("All done: 1 module reviewed, 0 correct."))
        #expect(final.results.map(\.rating) == [.again])
        #expect(final.isQuitting, "the end of the input quits")
    }

    @Test("a module reviewed once is not practised again; /stop leaves one unrated")
    func reviewedOnceAndStop() async throws {
        let (final, lines) = try await review(
            ["/practice 1", "goes", "4", "/practice 1", "/practice 2", "/stop", "/list"], store: try store())
        #expect(lines.contains("Module 1 is reviewed already for today."))
        #expect(lines.contains("Back to the list; that module was not rated."))
        #expect(lines.contains("1. Subject–verb agreement: go → goes (New) (reviewed)"))
        #expect(final.results.map(\.rating) == [.easy])
    }

    @Test("nothing due: says so and when the next review is, and ends")
    func nothingDue() async throws {
        let store = try store(modules: 1)
        _ = try await review(["/practice 1", "goes", ""], store: store)
        let (final, lines) = try await review([], store: store)
        #expect(lines.first == "Nothing to review now for minji.")
        #expect(lines.contains { $0.hasPrefix("Your next review is in ") })
        #expect(final.isQuitting)
    }

    @Test("in Korean: the list, the grade and the rating hint")
    func korean() async throws {
        let (_, lines) = try await review(["/practice 1", "goes"], store: try store(modules: 1), language: .korean)
        #expect(lines.first == "ChatTutor 복습, 일반 텍스트 모드, minji: 오늘 복습할 모듈 1개.")
        #expect(lines.contains { $0.hasPrefix("1번. 주어와 동사의 일치: go → goes (") })
        #expect(lines.contains("✓ 맞았어요. 내 답: goes"))
    }

    @Test(
        "/note and /tags after an answer are stored as the TUI's editors store them; before any practice they say when")
    func noteAndTags() async throws {
        let store = try store(modules: 1)
        let (_, lines) = try await review(
            ["/note too early", "/practice 1", "goes", "/note Third person adds -s.", "/tags verbs, daily", ""],
            store: store)
        #expect(
            lines.contains(
                "/note TEXT and /tags A, B work on the module you are practising or have just rated: /practice N first."
            ))
        #expect(lines.contains("Note saved for module 1."))
        #expect(lines.contains("Tags saved for module 1."))
        let saved = try #require(try store.reviewItems(for: "minji").first?.saved)
        #expect(saved.note == "Third person adds -s.")
        #expect(saved.tags == ["verbs", "daily"])
    }

    @Test(
        "/note after the rating keeps the note on the module just rated, not taken as an answer; /note alone removes it"
    )
    func noteAfterRating() async throws {
        let store = try store()
        let (final, lines) = try await review(
            [
                "/practice 1", "goes", "", "/note Remember the -s.", "/practice 2", "/note Second one.", "goes", "",
                "/note",
            ],
            store: store)
        #expect(lines.contains("Note saved for module 1."))
        #expect(lines.contains("Note saved for module 2."))
        #expect(lines.contains("Note removed from module 2."))
        #expect(final.results.map(\.rating) == [.good, .good], "the notes were not taken as answers or ratings")
        let notes = try store.reviewItems(for: "minji").map(\.saved.note)
        #expect(notes.compactMap { $0 } == ["Remember the -s."] && notes.count == 2)
    }

    @Test("in Korean, /note after the rating says so in Korean")
    func noteAfterRatingKorean() async throws {
        let (_, lines) = try await review(
            ["/practice 1", "goes", "", "/note 3인칭 단수"], store: try store(modules: 1), language: .korean)
        #expect(lines.contains("모듈 1에 메모를 저장했어요."))
    }
}
