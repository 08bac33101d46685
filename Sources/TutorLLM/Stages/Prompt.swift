// The versioned prompts in Resources/prompts: instructions in text files, answer schemas in JSON.

import Foundation

/// One stage's prompt: its instructions and the JSON Schema of the answer.
public struct Prompt: Sendable, Hashable {
    /// `analyser`, `focus`, `generator`, `judge` or `interviewer`.
    public var name: String
    public var version: Int
    public var instructions: String
    public var schema: JSONValue?

    /// Names the prompt in identifiers and reports, such as `analyser.v1`.
    public var identifier: String { "\(name).v\(version)" }

    /// The instructions with `{{key}}` placeholders filled in.
    public func instructions(filling values: [String: String]) -> String {
        values.reduce(instructions) { $0.replacingOccurrences(of: "{{\($1.key)}}", with: $1.value) }
    }
}

/// Loads prompts from the module's resources (or a directory, for trying new wording).
public struct PromptLibrary: Sendable {
    /// The prompt versions in use.
    public static let versions = ["analyser": 2, "focus": 1, "generator": 1, "judge": 1, "interviewer": 1]

    public let analyser: Prompt
    public let focus: Prompt
    public let generator: Prompt
    public let judge: Prompt
    public let interviewer: Prompt

    /// Reads every prompt; `directory` overrides the bundled `Resources/prompts`.
    public init(directory: URL? = nil) throws(PromptError) {
        let root = directory ?? Bundle.module.bundleURL.appendingPathComponent("Resources/prompts")
        func load(_ name: String, schema: Bool = true) throws(PromptError) -> Prompt {
            let version = Self.versions[name] ?? 1
            let base = root.appendingPathComponent("\(name).v\(version)")
            guard let text = FileManager.default.contents(atPath: base.path + ".txt") else {
                throw PromptError(file: base.path + ".txt", reason: "is missing; reinstall chattutor")
            }
            var parsed: JSONValue?
            if schema {
                guard let data = FileManager.default.contents(atPath: base.path + ".schema.json"),
                    let value = try? JSONValue.parse(data)
                else {
                    throw PromptError(
                        file: base.path + ".schema.json", reason: "is missing or not JSON; reinstall chattutor")
                }
                parsed = value
            }
            return Prompt(
                name: name, version: version, instructions: String(decoding: text, as: UTF8.self), schema: parsed)
        }
        analyser = try load("analyser")
        focus = try load("focus")
        generator = try load("generator")
        judge = try load("judge")
        interviewer = try load("interviewer", schema: false)
    }
}

/// A prompt file that cannot be read.
public struct PromptError: Error, Sendable, Hashable, CustomStringConvertible {
    public var file: String
    public var reason: String
    public var description: String { "the prompt \(file) \(reason)" }
}
