// The app's log: one time-stamped line per note.

import Foundation
import Testing
import TutorApp
import TutorTestSupport

@Suite("Event log")
struct EventLogTests {
    @Test("a note is one line stamped with the UTC time in ISO 8601")
    func timestampedLine() throws {
        let directory = try TemporaryDirectory("tutorapp-log")
        let url = directory.appending("chattutor.log")
        let before = Date()
        EventLog(url: url).note("session started")
        let line = try String(contentsOf: url, encoding: .utf8)
        let parts = line.split(separator: " ", maxSplits: 1)
        #expect(parts.count == 2)
        #expect(parts.last == "session started\n")
        let stamp = try #require(parts.first.map(String.init))
        #expect(stamp.wholeMatch(of: /\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ/) != nil, "\(stamp)")
        let parsed = try #require(ISO8601DateFormatter().date(from: stamp))
        #expect(abs(parsed.timeIntervalSince(before)) < 60)
    }
}
