// The frame format: length limits, versions and malformed bodies, and the join code.

import Foundation
import Testing
import TutorCore

@testable import TutorTalk

@Suite("talk wire") struct TalkWireTests {
    func body(_ json: String) -> [UInt8] { Array(json.utf8) }

    @Test("a frame survives encoding and decoding")
    func roundTrip() throws {
        let bytes = try TalkWire.encode(.chat(speaker: .learnerA, text: "안녕 hello"))
        let length = try TalkWire.bodyLength(header: Array(bytes.prefix(4)))
        #expect(length == bytes.count - 4)
        #expect(try TalkWire.decode(body: Array(bytes.dropFirst(4))) == .chat(speaker: .learnerA, text: "안녕 hello"))
    }

    @Test("the summary crosses the wire as topics in both languages, with their counts")
    func summaryRoundTrip() throws {
        let rows = [
            TopicCount(topic: LocalizedText(en: "Comparatives", ko: "비교급"), count: 2),
            TopicCount(topic: LocalizedText(en: "Articles (a, an, the)", ko: "관사 (a, an, the)"), count: 1),
        ]
        let bytes = try TalkWire.encode(.summary(findingsByTopic: rows))
        #expect(try TalkWire.decode(body: Array(bytes.dropFirst(4))) == .summary(findingsByTopic: rows))
        #expect(String(decoding: bytes.dropFirst(4), as: UTF8.self).contains(#""v":3"#))
    }

    @Test("the welcome carries the host's batch size and analyser; a guest shows them only checked")
    func welcomeRoundTrip() throws {
        let analysis = TalkAnalysis(batchSize: 5, analyser: .model("qwen2.5-7b"))
        let frame = TalkFrame.welcome(conversationID: "talk-1", hostName: "minji", analysis: analysis)
        #expect(try TalkWire.decode(body: Array(try TalkWire.encode(frame).dropFirst(4))) == frame)
        #expect(TalkAnalysis(batchSize: 0, analyser: .rules).checked.batchSize == 1)
        #expect(TalkAnalysis(batchSize: 1_000_000).checked.batchSize == TalkAnalysis.maxBatchSize)
        let hostile = TalkAnalysis(analyser: .model("evil\u{1B}[2J" + String(repeating: "x", count: 200))).checked
        guard case .model(let name) = hostile.analyser else {
            Issue.record("a model's name became \(hostile.analyser)")
            return
        }
        #expect(!name.contains("\u{1B}") && name.count <= TalkAnalysis.maxModelNameLength)
        #expect(TalkAnalysis(analyser: .model("\u{1B}")).checked.analyser == .rules)
        #expect(analysis.checked == analysis)
    }

    @Test("a protocol-1 summary (ERRANT types) is refused as another version, not misread")
    func oldSummary() {
        #expect(throws: TalkError.unsupportedVersion(1)) {
            try TalkWire.decode(body: body(#"{"v":1,"frame":{"summary":{"findingsByType":{"R:VERB:SVA":1}}}}"#))
        }
    }

    @Test("a header announcing more than 64 KiB is refused before the body is read")
    func oversizedHeader() {
        #expect(throws: TalkError.oversized(byteCount: 65_537)) { try TalkWire.bodyLength(header: [0, 1, 0, 1]) }
        #expect(throws: TalkError.oversized(byteCount: 0xFFFF_FFFF)) {
            try TalkWire.bodyLength(header: [255, 255, 255, 255])
        }
        #expect(throws: TalkError.malformed) { try TalkWire.bodyLength(header: [0, 0, 0, 0]) }
    }

