// How a request asks for JSON, from the strictest form a server may refuse to plain text.

import TutorCore

/// The forms of structured output, tried in this order until a server accepts one.
public enum StructuredOutputMode: String, Sendable, Hashable, Codable, CaseIterable {
    /// OpenAI's `{"type": "json_schema", "json_schema": {"name", "schema", "strict"}}`.
    case jsonSchema = "json_schema"
    /// `{"type": "json_object", "schema": ...}`: llama.cpp's server and others.
    case jsonObject = "json_object"
    /// No `response_format`: the prompt carries the schema and the answer is parsed leniently.
    case plain

    /// The next, looser form to try when a server refuses this one.
    var fallback: StructuredOutputMode? {
        switch self {
        case .jsonSchema: .jsonObject
        case .jsonObject: .plain
        case .plain: nil
        }
    }

    /// The looser of two forms.
    func looser(_ other: StructuredOutputMode) -> StructuredOutputMode {
        let order = Self.allCases
        return (order.firstIndex(of: self) ?? 0) >= (order.firstIndex(of: other) ?? 0) ? self : other
    }

    /// The `response_format` field for a schema in this form, or nil for plain.
    func responseFormat(schema: JSONValue, name: String) -> JSONValue? {
        switch self {
        case .jsonSchema:
            .object([
                "type": .string("json_schema"),
                "json_schema": .object(["name": .string(name), "schema": schema, "strict": .bool(true)]),
            ])
        case .jsonObject:
            .object(["type": .string("json_object"), "schema": schema])
        case .plain:
            nil
        }
    }
}

/// Remembers, per endpoint, the strictest structured-output form the server accepted, so
/// that only the first request to a server that refuses `json_schema` pays for finding out.
public final class StructuredOutputMemory: Sendable {
    private let modes = Locked<[String: StructuredOutputMode]>([:])

    /// The memory every client of the process shares.
    public static let shared = StructuredOutputMemory()

    public init() {}

    public func mode(for endpoint: String) -> StructuredOutputMode {
        modes.withLock { $0[endpoint] ?? .jsonSchema }
    }

    /// Records the form a server accepted.
    func remember(_ mode: StructuredOutputMode, for endpoint: String) {
        modes.withLock { $0[endpoint] = mode }
    }

    /// Records that a server refused a form: requests from now on start with a looser one.
    func refused(_ mode: StructuredOutputMode, for endpoint: String) {
        guard let looser = mode.fallback else { return }
        modes.withLock { $0[endpoint] = ($0[endpoint] ?? .jsonSchema).looser(looser) }
    }
}
