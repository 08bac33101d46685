// A rule as data: what it finds, what it says, and its own examples (Resources/rules.json).

import Foundation
import TutorCore

/// One rule of the built-in analyser, read from `rules.json`. The matcher names the code
/// that finds the pattern; everything a learner reads, and the rule's examples, are data.
struct RuleDefinition: Decodable, Sendable, Hashable {
    var id: String
    /// The matcher that finds this rule's pattern (see `MatcherRegistry`).
    var matcher: String
    var errorType: ErrorType
    /// The learner-facing name of the problem.
    var label: LocalizedText
    /// The grammar topic the summary counts its findings under: a key of `ErrorTopic`. Every
    /// shipped rule has one (`RuleCategoryTests`); a rule without one counts under its ERRANT
    /// type's topic rather than stopping the analyser from loading.
    var category: String?
    /// Said with every finding; `{original}` and `{correction}` are filled in.
    var message: LocalizedText
    var severity: Severity
    var confidence: Double
    /// Switched-off rules are kept with their examples but do not run.
    var enabled: Bool?
    /// For `phrase` rules: the words to match (see docs/rules.md).
    var pattern: String?
    /// For `phrase` rules: what replaces the bracketed part, best first.
    var replacements: [String]?
    /// For `phrase` rules that delete a word: the finding takes the word after it ("back
    /// home" → "home"), not the word before ("return back" → "return"), so another rule may
    /// still correct the word before ("return" → "returned").
    var deletionKeepsWordBefore: Bool?
    /// Wrong alternatives for multiple-choice problems, when the matcher cannot make them.
    var distractors: [String]?
    var examples: Examples

    struct Examples: Decodable, Sendable, Hashable {
        /// Text the rule must flag, as `wrong => corrected` (the correction is what this rule alone gives).
        var flag: [String]
        /// Text the rule must leave alone.
        var pass: [String]
    }

    var isEnabled: Bool { enabled ?? true }

    /// The flag examples split into the text and its expected correction.
    var flagExamples: [(text: String, corrected: String)] {
        examples.flag.map { example in
            let parts = example.components(separatedBy: " => ")
            return (parts[0], parts.count > 1 ? parts[1] : "")
        }
    }
}

/// The rule file: rules in priority order (an earlier rule wins an overlap).
struct RuleFile: Decodable, Sendable {
    var version: Int
    var rules: [RuleDefinition]
}
