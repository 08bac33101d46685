// Phrase rules written as data: "discuss* [about]" → "", "married [with]" → "to".

import TutorCore

/// Matches a pattern of words written in rules.json, and replaces its bracketed part.
///
/// Pattern elements, separated by spaces: `word`; `a|b` (either); `word*` (any form of the
/// verb or noun `word`); `_` (any word); `#` (a number); `^` (a capitalised word); `!word`
/// (any word but this one). A word set may hold a punctuation mark (`%|percent`) and `#`, a
/// number (`#|two|three`: "2 years" as well as "two years"). Square
/// brackets mark the part to replace; `[]` is an insertion point. Context outside the match:
/// a leading `<` (the match starts the text or follows . , ; : ! ?), and `~word` at either end
/// (the word there, if there is one, is not this one: "~thank [much]" also fires at the start; a
/// `~` set may hold a punctuation mark: "~, [which] kind of", "~-|class"); a final `~~word`
/// set: where the match's sentence is a question, no word of it stands later in it ("[which]
/// kind of ~~or": "Which kind of room, single or double?" names the kinds to choose from, but
/// "I asked which kind of shoes I need, more or less" is no such question). A last element
/// whose set holds ".", "!" or "?" also matches the end of the text, as chat leaves its last
/// stop out ("I sleep late on weekend" as "on weekend ."), when the replaced part ends before it.
struct PhraseMatcher: Matcher {
    enum Element: Sendable {
        case words(WordSet)
        /// A number or one of the words (`#|two|three`).
        case numberOrWords(WordSet)
        case anyWord
        case number
        case capitalized
        case not(WordSet)
    }

    let elements: [Element]
    /// `~` sets before the elements, the farthest first; a word there in its set stops a match.
    let wordsNotBefore: [WordSet]
    /// `~` sets after the elements, the nearest first.
    let wordsNotAfter: [WordSet]
    /// A final `~~` set: none of its words may follow the match in its sentence, when that
    /// sentence ends with a question mark.
    let wordsNotLaterInSentence: WordSet?
    /// A leading `<`: the match starts a clause.
    let startsClause: Bool
    /// The replaced elements: `target.lowerBound..<target.upperBound` in `elements`.
    let target: Range<Int>
    let replacements: [String]
    /// A deletion's finding takes the word after the deleted one where there is one (see
    /// `RuleDefinition.deletionKeepsWordBefore`).
    let deletionKeepsWordBefore: Bool
    /// The word sets the pattern needs: an utterance without a word of each cannot match.
    private let requiredWords: [WordSet]
    /// The last element's set holds a mark that ends a sentence, and the replaced part ends
    /// before it: the end of the text may stand in for it.
    private let endMayClose: Bool

    /// Compiles a pattern; `nil` with a reason when it is malformed.
    init(pattern: String, replacements: [String], deletionKeepsWordBefore: Bool = false, lexicon: Lexicon)
        throws(RuleDataError)
    {
        var elements: [Element] = []
        var targetStart: Int?
        var targetEnd: Int?
        var wordsNotBefore: [WordSet] = []
        var wordsNotAfter: [WordSet] = []
        var startsClause = false
        var wordsNotLaterInSentence: WordSet?
        for var part in pattern.parts(separatedBy: UInt8(ascii: " ")) {
            if part == "<", elements.isEmpty, wordsNotBefore.isEmpty, !startsClause {
                startsClause = true
                continue
            }
            guard wordsNotLaterInSentence == nil else {
                throw RuleDataError.malformed(
                    file: "rules.json", detail: "pattern '\(pattern)' has a part after its '~~' set")
            }
            if part.hasPrefix("~~"), part.count > 2, !elements.isEmpty {
                wordsNotLaterInSentence = WordSet(part.dropFirst(2).parts(separatedBy: UInt8(ascii: "|")))
                continue
            }
            if part.hasPrefix("~"), part.count > 1 {
                let words = WordSet(part.dropFirst().parts(separatedBy: UInt8(ascii: "|")))
                if elements.isEmpty, targetStart == nil {
                    wordsNotBefore.append(words)
                } else {
                    wordsNotAfter.append(words)
                }
                continue
            }
            guard wordsNotAfter.isEmpty else {
                throw RuleDataError.malformed(
                    file: "rules.json", detail: "pattern '\(pattern)' has a word after a '~' set")
            }
            if part == "[]" {
                targetStart = elements.count
                targetEnd = elements.count
                continue
            }
            if part.hasPrefix("[") {
                targetStart = elements.count
                part.removeFirst()
            }
            var closes = false
            if part.hasSuffix("]") {
                closes = true
                part.removeLast()
            }
            elements.append(Self.element(part, lexicon: lexicon))
            if closes { targetEnd = elements.count }
        }
        guard let targetStart, let targetEnd, targetStart <= targetEnd, !elements.isEmpty else {
            throw RuleDataError.malformed(file: "rules.json", detail: "pattern '\(pattern)' needs one [bracketed] part")
        }
        if targetStart == targetEnd, targetEnd >= elements.count {
            throw RuleDataError.malformed(
                file: "rules.json", detail: "pattern '\(pattern)' inserts after its last word")
        }
        self.elements = elements
        self.wordsNotBefore = wordsNotBefore
        self.wordsNotAfter = wordsNotAfter
        self.wordsNotLaterInSentence = wordsNotLaterInSentence
        self.startsClause = startsClause
        self.target = targetStart..<targetEnd
        self.replacements = replacements
        self.deletionKeepsWordBefore = deletionKeepsWordBefore
        // Only sets of words prefilter: the utterance's word list holds no punctuation.
        if case .words(let last)? = elements.last, targetEnd < elements.count,
            [".", "!", "?"].contains(where: { last.contains($0) })
        {
            self.endMayClose = true
        } else {
            self.endMayClose = false
        }
        self.requiredWords = elements.compactMap {
            if case .words(let words) = $0, words.allSatisfy({ $0.first?.isLetter ?? false }) { words } else { nil }
        }
    }

