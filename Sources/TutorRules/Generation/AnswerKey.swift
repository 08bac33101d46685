// The sentence a module holds up as right: the learner's sentence with every error fixed.

import TutorCore

/// A module's answer key: the learner's sentence (or, where fixing all of it is not safe,
/// only the sentence of the utterance that holds the error) with the focus and every other
/// finding corrected, re-read by the analyser until it finds nothing.
struct AnswerKey: Equatable {
    /// The corrected text, which the analyser reads as clean.
    var text: String
    /// The learner's text that `text` corrects: the whole utterance or one sentence of it.
    var source: String
    /// Scalar offsets of the focus's replacement in `text`.
    var focusRange: Range<Int>

    /// Reads text and returns what is wrong in it.
    typealias Reader = @Sendable (String) -> [Finding]

    /// How many times a key is re-read and its new findings fixed before it is given up.
    static let maximumPasses = 3

    /// The key for a candidate, or nil when neither the utterance nor the focus's sentence
    /// can be corrected to text the analyser reads as clean.
    static func make(for candidate: TeachingCandidate, reader: Reader) -> AnswerKey? {
        let focusEdit = TextEdit(span: candidate.focus.span, replacement: candidate.focus.suggestions.first ?? "")
        let text = candidate.utterance.text
        // The learner's sentence that holds the error is taught, whole: a key cut to its clause
        // drops what the learner wrote ("My sister is good in English, so she can help me"
        // taught as "My sister is good at English."), or leaves a verb without what it needs
        // ("The staff said us, "Please wait."" as "The staff said to us."). Only a sentence
        // that cannot be corrected to clean text falls back to its clause (up to a comma or
        // semicolon), then to the whole utterance. A tense is set by the whole sentence ("I
        // studied hard, but I made mistakes"): it never falls back to a clause.
        let keepsSentence = candidate.focus.ruleID.hasPrefix("tense.")
        for part in parts(of: text, holding: focusEdit.span, keepingSentence: keepsSentence) {
            guard let partText = text.substring(in: part) else { continue }
            let shifted = TextEdit(span: focusEdit.span.shifted(by: -part.start), replacement: focusEdit.replacement)
            let others = candidate.otherFindings.filter { part.contains($0.span) }.map { finding in
                var moved = finding
                moved.span = finding.span.shifted(by: -part.start)
                return moved
            }
            guard let key = settle(partText, focus: shifted, others: others, reader: reader) else { continue }
            // A key is shown as a right sentence, so it starts with a capital and ends with a
            // mark even where the learner's chat line did not ("yes i cant wait" → "Yes, …").
            let sentence = TextSpan.sentences(in: text).first { $0.contains(part) } ?? part
            guard let sentenceText = text.substring(in: sentence) else { return key }
            return key.standingAlone(endingLike: sentenceText, reader: reader)
        }
        return nil
    }

