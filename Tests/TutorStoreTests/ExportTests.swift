// The export formats, read back: Anki's file parsed like Anki parses it, JSON decoded, Markdown.

import Foundation
import Testing
import TutorCore
import TutorStore
import TutorTestSupport

@Suite("Exporting saved modules")
struct ExportTests {
    /// Two saved modules, one with a note, tags and a review, and text that needs escaping.
    func exported() throws -> (ModuleStore, [ExportedModule]) {
        let store = try ModuleStore.inMemory()
        var tricky = makeModule("m-tricky", text: "I like \"<b>\" & tabs\there.")
        tricky.problems[0].text = "Line one\nLine ___ two"
        let first = try store.save(makeModule("m-plain"), for: "minji", note: "버스에서", tags: ["verbs", "exam week"])
            .savedModule
        try store.save(tricky, for: "minji")
        try store.recordReview(
            savedModuleID: first.id, rating: .good, at: Date(timeIntervalSince1970: 1_750_000_000),
            scheduler: FSRSScheduler(),
            fuzz: nil, problemIndex: 0, answeredCorrectly: true)
        return (store, try store.export(for: "minji"))
    }

    /// An Anki import file as Anki reads it: `#key:value` headers, then notes split on the
    /// separator.
    struct AnkiFile {
        var headers: [String: String] = [:]
        var notes: [[String]] = []

