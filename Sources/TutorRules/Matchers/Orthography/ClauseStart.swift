// What may open the clause a comma wrongly cuts off: "I think, it is" / "because, the bus".

/// Words that begin a clause of a subject and a verb, read by the punctuation rules that
/// take out a comma between a word and the clause it leads into ("I think, it is ...",
/// "because, the bus was late"): "that", a subject pronoun, "there", a determiner. Other
/// words after such a comma ("I think, however, ...", "because, of course, ...") may open
/// an aside, which the comma rightly sets off.
enum ClauseStart {
    static let words: WordSet = [
        "that", "i", "you", "he", "she", "it", "we", "they", "this", "these", "those", "there", "people", "the",
        "a", "an", "my", "your", "his", "her", "its", "our", "their", "all", "most", "many", "everyone",
        "everybody", "everything", "nobody", "nothing", "someone", "somebody", "something",
    ]

    /// Whether `token` opens a clause: one of `words`, also with a clitic ("it's", "I'm").
    static func opens(_ token: Token) -> Bool {
        guard token.isWord else { return false }
        let word = token.lower
        guard let apostrophe = word.firstIndex(where: { $0 == "'" || $0 == "’" }) else { return words.contains(word) }
        return words.contains(String(word[..<apostrophe]))
    }

    /// Whether a comma comes within the three tokens after `index`: the words after the
    /// first comma are then an aside the second closes ("I think, that is, ..."), or a list.
    static func commaFollows(_ index: Int, in context: AnalysisContext) -> Bool {
        (index + 1...index + 3).contains { context.token(at: $0)?.text == "," }
    }
}
