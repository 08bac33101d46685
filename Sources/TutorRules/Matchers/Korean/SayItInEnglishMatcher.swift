// Korean in a learner's message, and how to say it in English (say-it-in-english.glossary).

import Foundation
import TutorCore

/// Finds Korean words and phrases the glossary knows, longest first.
struct SayItInEnglishMatcher: Matcher {
    let glossary: Glossary

    func matches(in context: AnalysisContext) -> [Match] {
        let tokens = context.tokens
        var matches: [Match] = []
        var index = 0
        while index < tokens.count {
            guard tokens[index].kind == .hangul else {
                index += 1
                continue
            }
            // The run of Hangul words starting here, then its longest known prefix.
            var end = index
            while end + 1 < tokens.count, tokens[end + 1].kind == .hangul { end += 1 }
            var matchedEnd: Int?
            for candidateEnd in stride(from: end, through: index, by: -1) {
                let phrase = tokens[index...candidateEnd].map(\.text).joined(separator: " ")
                if let entry = glossary.entry(for: phrase) {
                    matches.append(
                        Match(
                            span: context.span(from: tokens[index], to: tokens[candidateEnd]),
                            suggestions: [entry.english]))
                    matchedEnd = candidateEnd
                    break
                }
            }
            index = (matchedEnd ?? index) + 1
        }
        return matches
    }
}
