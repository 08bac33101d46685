// Fuzzes the LLM socket transport's HTTP/1.1 response parser: any split gives the same head and body, or the same refusal.

import Foundation
@_spi(Fuzzing) import TutorLLM

enum HTTPResponseTarget {
    /// What a whole response came to: its heads, its body, whether it ended, or why it was refused.
    private struct Outcome: Equatable {
        var heads: [String] = []
        var body: [UInt8] = []
        var isComplete = false
        var refusal: String?
    }

    static func run(_ bytes: [UInt8]) throws(FuzzFailure) {
        let cut = bytes.isEmpty ? 0 : Int(bytes[0]) % (bytes.count + 1)
        // The product's limits, and limits small enough for the fuzzer's inputs to pass them.
        let limits = [
            (
                HTTPResponseParser.maximumHeadByteCount, HTTPResponseParser.maximumHeaderCount,
                HTTPResponseParser.maximumLineByteCount
            ),
            (64, 3, 8),
        ]
        for (head, headers, line) in limits {
            let make = {
                HTTPResponseParser(maximumHeadByteCount: head, maximumHeaderCount: headers, maximumLineByteCount: line)
            }
            let whole = parse([bytes[...]], make())
            let byByte = parse(bytes.indices.map { bytes[$0...$0] }, make())
            try FuzzFailure.check(
                byByte == whole, "one byte at a time gave \(summary(byByte)), whole \(summary(whole))")
            let halves = parse([bytes[..<cut], bytes[cut...]], make())
            try FuzzFailure.check(
                halves == whole, "a split at byte \(cut) gave \(summary(halves)), whole \(summary(whole))")
            try FuzzFailure.check(whole.body.count <= bytes.count, "\(whole.body.count) body bytes from \(bytes.count)")
            try FuzzFailure.check(
                whole.heads.allSatisfy { $0.utf8.count <= 4 * (head + 4) }, "a head over its limit was read")
        }
    }

    /// The response as it arrives in `pieces`, then the end of the connection.
    private static func parse(_ pieces: [ArraySlice<UInt8>], _ parser: HTTPResponseParser) -> Outcome {
        var parser = parser
        var outcome = Outcome()
        do {
            for piece in pieces {
                take(try parser.feed(piece), into: &outcome)
                if parser.isComplete { break }
            }
            if !parser.isComplete { take(try parser.finish(), into: &outcome) }
            outcome.isComplete = parser.isComplete
        } catch {
            // Bytes handed over before a refusal depend on the split; the refusal does not.
            return Outcome(refusal: "\(error)")
        }
        return outcome
    }

    private static func take(_ events: [HTTPEvent], into outcome: inout Outcome) {
        for event in events {
            switch event {
            case .head(let status, let headers): outcome.heads.append("\(status) \(headers.sorted { $0.key < $1.key })")
            case .body(let data): outcome.body += data
            }
        }
    }

    private static func summary(_ outcome: Outcome) -> String {
        outcome.refusal.map { "refused: \($0.prefix(80))" }
            ?? "\(outcome.heads.count) heads, \(outcome.body.count) body bytes, complete \(outcome.isComplete)"
    }
}
