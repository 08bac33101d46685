// The frame format and the join code.

import Testing
@testable import TutorTalk

@Suite("talk wire") struct TalkWireTests {
    @Test("a frame survives encoding and decoding")
    func roundTrip() throws {
        let bytes = try TalkWire.encode(.chat(speaker: .learnerA, text: "안녕 hello"))
        let length = try TalkWire.bodyLength(header: Array(bytes.prefix(4)))
        #expect(length == bytes.count - 4)
        #expect(try TalkWire.decode(body: Array(bytes.dropFirst(4))) == .chat(speaker: .learnerA, text: "안녕 hello"))
    }
}