    private static func element(_ part: String, lexicon: Lexicon) -> Element {
        switch part {
        case "_": return .anyWord
        case "#": return .number
        case "^": return .capitalized
        default: break
        }
        if part.hasPrefix("!") { return .not(WordSet(part.dropFirst().parts(separatedBy: UInt8(ascii: "|")))) }
        var words = Set<String>()
        var takesNumber = false
        for alternative in part.parts(separatedBy: UInt8(ascii: "|")) {
            if alternative == "#" {
                takesNumber = true
            } else if alternative.hasSuffix("*") {
                let base = String(alternative.dropLast())
                words.insert(base)
                if let forms = lexicon.verb(base) {
                    words.formUnion([forms.thirdPerson, forms.past, forms.pastParticiple, forms.presentParticiple])
                }
                if let noun = lexicon.noun(singular: base) { words.insert(noun.plural) }
            } else {
                words.insert(alternative)
            }
        }
        return takesNumber ? .numberOrWords(WordSet(words.sorted())) : .words(WordSet(words.sorted()))
    }

    func matches(in context: AnalysisContext) -> [Match] {
        var matches: [Match] = []
        let tokens = context.tokens
        guard tokens.count >= elements.count - (endMayClose ? 1 : 0),
            requiredWords.allSatisfy({ $0.sharesAWord(with: context.words) })
        else { return [] }
        for start in candidateStarts(in: context) {
            // At the end of the text the window is one short: its last element is the end.
            let window = tokens[start..<min(start + elements.count, tokens.count)]
            guard zip(elements, window).allSatisfy({ Self.matches($0, $1, in: context) }),
                fitsContext(start: start, in: context)
            else { continue }
            let matched = Array(window)
            if target.isEmpty {
                let anchor = matched[target.lowerBound]
                // Shouted text takes a shouted insertion: "EXPLAIN ME" → "EXPLAIN TO ME".
                let shouted = anchor.isAllCaps && matched[max(target.lowerBound - 1, 0)].isAllCaps
                matches.append(
                    contentsOf: replacements.prefix(1).map {
                        // An insertion that opens the sentence takes its capital: "Long time
                        // ago" → "A long time ago".
                        if !shouted, anchor.startsSentence, anchor.isCapitalized, !anchor.isAllCaps {
                            return Match(span: anchor.span, suggestions: [$0.capitalizedFirst + " " + anchor.lower])
                        }
                        return context.insertion(shouted ? $0.uppercased() : $0, before: anchor)
                    })
            } else if replacements.first == "" {
                guard target.count == 1 else { continue }
                let word = matched[target.lowerBound]
                if let deletion = (deletionKeepsWordBefore ? context.deletion(of: word, anchoredToNext: true) : nil)
                    ?? context.deletion(of: word)
                {
                    matches.append(deletion)
                }
            } else if replacements.first == Self.ingForm {
                // "enjoy [to swim]" → "swimming": the -ing form of the target's last word,
                // which must be a verb's base form, not mainly a noun, and not an adjective
                // ("keep calm"), unless "to" before it and the tagger make it a verb ("mind
                // to open the window").
                let first = matched[target.lowerBound]
                let last = matched[target.upperBound - 1]
                let verbAfterTo = target.count > 1 && first.lower == "to" && context.tag(at: last.index) == "VB"
                guard let forms = context.lexicon.verb(last.lower),
                    context.lexicon.nounUse(of: last.lower) <= forms.frequency,
                    verbAfterTo || !context.lexicon.isAdjective(last)
                else { continue }
                matches.append(Match(span: context.span(from: first, to: last), suggestions: [forms.presentParticiple]))
            } else {
                let first = matched[target.lowerBound]
                let last = matched[target.upperBound - 1]
                matches.append(
                    Match(
                        span: context.span(from: first, to: last),
                        suggestions: replacements.map { Self.cased($0, like: first) }))
            }
        }
        return matches
    }

