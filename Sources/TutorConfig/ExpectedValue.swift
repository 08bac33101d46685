// What a setting takes, as a value: said in English here and in other languages by the interface's catalogue.

/// The values a setting takes, for its error: a range of whole numbers, a choice, true or
/// false, or (for the settings only a server's operator meets) words of the caller's. English
/// is `description`; the interface says each case in its own language (`ConfigError.message`).
/// Two are equal when they say the same in English, so `"true or false"` is `.trueOrFalse`.
public enum ExpectedValue: Sendable, CustomStringConvertible, ExpressibleByStringInterpolation {
    case wholeNumber(from: Int, to: Int)
    /// A number of seconds above 0 and at most this many.
    case seconds(atMost: Int)
    case oneOf([String])
    case trueOrFalse
    /// Any text (a name, a key).
    case text
    /// Words of the caller's, in English only.
    case words(String)

    /// `"true or false"` and `"text"` are those cases; any other words are `.words`.
    public init(stringLiteral value: String) {
        switch value {
        case "true or false": self = .trueOrFalse
        case "text": self = .text
        default: self = .words(value)
        }
    }

    public var description: String {
        switch self {
        case .wholeNumber(let from, let to): "a whole number from \(from) to \(to)"
        case .seconds(let maximum): "a number of seconds above 0 and at most \(maximum)"
        case .oneOf(let choices): "one of " + choices.joined(separator: ", ")
        case .trueOrFalse: "true or false"
        case .text: "text"
        case .words(let words): words
        }
    }
}

extension ExpectedValue: Hashable {
    public static func == (lhs: ExpectedValue, rhs: ExpectedValue) -> Bool { lhs.description == rhs.description }
    public func hash(into hasher: inout Hasher) { hasher.combine(description) }
}
