// A fake model behind the fake server: plausible answers for every LLM stage, after a fixed latency.

import Foundation

/// Answers ChatTutor's prompts the way a good model would: flags the words of a table, picks
/// candidates in order, writes a clean lesson, approves it, and streams interviewer turns.
/// The stage is read from the request's input JSON, so it follows the prompts' shapes.
public struct FakeModel: Sendable {
    public var corrections: [String: String]
    /// How long each answer takes to start.
    public var latency: Duration
    public var interviewerReply: [String]

    public init(
        corrections: [String: String] = ["goed": "went", "informations": "information", "i": "I"],
        latency: Duration = .zero,
        interviewerReply: [String] = ["That ", "sounds ", "great. ", "What ", "happened ", "next?"]
    ) {
        self.corrections = corrections
        self.latency = latency
        self.interviewerReply = interviewerReply
    }

    /// The reply to one request; use as the fake server's responder.
    public func reply(to request: FakeOpenAIServer.Request) -> FakeOpenAIServer.Reply {
        guard request.path.hasSuffix("/chat/completions") else {
            return request.path.hasSuffix("/models")
                ? .status(
                    200, body: #"{"object":"list","data":[{"id":"fake-model","object":"model"}]}"#,
                    contentType: "application/json")
                : .status(404, body: "not found")
        }
        guard let body = request.json, let messages = body["messages"] as? [[String: Any]] else {
            return .status(400, body: #"{"error":{"message":"bad request"}}"#, contentType: "application/json")
        }
        if body["stream"] as? Bool == true {
            return .stream(interviewerReply, firstByteAfter: latency)
        }
        let user = messages.last { $0["role"] as? String == "user" }?["content"] as? String ?? ""
        let input = (try? JSONSerialization.jsonObject(with: Data(user.utf8))) as? [String: Any] ?? [:]
        let answer: Any
        if let utterances = input["utterances"] as? [[String: Any]] {
            answer = ["findings": utterances.flatMap(findings)]
        } else if let candidates = input["candidates"] as? [[String: Any]] {
            let limit = input["limit"] as? Int ?? candidates.count
            answer = [
                "choices": candidates.prefix(limit).map { ["id": $0["id"] ?? 0, "reason": "common and teachable"] }
            ]
        } else if let correction = input["correction"] as? String, input["blanked"] != nil {
            answer = lesson(correction: correction)
        } else if input["problems"] != nil {
            answer = ["approved": true, "reason": "The correction and the problems are right."]
        } else {
            answer = [String: Any]()
        }
        return .completion(FakeOpenAIServer.Reply.json(answer), usage: (user.count / 4 + 200, 120), after: latency)
    }

    private func findings(_ utterance: [String: Any]) -> [[String: Any]] {
        let text = utterance["text"] as? String ?? ""
        var seen = Set<String>()
        return text.split(separator: " ").compactMap { word -> [String: Any]? in
            let bare = word.trimmingCharacters(in: .punctuationCharacters)
            guard let correction = corrections[bare], seen.insert(bare).inserted else { return nil }
            return [
                "utterance": utterance["id"] ?? 0, "original": bare, "correction": correction, "error_type": "R:OTHER",
                "explanation": "Say \(correction) here.", "explanation_ko": "여기서는 \(correction)라고 해요.",
                "severity": "medium", "confidence": 0.9,
            ]
        }
    }

    private func lesson(correction: String) -> [String: Any] {
        [
            "explanation_en": "This is the usual English word here.", "explanation_ko": "여기서는 이 단어를 씁니다.",
            "tips": [["en": "Read the sentence aloud.", "ko": "문장을 소리 내어 읽어 보세요."]],
            "fill_in_instruction_en": "Fill in the blank.", "fill_in_instruction_ko": "빈칸을 채우세요.",
            "multiple_choice_instruction_en": "Choose the best word.",
            "multiple_choice_instruction_ko": "알맞은 단어를 고르세요.",
            "distractors": [correction + "s", "the " + correction],
            "rewrite_instruction_en": "Rewrite your sentence correctly.", "rewrite_instruction_ko": "문장을 바르게 고쳐 쓰세요.",
            "example_sentence": "I use \(correction) every day.",
        ]
    }
}
