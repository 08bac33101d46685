// One English problem found in an utterance, as every analyser reports it.

/// A problem an analyser found: where it is, what to write instead, and why.
public struct Finding: Codable, Sendable, Hashable {
    /// Where the problem is, in the utterance's text (an empty span is an insertion point).
    public var span: TextSpan
    /// The text at `span`, empty for a missing word.
    public var original: String
    /// Replacements for `original`, best first; an empty string deletes it.
    public var suggestions: [String]
    public var errorType: ErrorType
    /// The analyser's rule or model that made the finding, such as `agreement.third-person`.
    public var ruleID: String
    public var message: LocalizedText
    public var severity: Severity
    /// How sure the analyser is, from 0 to 1.
    public var confidence: Double
    /// The learner-facing name its analyser gives the problem, such as a rule's label
    /// ("Comparatives"); nil when the analyser has none (a model), and `topic` names it by type.
    public var label: LocalizedText?
    /// The key of the grammar topic its analyser files it under (`ErrorTopic`), such as a
    /// rule's `category`; nil when the analyser has none, and `category` takes its type's.
    public var categoryKey: String?

    public init(
        span: TextSpan, original: String, suggestions: [String], errorType: ErrorType,
        ruleID: String, message: LocalizedText, severity: Severity, confidence: Double, label: LocalizedText? = nil,
        categoryKey: String? = nil
    ) {
        self.span = span
        self.original = original
        self.suggestions = suggestions
        self.errorType = errorType
        self.ruleID = ruleID
        self.message = message
        self.severity = severity
        self.confidence = confidence
        self.label = label
        self.categoryKey = categoryKey
    }

    /// What the finding is about, for the learner: the module's title and the summary's row
    /// both read it, so a finding is counted under the name its module has. Its analyser's
    /// label (a rule's), or else a name for its error type.
    public var topic: LocalizedText { label ?? ErrorTopic.name(for: self) }

    /// The grammar topic the summary counts it under: many rules, and a model's findings of
    /// the same kind, share one (`ErrorTopic`), so one topic is one row with one name.
    public var category: LocalizedText {
        if isSayItInEnglish { return ErrorTopic.sayItInEnglish }
        return categoryKey.flatMap(ErrorTopic.name(forKey:)) ?? ErrorTopic.name(for: errorType)
    }

    /// The edit that applies the best suggestion, if there is one.
    public var bestEdit: TextEdit? {
        suggestions.first.map { TextEdit(span: span, replacement: $0) }
    }

    /// Whether this finding teaches how to say Korean in English rather than fixing English.
    public var isSayItInEnglish: Bool { ruleID.hasPrefix(Finding.sayItInEnglishPrefix) }

    /// Rule ids of "say it in English" findings start with this.
    public static let sayItInEnglishPrefix = "say-it-in-english"
}

extension Array where Element == Finding {
    /// The text with the best suggestion of every finding applied.
    public func corrected(_ text: String) -> String {
        text.applying(compactMap(\.bestEdit))
    }
}

/// An utterance together with what an analyser found in it.
public struct AnalysedUtterance: Sendable, Hashable {
    public var utterance: Utterance
    public var findings: [Finding]

    public init(utterance: Utterance, findings: [Finding]) {
        self.utterance = utterance
        self.findings = findings
    }
}
