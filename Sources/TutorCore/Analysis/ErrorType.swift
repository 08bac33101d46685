// Error types in the ERRANT taxonomy (M:DET, R:VERB:SVA, ...), and how we group them.

/// An ERRANT-style error type: an operation (`M` missing, `R` replace, `U` unnecessary)
/// and a category such as `DET` or `VERB:SVA`.
public struct ErrorType: RawRepresentable, Codable, Sendable, Hashable, Comparable, CustomStringConvertible,
    ExpressibleByStringLiteral
{
    public var rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public init(stringLiteral value: String) { self.rawValue = value }

    public var description: String { rawValue }

    /// `M`, `R` or `U`; empty for types without an operation.
    public var operation: String {
        guard let colon = rawValue.firstIndex(of: ":") else { return "" }
        return String(rawValue[..<colon])
    }

    /// The category without the operation: `DET`, `VERB:SVA`, `SPELL`.
    public var category: String {
        guard let colon = rawValue.firstIndex(of: ":") else { return rawValue }
        return String(rawValue[rawValue.index(after: colon)...])
    }

    /// Whether the raw value has the shape of an ERRANT type.
    public var isWellFormed: Bool {
        let operations: Set = ["M", "R", "U"]
        return operations.contains(operation) && !category.isEmpty
            && category.allSatisfy { $0.isUppercase || $0 == ":" }
    }

    public init(from decoder: any Decoder) throws {
        rawValue = try decoder.singleValueContainer().decode(String.self)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }

    public static func < (lhs: ErrorType, rhs: ErrorType) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// How much an error gets in the way of being understood.
public enum Severity: String, Codable, Sendable, Hashable, Comparable, CaseIterable {
    case low, medium, high

    /// A weight used when ranking clusters, relative to `medium`: an error that changes what
    /// the learner means or breaks the sentence's grammar ("I am interesting in", "he go")
    /// comes before a slip of spelling or punctuation seen as often.
    public var weight: Double {
        switch self {
        case .low: 0.5
        case .medium: 1
        case .high: 2
        }
    }

    public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.weight < rhs.weight }
}

/// A short text in English with its Korean translation.
public struct LocalizedText: Codable, Sendable, Hashable {
    public var en: String
    public var ko: String

    public init(en: String, ko: String) {
        self.en = en
        self.ko = ko
    }
}
