// A finding as a model proposes it, and the checks it must pass to become a real one.

import Foundation
import TutorCore

/// One finding in the analyser's answer. Every field is optional so that one bad item
/// drops only itself, not the whole batch.
struct ProposedFinding: Decodable {
    var utterance: Int?
    var original: String?
    var correction: String?
    var errorType: String?
    var explanation: String?
    var explanationKo: String?
    var severity: String?
    var confidence: Double?

    /// Rule ids of model findings: `llm.r:verb:sva`, and for Korean the "say it in English" family.
    static let ruleIDPrefix = "llm."
    static let sayItInEnglishRuleID = Finding.sayItInEnglishPrefix + ".llm"

    /// The finding, if it holds up: `original` must be words of the utterance (at word
    /// boundaries), the correction must differ and be English, and texts must be clean and short.
    func finding(in utterance: Utterance) -> Finding? {
        guard let original = original?.cleanedModelText(limit: 120), !original.isEmpty,
            let correction = correction?.cleanedModelText(limit: 120), original != correction,
            !LanguageDetector.containsHangul(correction),
            let span = utterance.text.wordSpan(of: original)
        else { return nil }
        let isKorean = LanguageDetector.containsHangul(original)
        guard isKorean || Self.isSmallEdit(from: original, to: correction) else { return nil }
        var type = ErrorType(rawValue: (errorType ?? "").cleanedModelText(limit: 20).uppercased())
        if isKorean || !type.isWellFormed { type = "R:OTHER" }
        if correction.isEmpty, type.operation != "U" { return nil }
        let english = explanation?.cleanedModelText(limit: 300) ?? ""
        let message = english.isEmpty ? "Write “\(correction)” instead of “\(original)”." : english
        // A "Korean" explanation without Hangul is not a translation: show the English.
        let korean =
            (explanationKo?.cleanedModelText(limit: 300)).flatMap { LanguageDetector.containsHangul($0) ? $0 : nil }
            ?? ""
        return Finding(
            span: span, original: original, suggestions: [correction], errorType: type,
            ruleID: isKorean ? Self.sayItInEnglishRuleID : Self.ruleIDPrefix + type.rawValue.lowercased(),
            message: LocalizedText(en: message, ko: korean.isEmpty ? message : korean),
            severity: Severity(rawValue: (severity ?? "").lowercased()) ?? .medium,
            confidence: min(1, max(0, confidence ?? 0.6)))
    }
}

extension ProposedFinding {
    /// The most words an English finding may span: learner errors are local edits, and a
    /// model that "corrects" a whole sentence is rewriting it, not finding an error.
    static let maximumOriginalWords = 6

    /// Whether `correction` is a local edit of `original`: both short, and, beyond two words,
    /// sharing a word (so an unrelated sentence is not taken for a correction).
    static func isSmallEdit(from original: String, to correction: String) -> Bool {
        let from = original.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber && $0 != "'" })
        let to = correction.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber && $0 != "'" })
        guard !from.isEmpty, from.count <= maximumOriginalWords, to.count <= from.count + 3 else { return false }
        return max(from.count, to.count) <= 2 || !Set(from).isDisjoint(with: to)
    }
}

extension String {
    /// The scalar span of the first occurrence of `words` that starts and ends at word
    /// boundaries (so "a" is not found inside "cat"), or nil.
    func wordSpan(of words: String) -> TextSpan? {
        var searchStart = startIndex
        while let range = range(of: words, range: searchStart..<endIndex) {
            let before = range.lowerBound == startIndex ? nil : self[index(before: range.lowerBound)]
            let after = range.upperBound == endIndex ? nil : self[range.upperBound]
            let boundaryBefore = before.map { !($0.isLetter || $0.isNumber) } ?? true
            let boundaryAfter = after.map { !($0.isLetter || $0.isNumber) } ?? true
            let startsWithWord = words.first.map { $0.isLetter || $0.isNumber } ?? false
            let endsWithWord = words.last.map { $0.isLetter || $0.isNumber } ?? false
            if (boundaryBefore || !startsWithWord) && (boundaryAfter || !endsWithWord) {
                let start = unicodeScalars.distance(from: unicodeScalars.startIndex, to: range.lowerBound)
                let span = TextSpan(start: start, end: start + words.unicodeScalars.count)
                if substring(in: span) == words { return span }
            }
            searchStart = index(after: range.lowerBound)
        }
        return nil
    }
}