        init(_ text: String) {
            for line in text.split(separator: "\n", omittingEmptySubsequences: false) where !line.isEmpty {
                if line.hasPrefix("#"), let colon = line.firstIndex(of: ":") {
                    headers[String(line[line.index(after: line.startIndex)..<colon])] = String(
                        line[line.index(after: colon)...])
                } else {
                    notes.append(line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init))
                }
            }
        }
    }

    static func unescapeHTML(_ text: String) -> String {
        text.replacingOccurrences(of: "<br>", with: "\n").replacingOccurrences(of: "&lt;", with: "<")
            .replacingOccurrences(of: "&gt;", with: ">").replacingOccurrences(of: "&quot;", with: "\"")
            .replacingOccurrences(of: "&amp;", with: "&")
    }

    @Test("stored escape sequences and control characters print harmlessly in Markdown and Anki")
    func hostileText() throws {
        let store = try ModuleStore.inMemory()
        let hostile = "\u{1B}]0;pwned\u{07}\u{1B}[2J"
        var module = makeModule("m-hostile", text: "She go\u{9B}31m to school.")
        module.focus.label.en = "verbs\u{1B}[31m"
        try store.save(module, for: "minji", note: "see \(hostile)again\u{202E}", tags: [hostile + "exam"])
        let modules = try store.export(for: "minji")
        let markdown = MarkdownExport.render(modules, learner: "minji\u{1B}[2J")
        let anki = AnkiExport.render(modules, deck: "deck\u{1B}[2J")
        for output in [markdown, anki] {
            #expect(!output.unicodeScalars.contains { $0 != "\n" && $0 != "\t" && TextSanitizer.isUnsafe($0) })
            #expect(!output.contains("pwned") && !output.contains("[2J") && !output.contains("[31m"))
        }
        #expect(markdown.contains("`exam`") && markdown.contains("- Note: see again"))
        #expect(AnkiFile(anki).notes.allSatisfy { $0.count == AnkiExport.columnCount && $0[3].hasSuffix(" exam") })
    }

    @Test("the Anki file has every header, one note per problem, and parses back to the problems")
    func ankiParsesBack() throws {
        let (_, modules) = try exported()
        let file = AnkiFile(AnkiExport.render(modules, deck: "ChatTutor::minji"))
        #expect(
            file.headers == [
                "separator": "tab", "html": "true", "guid column": "1", "notetype": "Basic", "deck": "ChatTutor::minji",
                "tags column": "4",
            ])
        let problems = modules.flatMap { module in module.saved.module.problems.map { (module, $0) } }
        #expect(file.notes.count == problems.count)
        for (note, (module, problem)) in zip(file.notes, problems) {
            #expect(note.count == 4)
            #expect(Self.unescapeHTML(note[1]).contains(problem.text.replacingOccurrences(of: "\t", with: " ")))
            #expect(Self.unescapeHTML(note[2]).hasPrefix("<b>\(problem.answer)</b>"))
            let tags = note[3].split(separator: " ").map(String.init)
            #expect(tags.contains("chattutor") && tags.contains(module.saved.module.focus.errorType.rawValue))
            for tag in module.saved.tags { #expect(tags.contains(tag.replacingOccurrences(of: " ", with: "_"))) }
        }
        #expect(Set(file.notes.map { $0[0] }).count == file.notes.count, "GUIDs are unique")
        // Multiple-choice choices are listed on the front.
        let choiceNote = try #require(file.notes.first { $0[1].contains("<ol>") })
        #expect(choiceNote[1].contains("<li>plays</li>"))
    }

    @Test("GUIDs are stable: a later export (after a review and a new save) keeps every earlier note's GUID")
    func ankiGUIDsAreStable() throws {
        let (store, modules) = try exported()
        let before = AnkiFile(AnkiExport.render(modules, deck: "d")).notes.map { $0[0] }
        try store.save(makeModule("m-later", text: "She go to work."), for: "minji")
        let after = AnkiFile(AnkiExport.render(try store.export(for: "minji"), deck: "d")).notes.map { $0[0] }
        #expect(Set(before).isSubset(of: Set(after)))
        #expect(after.count == before.count + 3)
        #expect(AnkiExport.guid(moduleID: "m-1", problemIndex: 0) == AnkiExport.guid(moduleID: "m-1", problemIndex: 0))
        #expect(AnkiExport.guid(moduleID: "m-1", problemIndex: 0) != AnkiExport.guid(moduleID: "m-1", problemIndex: 1))
    }

    @Test("no field holds a tab or a newline, whatever the module's text")
    func ankiFieldsAreClean() throws {
        let (_, modules) = try exported()
        let text = AnkiExport.render(modules, deck: "a\tb\nc")
        for line in text.split(separator: "\n") where !line.hasPrefix("#") {
            #expect(line.split(separator: "\t", omittingEmptySubsequences: false).count == AnkiExport.columnCount)
        }
        #expect(text.contains("#deck:a b c\n"))
    }

    @Test("the JSON export holds every module whole, with note, tags, schedule and reviews")
    func jsonHoldsEverything() throws {
        let (_, modules) = try exported()
        let data = try JSONExport.render(modules, learner: "minji")
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(object["format"] as? String == "chattutor-saved-modules" && object["learner"] as? String == "minji")
        let entries = try #require(object["modules"] as? [[String: Any]])
        #expect(entries.count == 2)
        let first = entries[0]
        #expect(first["note"] as? String == "버스에서" && first["tags"] as? [String] == ["verbs", "exam week"])
        #expect((first["reviews"] as? [[String: Any]])?.first?["rating"] as? String == "Good")
        #expect((first["schedule"] as? [String: Any])?["state"] as? Int == CardState.learning.rawValue)
        // The module decodes back equal to what was saved.
        let moduleData = try JSONSerialization.data(withJSONObject: try #require(first["module"]))
        #expect(try JSONDecoder().decode(TeachingModule.self, from: moduleData) == modules[0].saved.module)
    }

    @Test("Markdown has one section per module, with answers, note and tags, and escapes markup")
    func markdown() throws {
        let (_, modules) = try exported()
        let text = MarkdownExport.render(modules, learner: "minji")
        #expect(text.hasPrefix("# Saved modules of minji\n"))
        #expect(text.components(separatedBy: "\n## ").count - 1 == 2)
        #expect(text.contains("- Note: 버스에서") && text.contains("`exam week`"))
        #expect(text.contains("Answer: goes") && text.contains("Choices: play / plays"))
        #expect(text.contains("\\<b\\>"))
        #expect(text.contains("Not reviewed yet") && text.contains("Learning, next review"))
    }

    @Test(
        "filters by type prefix or focus words, by tag, and by save date",
        arguments: [
            (SavedModuleFilter(), 2), (SavedModuleFilter(type: "R:VERB"), 2),
            (SavedModuleFilter(type: "r:verb:sva"), 2),
            (SavedModuleFilter(type: "M:DET"), 0), (SavedModuleFilter(type: "agreement"), 2),
            (SavedModuleFilter(tag: "VERBS"), 1),
            (SavedModuleFilter(tag: "exam"), 0), (SavedModuleFilter(since: .distantFuture), 0),
            (SavedModuleFilter(since: .distantPast), 2),
        ])
    func filters(_ filter: SavedModuleFilter, _ expectedCount: Int) throws {
        let (store, _) = try exported()
        #expect(try store.export(for: "minji", filter: filter).count == expectedCount)
    }

    @Test(
        "--since names a day or a number of days back, in the learner's time zone",
        arguments: [
            ("2025-03-01", "2025-03-01 00:00"), ("0d", "2025-06-15 00:00"), ("7d", "2025-06-08 00:00"),
            ("2025-02-30", nil), ("2025-13-01", nil), ("yesterday", nil), ("-1d", nil), ("25-03-01", nil),
        ])
    func sinceDays(_ text: String, _ expected: String?) throws {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = try #require(TimeZone(identifier: "Asia/Seoul"))
        let formatter = DateFormatter()
        formatter.calendar = calendar
        formatter.timeZone = calendar.timeZone
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.dateFormat = "yyyy-MM-dd HH:mm"
        let now = try #require(formatter.date(from: "2025-06-15 13:45"))
        let day = SavedModuleFilter.startOfDay(named: text, now: now, calendar: calendar)
        #expect(day.map(formatter.string(from:)) == expected)
    }
}
