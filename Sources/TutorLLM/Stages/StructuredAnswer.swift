// Asks for JSON and decodes the answer, leniently enough for what real models send back.

import Foundation
import TutorCore

extension LLMClient {
    /// Sends a request whose answer must be JSON of type `Answer`; an answer that does not
    /// decode is `LLMError.invalidAnswer` (and is not retried: the same model would likely
    /// answer the same way, and the caller has a fallback).
    func completeJSON<Answer: Decodable>(_ request: ChatRequest, as type: Answer.Type) async throws(LLMError) -> Answer
    {
        let completion = try await complete(request)
        return try Self.decodeAnswer(completion.content, as: type)
    }

    /// Decodes a model's answer text as `Answer`: the JSON object in it, snake_case keys.
    static func decodeAnswer<Answer: Decodable>(_ content: String, as type: Answer.Type) throws(LLMError) -> Answer {
        guard let data = Self.jsonObjectText(in: content).map({ Data($0.utf8) }) else {
            throw .invalidAnswer("no JSON object in the answer")
        }
        let decoder = JSONDecoder()
        decoder.keyDecodingStrategy = .convertFromSnakeCase
        do {
            return try decoder.decode(Answer.self, from: data)
        } catch let DecodingError.keyNotFound(key, _) {
            throw .invalidAnswer("'\(key.stringValue)' is missing")
        } catch let DecodingError.typeMismatch(_, context) {
            throw .invalidAnswer("'\(context.codingPath.map(\.stringValue).joined(separator: "."))' has the wrong type")
        } catch {
            throw .invalidAnswer("the JSON does not have the expected shape")
        }
    }

    /// The JSON object in an answer: the whole text, or what sits between the first `{` and
    /// the last `}` (models in plain mode wrap JSON in prose or code fences).
    static func jsonObjectText(in content: String) -> String? {
        let trimmed = content.trimmingCharacters(in: .whitespacesAndNewlines)
        guard let start = trimmed.firstIndex(of: "{"), let end = trimmed.lastIndex(of: "}"), start < end else {
            return nil
        }
        return String(trimmed[start...end])
    }
}

extension String {
    /// The text sanitised, on one line, and cut to `limit` characters: model output is never
    /// trusted to be clean or short.
    func cleanedModelText(limit: Int) -> String {
        let text = TextSanitizer.sanitize(self, keepNewlines: false).trimmingCharacters(in: .whitespaces)
        return text.count > limit ? String(text.prefix(limit)) : text
    }
}