    @Test("a frame that would exceed the limit is not sent")
    func oversizedEncode() {
        #expect(throws: TalkError.self) {
            try TalkWire.encode(.chat(speaker: .learnerB, text: String(repeating: "a", count: 70_000)))
        }
    }

    @Test("another protocol version is refused", arguments: [0, 1, 2, 99])
    func wrongVersion(version: Int) {
        #expect(throws: TalkError.unsupportedVersion(version)) {
            try TalkWire.decode(body: body(#"{"v":\#(version),"frame":{"leave":{}}}"#))
        }
    }

    @Test(
        "malformed bodies are refused",
        arguments: [
            "not json", "{}", #"{"v":3}"#, #"{"v":3,"frame":{"shout":{}}}"#, #"{"v":3,"frame":{"chat":{"text":"x"}}}"#,
            #"{"v":3,"frame":{"chat":{"speaker":"boss","text":"x"}}}"#, "[1,2,3]",
            #"{"v":3,"frame":{"summary":{"findingsByType":{"R:VERB:SVA":1}}}}"#,
            #"{"v":3,"frame":{"welcome":{"conversationID":"c","hostName":"h"}}}"#,
        ])
    func malformed(json: String) {
        #expect(throws: TalkError.self) { try TalkWire.decode(body: body(json)) }
    }
}

@Suite("join code") struct JoinCodeTests {
    @Test("a random code reads back, in any case and spacing")
    func readsBack() throws {
        let code = JoinCode.random()
        let typed = try #require(JoinCode(code.description.lowercased().replacingOccurrences(of: "-", with: " ")))
        #expect(typed == code)
        #expect(code.description.count == 19)
        #expect(code.description.split(separator: "-").map(\.count) == [4, 4, 4, 4])
    }

    @Test("a code holds at least 80 random bits")
    func entropy() {
        #expect(Double(JoinCode.characterCount) * log2(Double(JoinCode.alphabet.count)) >= 80)
        #expect(Set(JoinCode.alphabet).count == JoinCode.alphabet.count)
    }

    @Test(
        "text that is not a code is refused",
        arguments: [
            "", "ABCD", "ABCD-EFGH-JKLM", "ABCD-EFGH-JKLM-NPQ", "ABCD-EFGH-JKLM-NPQRS", "ABCD-EFGH-JKLM-NPQ0",
            "ABCD-EFGH-JKLM-NPQI",
            "ÄBCD-EFGH-JKLM-NPQR",
        ])
    func refuses(text: String) {
        #expect(JoinCode(text) == nil)
    }

    @Test("the room is a hash of the whole code: every character changes it, and none shows in it")
    func room() throws {
        let code = try #require(JoinCode("ABCD-EFGH-JKLM-NPQR"))
        #expect(code.room.count == 32)
        #expect(code.room.allSatisfy { $0.isHexDigit && !$0.isUppercase })
        #expect(!code.room.contains("abcd") && !code.room.uppercased().contains("ABCD"))
        #expect(try #require(JoinCode("abcd efgh jklm npqr")).room == code.room)
        for index in 0..<JoinCode.characterCount {
            var characters = Array(code.characters)
            characters[index] = characters[index] == "Z" ? "Y" : "Z"
            let neighbour = try #require(JoinCode(String(characters)))
            #expect(neighbour.room != code.room, "changing character \(index)")
        }
    }

    @Test("only the exact code is accepted as proof")
    func proof() throws {
        let code = try #require(JoinCode("ABCD-EFGH-JKLM-NPQR"))
        #expect(code.accepts(proof: "ABCDEFGHJKLMNPQR"))
        for wrong in [
            "", "EFGHJKLMNPQR", "ABCDEFGHJKLMNPQ", "ABCDEFGHJKLMNPQRS", "ABCDEFGHJKLMNPQS", "abcdefghjklmnpqr",
            "ABCD-EFGH-JKLM-NPQR", code.room,
        ] {
            #expect(!code.accepts(proof: wrong), "\(wrong)")
        }
    }

    @Test(
        "constant-time comparison agrees with ==",
        arguments: [
            ([UInt8](), [UInt8]()), ([1], [1]), ([1], [2]), ([1, 2], [1]), ([], [0]), ([0], []),
            ([1, 2, 3], [1, 2, 3]),
        ])
    func constantTime(pair: ([UInt8], [UInt8])) {
        #expect(JoinCode.constantTimeEqual(pair.0, pair.1) == (pair.0 == pair.1))
    }

    @Test("two random codes differ")
    func random() {
        #expect(JoinCode.random() != JoinCode.random())
    }
}
