// What a learner asks for: an order or a request ("I'll have the pasta", "Can I get a steak?",
// "I'd like the salmon", "The soup, please", "Could you bring us some water?"), which answers a
// question such as "What would you like to order?" although it states no fact (`answered
// request [...]`), and which a script's `request` lines reply to; and a question about a price
// ("How much is this wine?") for its `price` lines (docs/transcript-format.md).

extension LearnerAnswer {
    /// Openings that ask for what follows them, as folded words ("I'll" is "ill", "I'd" is "id").
    static let requestOpeners: [[String]] = [
        ["ill", "have"], ["ill", "take"], ["ill", "get"], ["ill", "try"], ["ill", "go", "with"], ["ill", "order"],
        ["i", "will", "have"], ["i", "will", "take"], ["i", "will", "order"], ["well", "have"], ["we", "will", "have"],
        ["id", "like"], ["id", "have"], ["i", "would", "like"], ["wed", "like"], ["we", "would", "like"],
        ["i", "want"], ["can", "i", "have"], ["can", "i", "get"], ["could", "i", "have"], ["could", "i", "get"],
        ["may", "i", "have"], ["can", "we", "have"], ["can", "we", "get"], ["could", "we", "have"],
        ["could", "we", "get"], ["may", "we", "have"],
    ]
    /// After an opener, "to" and one of these still asks for the thing ("I'd like to order the
    /// salmon"); any other verb is a wish about something else ("I'd like to visit Italy").
    static let requestVerbs: Set<String> = ["order", "have", "get", "try"]

    /// Whether the learner asks for `keyword` in a request with no negation in its clause: "I'll
    /// have the pasta, please", "Can I have a steak?", "I'd like to order the salmon", "A
    /// salad, please". "I don't want pasta", "Can I see the menu?" (unless `menu` is the
    /// keyword) and "I'd like to eat pasta in Italy" ask for no pasta.
    public func requests(_ keyword: Keyword) -> Bool {
        requestedWords.contains { keyword.occurs(in: $0.words) }
    }

    /// Whether the learner asks the interviewer for `keyword`, as `requests` reads it or in
    /// "Do you have …?", "Is there …?": what a `request [keywords]` line answers. "Could you
    /// bring us some water?", "Do you have a map?" ask for `water` and `map`.
    public func asksFor(_ keyword: Keyword) -> Bool {
        askedForWords.contains { keyword.occurs(in: $0.words) }
    }

    /// Whether `keyword` names the thing the learner asks for, not a word that describes it:
    /// it ends on the head of what is asked for ("knife" of "a steak knife", "salt" of "some
    /// salt for my soup", "wine" of "a glass of red wine") or on the verb of a favour or a
    /// permission ("split" of "Can we split the bill?"). A `request` line whose keyword names
    /// it is said before one whose keyword only occurs in the request.
    public func namesAskedThing(_ keyword: Keyword) -> Bool {
        askedForWords.contains { phrase in
            keyword.starts(in: phrase.words).contains { phrase.heads.contains($0 + keyword.words.count - 1) }
        }
    }

    /// The words asked for in `sentences` that do not ask the interviewer something: those
    /// after each request opener in a clause with no negation, and every such clause of a
    /// sentence that ends with "please" or that itself ends with it ("An aisle seat, please,
    /// and a window seat for my wife").
    static func requestedWords(in sentences: [Sentence]) -> [RequestedPhrase] {
        var requested: [RequestedPhrase] = []
        for sentence in sentences {
            if let asked = sentence.askedOfInterviewer { requested.append(RequestedPhrase(asked, opensWithVerb: true)) }
            guard !sentence.asksInterviewer else { continue }
            let endsWithPlease = sentence.clauses.last?.last == "please"
            for clause in sentence.clauses where !clause.contains(where: negations.contains) {
                if endsWithPlease || clause.last == "please" {
                    requested.append(RequestedPhrase(clause))
                    continue
                }
                for start in clause.indices {
                    for opener in requestOpeners where clause[start...].starts(with: opener) {
                        var rest = clause[(start + opener.count)...]
                        if rest.first == "to" {
                            guard let verb = rest.dropFirst().first, requestVerbs.contains(verb) else { continue }
                            rest = rest.dropFirst(2)
                        }
                        requested.append(RequestedPhrase(Array(rest)))
                    }
                }
            }
        }
        return requested
    }
}

extension LearnerAnswer {
    /// The words of one thing the learner asks for, and which of them name it: the verb of a
    /// favour or a permission ("split the bill"), and the last word of what is asked for before a
    /// word that adds to it ("knife" of "a steak knife", "salt" of "some salt for my soup").
    struct RequestedPhrase: Sendable, Hashable {
        let words: [String]
        let heads: Set<Int>

        /// Words after the thing asked for that say more about it ("for my soup", "with ice",
        /// "and a salad", "please"); "of" is not one: "wine" names "a glass of wine".
        static let afterThing: Set<String> = [
            "for", "with", "without", "and", "or", "in", "on", "at", "to", "from", "by", "please", "now", "too",
            "here", "there", "if", "when", "because", "but", "so", "that", "which",
        ]

