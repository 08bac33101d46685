// The wording of generated modules, read from Resources/templates.json.

import Foundation
import TutorCore

/// Explanations, tips and problem instructions for the template generator, written for each
/// rule. Text may use `{original}`, `{correction}`, `{korean}`, `{english}` and `{example}`;
/// `{name:을}` puts the value in quotes followed by the particle's form for it (을 or 를).
struct TemplateCatalogue: Decodable, Sendable {
    struct Teaching: Decodable, Sendable {
        var explanation: LocalizedText
        var tips: [LocalizedText]
        /// One more sentence of the learner's kind, wrong and right (not one of the rule's
        /// flag examples, which practice problems use).
        var example: Example?
    }

    struct Example: Decodable, Sendable, Hashable {
        var wrong: String
        var right: String
    }

    struct Instructions: Decodable, Sendable {
        var fillInTheBlank: LocalizedText
        var fillInTheBlankWithHint: LocalizedText
        var multipleChoice: LocalizedText
        var rewrite: LocalizedText
        var sayFillInTheBlank: LocalizedText
        var sayMultipleChoice: LocalizedText
        var sayRewrite: LocalizedText
        var sayRewriteWord: LocalizedText
    }

    var version: Int
    /// By rule id: every rule has its own (a test checks).
    var rules: [String: Teaching]
    var instructions: Instructions

    /// The rule's own texts; nil for a rule nobody wrote them for (never a neighbour's).
    func teaching(for focus: Finding) -> Teaching? {
        rules[focus.ruleID]
    }
}

extension LocalizedText {
    /// The text with `{name}` and `{name:particle}` placeholders filled in.
    func filled(_ values: [String: String]) -> LocalizedText {
        LocalizedText(en: en.fillingPlaceholders(values), ko: ko.fillingPlaceholders(values))
    }
}
