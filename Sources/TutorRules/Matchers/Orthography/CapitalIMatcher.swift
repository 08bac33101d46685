// "i think" → "I think" (orthography.capital-i).

import TutorCore

/// "i think" → "I think", "i'm" → "I'm"; in a message written all in lower case, a chat's
/// choice, not taught (`AnalysisContext.capitalLetterFactor`).
struct CapitalIMatcher: Matcher {
    var triggerWords: Set<String>? { ["i", "i'm", "i'll", "i've", "i'd"] }

    func matches(in context: AnalysisContext) -> [Match] {
        context.tokens.compactMap { token in
            // The first byte rejects nearly every token before the Unicode-aware hasPrefix.
            guard token.isWord, token.text.utf8.first == UInt8(ascii: "i"), token.text.hasPrefix("i") else {
                return nil
            }
            let rest = token.text.dropFirst()
            guard rest.isEmpty || ["'m", "'ll", "'ve", "'d", "’m", "’ll", "’ve", "’d"].contains(String(rest)) else {
                return nil
            }
            // "(i)", "i.e.", "i-th": a numeral, an abbreviation or a variable, not the pronoun.
            let previous = context.token(at: token.index - 1)
            let next = context.token(at: token.index + 1)
            if rest.isEmpty {
                if previous?.text == "(" || next?.text == ")"
                    || next?.text == "." && context.token(at: token.index + 2)?.lower == "e"
                {
                    return nil
                }
                if next?.text == "-" || next?.text == "=" || previous?.text == "=" { return nil }
                guard next == nil || next?.isWord == true || next?.kind == .punctuation else { return nil }
            }
            return Match(span: token.span, suggestions: ["I" + rest], confidenceFactor: context.capitalLetterFactor)
        }
    }
}
