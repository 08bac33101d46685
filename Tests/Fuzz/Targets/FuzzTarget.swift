// The fuzz targets of issue 14: one function per parser of untrusted bytes.

/// A parser of untrusted bytes, run on any input: it must not crash, hang or blow up, and
/// what it returns must keep the invariants its target checks. The libFuzzer driver
/// (`chattutor-fuzz`, run by `scripts/fuzz`) and `TutorFuzzTests` (which replays the seed
/// and regression inputs under `Tests/Fuzz/`) run the same functions.
public enum FuzzTarget: String, CaseIterable, Sendable {
    /// Terminal input bytes into key, text, paste and mouse events (`InputDecoder`).
    case inputDecoder = "input-decoder"
    /// A transcript file (`TranscriptParser`).
    case transcript
    /// A Server-Sent Events stream from a model server (`SSEParser`).
    case sse
    /// A model's answer to each LLM stage: analysis, focus, generation, judge.
    case llmAnswer = "llm-answer"
    /// Bytes from a talk peer, read as frames from a real Unix socket (`FrameSocket`).
    case talkFrame = "talk-frame"
    /// The JSON request bodies of the HTTP API, decoded and validated (`TutorAPIContract`).
    case apiBody = "api-body"

    /// The largest input worth trying: past it, inputs only cost time. libFuzzer's
    /// `-max_len`.
    public var maximumInputByteCount: Int {
        switch self {
        case .talkFrame: 2 * 4_100  // two hello-sized frames; the 64 KiB limit is checked by header
        case .transcript, .llmAnswer: 8_192
        default: 4_096
        }
    }

    /// Runs the target on `bytes`; throws when an invariant does not hold. A crash or hang
    /// is a failure too, found by the fuzzer or the test that replays the input.
    public func run(_ bytes: [UInt8]) throws(FuzzFailure) {
        switch self {
        case .inputDecoder: try InputDecoderTarget.run(bytes)
        case .transcript: try TranscriptTarget.run(bytes)
        case .sse: try SSETarget.run(bytes)
        case .llmAnswer: try LLMAnswerTarget.run(bytes)
        case .talkFrame: try TalkFrameTarget.run(bytes)
        case .apiBody: try APIBodyTarget.run(bytes)
        }
    }
}

/// An invariant that did not hold, with what was seen (never more than a short excerpt).
public struct FuzzFailure: Error, CustomStringConvertible, Sendable {
    public var description: String

    init(_ description: String) { self.description = description }

    /// Throws unless `condition` holds.
    static func check(_ condition: Bool, _ description: @autoclosure () -> String) throws(FuzzFailure) {
        if !condition { throw FuzzFailure(description()) }
    }
}
