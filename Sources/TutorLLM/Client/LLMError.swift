// Why a model request failed, each case with what the user can do about it.

import Foundation

/// A request to the model that did not give a usable answer. Messages name the endpoint
/// and the fix; they never contain the API key or the learner's text.
public enum LLMError: Error, Sendable, Hashable, CustomStringConvertible {
    /// No connection, or the connection broke, even after retrying.
    case unreachable(endpoint: String, reason: String)
    /// The server refused the API key (401 or 403).
    case unauthorized(endpoint: String, status: Int)
    /// 404: the URL or the model name is wrong.
    case notFound(endpoint: String, model: String)
    /// 429 after every retry.
    case rateLimited(endpoint: String, attempts: Int)
    /// Another HTTP status (after retrying 5xx); `message` is the server's, shortened.
    case httpStatus(endpoint: String, status: Int, message: String)
    /// No byte arrived for this long.
    case idleTimeout(seconds: Double)
    /// The request took longer than its overall deadline.
    case deadlineExceeded(seconds: Double)
    /// The server answered 200 with nothing in it (llama.cpp does this when the prompt
    /// overflows the context).
    case emptyResponse(endpoint: String)
    /// The body was not the Chat Completions JSON or event stream.
    case malformedResponse(String)
    /// The model stopped for another reason than `stop` (`length`, or none at all).
    case unfinished(finishReason: String?)
    /// The answer's content was not the JSON asked for.
    case invalidAnswer(String)
    /// The conversation ended or the app quit.
    case cancelled
    /// Not sent: the server failed repeatedly or timed out (`reason`), so calls fail at
    /// once until a probe, at most every `probeSeconds`, finds it answering again.
    case offline(reason: String, probeSeconds: Double)

    public var description: String {
        switch self {
        case .unreachable(let endpoint, let reason):
            "cannot reach the model at \(endpoint) (\(reason)); check that the server runs and CHATTUTOR_LLM_BASE_URL, or use --offline"
        case .unauthorized(let endpoint, let status):
            "the model server at \(endpoint) refused the API key (HTTP \(status)); set CHATTUTOR_LLM_API_KEY (or OPENAI_API_KEY) to a valid key"
        case .notFound(let endpoint, let model):
            "the model server at \(endpoint) answered 404 for model '\(model)'; check CHATTUTOR_LLM_BASE_URL (it usually ends in /v1) and CHATTUTOR_LLM_MODEL (`chattutor doctor` lists the models)"
        case .rateLimited(let endpoint, let attempts):
            "the model server at \(endpoint) is rate-limiting (HTTP 429 on \(attempts) attempts); wait a minute, lower CHATTUTOR_LLM_MAX_CONCURRENT, or use --offline"
        case .httpStatus(let endpoint, let status, let message):
            "the model server at \(endpoint) failed (HTTP \(status)\(message.isEmpty ? "" : ": \(message)")); try again later or use --offline"
        case .idleTimeout(let seconds):
            "the model sent nothing for \(Self.format(seconds)) s; the server may be overloaded (raise CHATTUTOR_LLM_IDLE_TIMEOUT or use --offline)"
        case .deadlineExceeded(let seconds):
            "the model took longer than \(Self.format(seconds)) s; try a smaller or faster model, raise CHATTUTOR_LLM_DEADLINE, or use --offline"
        case .emptyResponse(let endpoint):
            "the model server at \(endpoint) answered with an empty body; the conversation may be too long for the model's context"
        case .malformedResponse(let reason):
            "the model server's answer is not an OpenAI chat completion (\(reason)); is CHATTUTOR_LLM_BASE_URL an OpenAI-compatible /v1 endpoint?"
        case .unfinished(let reason):
            reason == "length"
                ? "the model stopped at its token limit before finishing (finish_reason length)"
                : "the model's answer ended without finishing (finish_reason \(reason ?? "missing"))"
        case .invalidAnswer(let reason):
            "the model's answer is not the JSON asked for: \(reason)"
        case .cancelled:
            "the request was cancelled"
        case .offline(let reason, let seconds):
            "the model is offline for now after \(reason); ChatTutor works without it and tries it again every \(Self.format(seconds)) s"
        }
    }

    /// What went wrong in a few words, for the reason a circuit opened.
    var brief: String {
        switch self {
        case .unreachable(_, let reason): reason
        case .unauthorized(_, let status), .httpStatus(_, let status, _): "HTTP \(status)"
        case .notFound: "HTTP 404"
        case .rateLimited: "HTTP 429"
        case .idleTimeout(let seconds): "no answer for \(Self.format(seconds)) s"
        case .deadlineExceeded(let seconds): "no whole answer within \(Self.format(seconds)) s"
        case .emptyResponse: "an empty answer"
        case .malformedResponse: "a malformed answer"
        case .unfinished: "an unfinished answer"
        case .invalidAnswer: "an answer that is not the JSON asked for"
        case .cancelled: "a cancelled request"
        case .offline(let reason, _): reason
        }
    }

    private static func format(_ seconds: Double) -> String {
        seconds.rounded() == seconds ? String(Int(seconds)) : String(format: "%.1f", seconds)
    }

    /// A server's error text, shortened and stripped of control characters, for a message.
    static func excerpt(_ text: String, limit: Int = 160) -> String {
        let clean = String(
            String.UnicodeScalarView(text.unicodeScalars.map { $0.properties.generalCategory == .control ? " " : $0 })
        )
        .split(whereSeparator: \.isWhitespace).joined(separator: " ")
        return clean.count > limit ? String(clean.prefix(limit)) + "…" : clean
    }
}
