// The one error of configuration: which file or variable, which line and key, and the fix.

/// A setting that cannot be used. Says where it is (a file with the line when the TOML itself is
/// broken, an environment variable or a flag), which key, and what to write instead.
public struct ConfigError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What is wrong with the setting.
    public enum Problem: Sendable, Hashable {
        /// The file is not valid TOML (said in our words: the parser's own are a C++ library's).
        case syntax
        /// The file exists but cannot be read.
        case unreadable
        /// A key that nothing reads; the keys that are read there.
        case unknownKey(known: [String])
        /// A value of another TOML type than the setting takes.
        case wrongType(found: ConfigValue, expected: ExpectedValue)
        /// A value of the right type that is out of range or malformed.
        case invalidValue(String, expected: ExpectedValue)
        /// A setting that must be given alongside others (the source is the other's); how to give it.
        case missing(advice: String)
        /// A file holding a secret that its group or others can read; where else the secret can go.
        case notPrivate(mode: Int, alternative: String)
    }

    /// Where the setting was read.
    public var source: ConfigSource
    /// The line and column in the file; TOMLKit gives them for broken TOML only.
    public var line: Int?
    public var column: Int?
    /// The key in the file, dotted inside a table (`interviewer.fg`); nil for the whole file.
    public var key: String?
    public var problem: Problem

    public init(source: ConfigSource, line: Int? = nil, column: Int? = nil, key: String? = nil, problem: Problem) {
        self.source = source
        self.line = line
        self.column = column
        self.key = key
        self.problem = problem
    }

    public var description: String {
        switch problem {
        case .syntax:
            "\(place): this is not valid TOML; write each setting as key = value, with text quoted (key = \"value\")"
        case .unreadable:
            "\(place): cannot be read; check that it is a file you may read"
        case .unknownKey(let known):
            "\(place): unknown key '\(key ?? "")'; the keys are \(known.joined(separator: ", "))"
        case .wrongType(let found, let expected):
            "\(place): \(key ?? "the value") must be \(expected), not \(found.kind) (\(found.written))"
        case .invalidValue(let value, let expected):
            "\(subject) '\(value.count > 80 ? String(value.prefix(79)) + "…" : value)' is not \(expected)"
        case .missing(let advice):
            advice
        case .notPrivate(let mode, let alternative):
            "\(place) holds \(key ?? "a secret") but its mode is \(String(mode, radix: 8)): run `chmod 600 \(place)`, or \(alternative)"
        }
    }

    /// The file (with line and column when known), the variable or the flag.
    public var place: String {
        switch source {
        case .file(let path):
            [path, line.map(String.init), column.map(String.init)].compactMap { $0 }.joined(separator: ":")
        case .environment(let name), .flag(let name): name
        }
    }

    /// What the value belongs to: `file: key` for a file, the variable or flag otherwise.
    public var subject: String {
        guard case .file = source else { return place }
        return key.map { "\(place): \($0)" } ?? place
    }
}