    /// Whether the words around a match at `start` allow it: the `<` and `~` parts.
    private func fitsContext(start: Int, in context: AnalysisContext) -> Bool {
        let tokens = context.tokens
        if startsClause, start > 0 {
            let before = tokens[start - 1]
            guard before.kind == .punctuation, Self.clauseBreaks.contains(before.text) else { return false }
        }
        for (distance, words) in wordsNotBefore.reversed().enumerated() {
            let index = start - 1 - distance
            guard index >= 0 else { break }
            if Self.isListed(tokens[index], in: words, context: context) { return false }
        }
        for (distance, words) in wordsNotAfter.enumerated() {
            let index = start + elements.count + distance
            guard index < tokens.count else { break }
            if Self.isListed(tokens[index], in: words, context: context) { return false }
        }
        if let words = wordsNotLaterInSentence {
            let rest = tokens[min(start + elements.count, tokens.count)...]
            let end = rest.firstIndex { $0.kind == .punctuation && Self.sentenceEnds.contains($0.text) }
            if let end, tokens[end].text == "?",
                rest[..<end].contains(where: { Self.isListed($0, in: words, context: context) })
            {
                return false
            }
        }
        return true
    }

    /// The marks that end the sentence a `~~` set looks through.
    private static let sentenceEnds: Set<String> = [".", "!", "?"]

    /// A word or a punctuation mark of a `~` set (", which kind of" is no question).
    private static func isListed(_ token: Token, in words: WordSet, context: AnalysisContext) -> Bool {
        if token.kind == .punctuation { return words.contains(token.text) }
        return token.isWord && words.contains(token.lower, hash: context.hash(of: token))
    }

    /// The marks after which a `<` pattern may start.
    private static let clauseBreaks: Set<String> = [".", ",", ";", ":", "!", "?"]

    /// The smallest of the word sets the pattern needs.
    var triggerWords: Set<String>? { requiredWords.min { $0.count < $1.count }.map { Set($0) } }

    /// Where the pattern may start: at the places its first fixed word set matches, or
    /// anywhere when it has none.
    private func candidateStarts(in context: AnalysisContext) -> [Int] {
        let last = context.tokens.count - elements.count + (endMayClose ? 1 : 0)
        guard let anchor = elements.firstIndex(where: { if case .words = $0 { true } else { false } }),
            case .words(let words) = elements[anchor]
        else { return Array(0...last) }
        // One pass over the tokens, in order: no list of the words the two sets share, no
        // search for each one's places. A set may be of punctuation marks (", [specially]").
        var starts: [Int] = []
        for token in context.tokens[min(anchor, context.tokens.count)...]
        where token.index - anchor <= last && (token.isWord || token.kind == .punctuation)
            && words.contains(token.lower, hash: context.hash(of: token))
        {
            starts.append(token.index - anchor)
        }
        return starts
    }

    /// A replacement in the case of the word it replaces: shouted ("SPECIALLY" → "ESPECIALLY")
    /// or capitalised.
    private static func cased(_ replacement: String, like word: Token) -> String {
        if word.isAllCaps && word.text.count > 1 { return replacement.uppercased() }
        return word.isCapitalized ? replacement.capitalizedFirst : replacement
    }

    /// The replacement that stands for the -ing form of the target's last word.
    static let ingForm = "{ing}"

    private static func matches(_ element: Element, _ token: Token, in context: AnalysisContext) -> Bool {
        switch element {
        case .words(let words):
            token.isWord
                ? words.contains(token.lower, hash: context.hash(of: token))
                : token.kind == .punctuation && words.contains(token)
        case .numberOrWords(let words):
            token.kind == .number || (token.isWord && words.contains(token.lower, hash: context.hash(of: token)))
        case .anyWord: token.isWord
        case .number: token.kind == .number
        case .capitalized: token.isWord && token.isCapitalized
        case .not(let words): token.isWord && !words.contains(token.lower, hash: context.hash(of: token))
        }
    }
}

extension StringProtocol {
    /// The parts between the separator, an ASCII byte, split on the UTF-8 bytes: for patterns
    /// (words and marks, no combining accents) the parts `split` by characters gives, which
    /// cost half of compiling the phrase rules at every start-up (11M of 236M instructions).
    fileprivate func parts(separatedBy separator: UInt8) -> [String] {
        utf8.split(separator: separator).map { String(decoding: $0, as: UTF8.self) }
    }
}