    /// A key written as a sentence of its own: its first letter a capital ("we took …" → "We
    /// took …") and its end the sentence's mark ("I want an iced americano" → "… americano.").
    /// The learner's text stays as they wrote it (a rewrite problem shows their own words;
    /// grading ignores case and the final mark). The key as it was when the finished one no
    /// longer reads clean.
    func standingAlone(endingLike sentence: String, reader: Reader) -> AnswerKey {
        guard let first = text.unicodeScalars.first, String(first).uppercased().unicodeScalars.count == 1 else {
            return self
        }
        let mark = Self.endMark(forClause: text, of: sentence)
        func finish(_ part: String) -> String {
            var scalars = Array(part.unicodeScalars)
            if let capital = String(scalars[0]).uppercased().unicodeScalars.first { scalars[0] = capital }
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars)
            return String(view) + (mark ?? "")
        }
        let finished = AnswerKey(text: finish(text), source: source, focusRange: focusRange)
        return reader(finished.text).isEmpty ? finished : self
    }

    /// The mark a clause cut from `sentence` ends with: none when it has one, a question mark
    /// when the sentence asks (or, written without a mark, opens like a question) and the
    /// clause opens like a question, else a full stop.
    static func endMark(forClause clause: String, of sentence: String) -> String? {
        let ending: Set<Character> = [".", "!", "?"]
        // A quotation that ends the sentence ends it: 'He said to us, "Sit down."' takes no full stop.
        let closing: Set<Character> = ["\"", "'", "”", "’", ")"]
        if let last = clause.reversed().first(where: { !closing.contains($0) }), ending.contains(last) { return nil }
        let opener = clause.split(separator: " ").first.map { $0.lowercased() } ?? ""
        let asks = sentence.hasSuffix("?") || !sentence.contains(where: { ending.contains($0) })
        return asks && questionOpeners.contains(opener) ? "?" : "."
    }

    /// Words a question opens with: an auxiliary or modal before its subject, or a wh-word.
    static let questionOpeners: Set<String> = [
        "do", "does", "did", "can", "could", "will", "would", "shall", "should", "may", "might", "must", "is", "are",
        "was", "were", "am", "have", "has", "had", "what", "where", "when", "why", "how", "who", "which", "whose",
    ]

    /// The sentence, the clause and the whole text holding a span, in the order a key is
    /// tried; a clause is kept only when it has a subject and a verb's worth of words (four
    /// or more), and not at all when `keepingSentence`.
    static func parts(of text: String, holding span: TextSpan, keepingSentence: Bool = false) -> [TextSpan] {
        let whole = TextSpan(start: 0, end: text.unicodeScalars.count)
        guard let sentence = TextSpan.sentences(in: text).first(where: { $0.contains(span) }) else { return [whole] }
        var result = [sentence]
        if !keepingSentence, let sentenceText = text.substring(in: sentence),
            let clause = TextSpan.clauses(in: sentenceText).map({ $0.shifted(by: sentence.start) }).first(where: {
                $0.contains(span)
            }),
            clause != sentence, span.start > clause.start,
            let clause = droppingConjunction(clause, in: text, before: span),
            let clauseText = text.substring(in: clause),
            clauseText.split(separator: " ").count >= 4, !opensSubordinateClause(clauseText)
        {
            // A focus at the clause's first word ("but" after "although …,") belongs to the sentence.
            result.append(clause)
        }
        if sentence != whole { result.append(whole) }
        return result
    }

    /// Conjunctions that join a clause to the one before ("…, but I made many mistakes"): a key
    /// cut there starts after them ("I made many mistakes.").
    static let joiningConjunctions: Set<String> = ["and", "but", "so", "or", "yet"]

    /// The clause without the conjunction it opens with; nil when the focus is on that word.
    static func droppingConjunction(_ clause: TextSpan, in text: String, before focus: TextSpan) -> TextSpan? {
        guard let clauseText = text.substring(in: clause), let first = clauseText.split(separator: " ").first,
            joiningConjunctions.contains(first.lowercased())
        else { return clause }
        let rest = clauseText.unicodeScalars.dropFirst(first.unicodeScalars.count)
        let spaces = rest.prefix { $0.properties.isWhitespace }.count
        let start = clause.start + first.unicodeScalars.count + spaces
        return focus.start >= start && start < clause.end ? TextSpan(start: start, end: clause.end) : nil
    }

    /// Words that open a clause which cannot stand alone ("If it rains tomorrow", "When I
    /// arrive"): a key cut there would be a fragment without its main clause.
    static let subordinators: Set<String> = [
        "if", "when", "whenever", "before", "after", "until", "till", "unless", "because", "although", "though",
        "while",
        "since", "once", "as", "whereas", "whether",
    ]

    static func opensSubordinateClause(_ clause: String) -> Bool {
        guard let first = clause.split(separator: " ").first else { return false }
        return subordinators.contains(first.lowercased().trimmingCharacters(in: .punctuationCharacters))
    }

    /// Applies the focus and the other findings, then re-reads the result and fixes what it
    /// finds away from the focus, until it reads clean; nil when it never does, or when a
    /// new finding touches the focus's own correction (fixing it would teach two things).
    private static func settle(_ text: String, focus: TextEdit, others: [Finding], reader: Reader) -> AnswerKey? {
        var edits = others.compactMap(\.bestEdit).filter { !$0.span.overlaps(focus.span) && $0.span != focus.span }
        var (current, focusRange) = apply(edits + [focus], to: text, focus: focus)
        for _ in 0..<maximumPasses {
            let remaining = reader(current)
            if remaining.isEmpty { return AnswerKey(text: current, source: text, focusRange: focusRange) }
            let touching = remaining.contains {
                $0.span.start < focusRange.upperBound && $0.span.end > focusRange.lowerBound
            }
            if touching { return nil }
            edits = remaining.compactMap(\.bestEdit)
            guard !edits.isEmpty else { return nil }
            let marker = TextEdit(
                span: TextSpan(start: focusRange.lowerBound, end: focusRange.upperBound),
                replacement: current.substring(in: TextSpan(start: focusRange.lowerBound, end: focusRange.upperBound))
                    ?? "")
            (current, focusRange) = apply(edits + [marker], to: current, focus: marker)
        }
        return nil
    }

    /// The text with non-overlapping edits applied, and where `focus`'s replacement landed.
    static func apply(_ edits: [TextEdit], to text: String, focus: TextEdit) -> (String, Range<Int>) {
        let scalars = Array(text.unicodeScalars)
        var result: [Unicode.Scalar] = []
        var cursor = 0
        var focusRange = 0..<0
        for edit in edits.sorted(by: { $0.span < $1.span })
        where edit.span.start >= cursor && edit.span.end <= scalars.count {
            result += scalars[cursor..<edit.span.start]
            let start = result.count
            result += Array(edit.replacement.unicodeScalars)
            if edit == focus { focusRange = start..<result.count }
            cursor = edit.span.end
        }
        result += scalars[cursor...]
        var view = String.UnicodeScalarView()
        view.append(contentsOf: result)
        return (String(view), focusRange)
    }
}