        init(_ words: [String], opensWithVerb: Bool = false) {
            self.words = words
            var heads: Set<Int> = []
            var start = words.startIndex
            if opensWithVerb, !words.isEmpty {
                heads.insert(start)
                start += 1
                // "pay by card": the thing follows the verb's own preposition.
                while start < words.endIndex, Self.afterThing.contains(words[start]) { start += 1 }
            }
            let end = words[start...].firstIndex(where: Self.afterThing.contains) ?? words.endIndex
            if end > start { heads.insert(end - 1) }
            self.heads = heads
        }
    }
}

extension LearnerAnswer {
    /// Verbs of a favour asked of the interviewer ("Could you bring …?", "Can you show me …?",
    /// "Please call …"): not "tell", "explain" or "say", which ask for an answer.
    static let favourVerbs: Set<String> = [
        "add", "book", "bring", "call", "carry", "change", "check", "clean", "close", "cut", "exchange", "fill",
        "find", "fix", "get", "give", "help", "hold", "keep", "lend", "make", "move", "open", "order", "pack",
        "pass", "print", "put", "recommend", "refill", "reserve", "send", "show", "split", "store", "take", "turn",
        "wake", "warm", "wrap", "write",
    ]
    /// Verbs the learner asks to do ("Can I pay by card?", "May we sit by the window?"): not
    /// "speak", "say" or "tell", which are about the conversation itself.
    static let permissionVerbs: Set<String> = [
        "ask", "book", "borrow", "bring", "change", "check", "get", "go", "have", "leave", "order", "pay", "see", "sit",
        "split", "take", "try", "use",
    ]
    /// Words after "how much" that make it ask a price ("How much is it?", "How much for two?"),
    /// not an amount ("How much time …?", "How much do you like …?").
    static let priceFollowers: Set<String> = [
        "is", "are", "was", "were", "for", "its", "it", "this", "these", "that", "those", "the", "a", "an", "one",
    ]
    /// Words that ask a price wherever they stand in a question ("What's the price of a room?").
    static let priceWords: Set<String> = ["cost", "costs", "price", "prices", "fee", "fees", "charge"]

    /// The words of "Do you have …?", "Is there …?" and "Are there …?" after those words: a
    /// `request [map]` line answers "Do you have a map?".
    static func haveQuestionWords(in sentences: [Sentence]) -> [RequestedPhrase] {
        let openings: [[String]] = [
            ["do", "you", "have"], ["have", "you", "got"], ["is", "there"], ["are", "there"],
        ]
        return sentences.compactMap { sentence in
            let words = sentence.words
            return openings.first(where: words.starts).map { RequestedPhrase(Array(words.dropFirst($0.count))) }
        }
    }
}

extension LearnerAnswer.Sentence {
    /// The learner asks the interviewer to do something: "Could you bring us some water?",
    /// "Can you please show me the menu?", "Would you call a taxi?", "Please bring the bill."
    var asksFavour: Bool { favourWords != nil }

    /// The favour asks for advice ("Can you recommend a good gym?"): its words are the
    /// learner's question, not their answer, so "gym" in it gets no follow-up on their hobbies.
    var asksAdvice: Bool { favourWords?.first == "recommend" }

    /// The words from the favour's verb on ("bring us some water"); nil when the sentence asks none.
    private var favourWords: ArraySlice<String>? {
        var rest = words[...]
        if let first = rest.first, ["can", "could", "would", "will"].contains(first), rest.dropFirst().first == "you" {
            rest = rest.dropFirst(2)
        } else if rest.first != "please" {
            return nil
        }
        rest = rest.drop { $0 == "please" }
        guard let verb = rest.first, LearnerAnswer.favourVerbs.contains(verb) else { return nil }
        return rest
    }

    /// The words of what the learner asks of the interviewer, from the verb on: a favour's
    /// ("bring us some water") or a permission's ("pay by card" of "Can I pay by card?"); nil
    /// when the sentence asks neither or has a negation.
    var askedOfInterviewer: [String]? {
        guard !words.contains(where: LearnerAnswer.negations.contains) else { return nil }
        if let favour = favourWords { return Array(favour) }
        guard isRequest, let verb = words.dropFirst(2).first, LearnerAnswer.permissionVerbs.contains(verb) else {
            return nil
        }
        let asked = words.dropFirst(2)
        // "Can I ask for the bill?" asks for the bill, not to ask a question.
        if asked.starts(with: ["ask", "for"]) { return Array(asked.dropFirst(2)) }
        return Array(asked)
    }

    /// The sentence asks what something costs: "How much is this wine?", "How much for a
    /// taxi?", "What's the price of a room?", "How much do I pay?"; not "How much time do you
    /// have?" or "How much do you like it?".
    var asksPrice: Bool {
        let words = words
        if words.contains(where: LearnerAnswer.priceWords.contains) { return true }
        guard let much = words.indices.first(where: { words[$0] == "how" && words.dropFirst($0 + 1).first == "much" })
        else { return false }
        let after = words.dropFirst(much + 2)
        guard let next = after.first else { return endsWithQuestionMark }
        // "How much do I pay?", "How much does a room cost?"; not "How much do you like it?".
        if next == "do" || next == "does" { return after.dropFirst().first != "you" }
        return LearnerAnswer.priceFollowers.contains(next)
    }
}
