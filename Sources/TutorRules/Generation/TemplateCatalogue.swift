// The wording of generated modules, read from Resources/templates.json.

import Foundation
import TutorCore

/// Explanations, tips and problem instructions for the template generator. Text may use
/// `{original}`, `{correction}`, `{message}`, `{korean}`, `{english}` and `{example}`.
struct TemplateCatalogue: Decodable, Sendable {
    struct Teaching: Decodable, Sendable {
        var explanation: LocalizedText
        var tips: [LocalizedText]
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
    /// By ERRANT category ("DET", "VERB:SVA"); `default` for the rest.
    var categories: [String: Teaching]
    /// By rule id, overriding the category.
    var rules: [String: Teaching]
    var sayItInEnglish: Teaching
    var instructions: Instructions

    func teaching(for focus: Finding) -> Teaching? {
        if focus.isSayItInEnglish { return sayItInEnglish }
        return rules[focus.ruleID] ?? categories[focus.errorType.category] ?? categories["default"]
    }
}

extension LocalizedText {
    /// The text with `{name}` placeholders filled in.
    func filled(_ values: [String: String]) -> LocalizedText {
        var result = self
        for (name, value) in values {
            result.en = result.en.replacingOccurrences(of: "{\(name)}", with: value)
            result.ko = result.ko.replacingOccurrences(of: "{\(name)}", with: value)
        }
        return result
    }
}
