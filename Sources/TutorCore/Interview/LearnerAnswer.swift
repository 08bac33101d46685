// What the scripted interviewer reads in a learner's message: its words and clauses, whether it
// asks a question, whether it is very short, and where a keyword is used. Simple, deterministic
// rules, no model.

/// A learner's message as the scripted interviewer sees it when choosing a follow-up.
public struct LearnerAnswer: Sendable, Hashable {
    /// The message's words: lower-cased, apostrophes dropped ("Don't" → "dont"), split at
    /// everything that is not a letter or a digit.
    public let words: [String]
    /// The learner asked something: a question mark (not on a request: "Can I have a cider?"),
    /// "what/how about you", a final "and you",
    /// or a sentence opening like a question to the interviewer ("do you …", "where do you …");
    /// not a request to say the question again ("What does … mean?", `isLost`).
    public let isQuestion: Bool
    /// What the learner asked, when `isQuestion`: the words of the sentences that ask (or,
    /// when none does, of the last clause: "I rest, and you").
    public let question: LearnerQuestion?
    /// The clauses of the sentences the learner states, as words: keywords are looked for here,
    /// so a keyword in a question back ("Do you like hiking?") does not count. A clause ends at
    /// , ; : and before "but", "because" and "so".
    let statedClauses: [[String]]
    /// What the learner asks for in a request or an order ("I'll have the pasta", "Can I get a
    /// steak?", "The soup, please"): the words after each request, as `requests` reads them.
    let requestedWords: [RequestedPhrase]
    /// The learner asks the interviewer to do something, or asks to do it ("Could you bring us
    /// some water?", "Can we have the bill?", "Can I pay by card?"): a script's `request:` line
    /// answers it.
    public let makesRequest: Bool
    /// The words a `request [keywords]` line looks for its keywords in: those of `requestedWords`
    /// and of "Do you have …?", "Is there …?" ("Do you have a map?").
    let askedForWords: [RequestedPhrase]
    /// The words of the sentences that ask what something costs ("How much is this wine?",
    /// "What's the price of a room?"); empty when none does.
    let priceQuestions: [[String]]
    /// What the learner asked besides their requests and price questions, for when a script's
    /// `request` or `price` line answers those: "Can I have water? Do you like K-pop?".
    public let questionBesidesRequests: LearnerQuestion?
    /// The learner does not know what to say ("I don't know", "not sure", "no idea", 모르겠어요).
    public let isUnsure: Bool
    /// The learner did not understand the question ("Sorry?", "What does … mean?", "I don't
    /// understand", "Can you say that again?").
    public let isLost: Bool
    /// The learner wrote in Korean: at least as many Hangul letters as Latin ones.
    public let isNotEnglish: Bool

    /// A fragment of at most this many words is very short (e.g. "Yes.", "Seoul.", "Yes, I do.").
    public static let shortWordCount = 3

    static let apostrophes: Set<Character> = ["'", "’", "‘", "`"]

    public init(_ text: String) {
        words = Self.foldedWords(in: text)
        let sentences = Self.sentences(in: text)
        let isLost = Self.isLost(text, words: words, sentences: sentences)
        self.isLost = isLost
        isUnsure = Self.isUnsure(text, words: words)
        isNotEnglish = Self.isNotEnglish(text)
        let isQuestion = !isLost && Self.asksQuestion(text, words: words, sentences: sentences)
        self.isQuestion = isQuestion
        question = isQuestion ? LearnerQuestion(words: Self.askingWords(in: sentences)) : nil
        statedClauses = sentences.filter { !$0.asksInterviewer }.flatMap(\.clauses)
        let requestedWords = Self.requestedWords(in: sentences)
        self.requestedWords = requestedWords
        makesRequest = sentences.contains { $0.askedOfInterviewer != nil }
        askedForWords = requestedWords + Self.haveQuestionWords(in: sentences)
        priceQuestions = sentences.filter(\.asksPrice).map(\.words)
        let besides = sentences.filter { sentence in
            !sentence.asksFavour && !sentence.asksPrice && Self.haveQuestionWords(in: [sentence]).isEmpty
        }
        questionBesidesRequests =
            isQuestion && besides.contains(where: Self.asks)
            ? LearnerQuestion(words: Self.askingWords(in: besides)) : nil
    }

    /// Whether the learner asks what something costs ("How much is it?"), or, with a keyword,
    /// what that costs ("How much is this wine?" for `wine`).
    public func asksPrice(of keyword: Keyword? = nil) -> Bool {
        guard let keyword else { return !priceQuestions.isEmpty }
        return priceQuestions.contains(where: keyword.occurs)
    }

    /// Whether the message is a very short fragment ("Yes.", "Seoul.", "Yes, I do."), not a
    /// sentence however short ("I'm a nurse.", "I like it.", "It's good."), a polite, complete
    /// reply ("Yes, please.", "No, thank you.") or an acknowledgement ("I see.", "Okay.") that
    /// needs nothing more.
    public var isShort: Bool {
        !words.isEmpty && words.count <= Self.shortWordCount && !words.contains(where: Self.politeWords.contains)
            && !Self.acknowledgements.contains(words) && !Self.isSentence(words)
    }

    /// Words that make a short reply complete: "Yes, please." is all a waiter needs to hear.
    static let politeWords: Set<String> = ["please", "thanks", "thank"]
    /// Replies that take in what the interviewer said; asking for more after them is odd.
    static let acknowledgements: Set<[String]> = [
        ["i", "see"], ["ok"], ["okay"], ["got", "it"], ["alright"], ["all", "right"], ["oh", "i", "see"],
    ]

    /// Whether a sentence the learner states uses `keyword` as whole words, not negated
    /// ("I don't like hiking"), in the given mood: a wish or plan ("I want to work abroad",
    /// "I will go hiking") or a fact ("I work at a bank").
    public func mentions(_ keyword: Keyword, mood: Transcript.FollowUp.Mood = .any) -> Bool {
        for clause in statedClauses {
            for start in keyword.starts(in: clause) {
                let before = clause[..<start]
                // A keyword that itself says no ("not much", "dont have") is not turned round.
                if !Self.negations.contains(keyword.words[0]), Self.isNegated(before) { continue }
                let isWish = Self.isWish(before)
                switch mood {
                case .any: return true
                case .wish where isWish: return true
                case .fact where !isWish: return true
                default: continue
                }
            }
        }
        return false
    }

    /// Whether a sentence the learner states says `keyword` as a fact, in a clause with no
    /// negation and no wish in it: "Last weekend I went hiking" answers "What did you do last
    /// weekend?" before it is asked; "Did you do anything last weekend?", "Last weekend I
    /// didn't do much" and "I want to have a dog" answer nothing. Stricter than `mentions`,
    /// because a question skipped for it is never asked.
    public func states(_ keyword: Keyword) -> Bool {
        statedClauses.contains { clause in
            !clause.contains { Self.negations.contains($0) || Self.wishWords.contains($0) }
                && keyword.occurs(in: clause)
        }
    }

    /// Words the way keywords and messages are compared (see `words`).
    public static func foldedWords(in text: String) -> [String] {
        if text.isAllASCII { return asciiFoldedWords(in: text) }
        var words: [String] = []
        var current = ""
        for character in text.lowercased() {
            if character.isLetter || character.isNumber {
                current.append(character)
            } else if !apostrophes.contains(character), !current.isEmpty {
                words.append(current)
                current = ""
            }
        }
        if !current.isEmpty { words.append(current) }
        return words
    }

    /// `foldedWords` of ASCII text, byte by byte: the same words, without a Character made for
    /// each letter (a script's keywords are read before the chat's first frame).
    private static func asciiFoldedWords(in text: String) -> [String] {
        var words: [String] = []
        var current: [UInt8] = []
        func endWord() {
            guard !current.isEmpty else { return }
            words.append(String(decoding: current, as: UTF8.self))
            current.removeAll(keepingCapacity: true)
        }
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"): current.append(byte + 32)
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"): current.append(byte)
            case UInt8(ascii: "'"), UInt8(ascii: "`"): continue
            default: endWord()
            }
        }
        endWord()
        return words
    }

    /// A sentence of the message: its clauses, and whether it asks the interviewer something.
    struct Sentence: Hashable {
        var clauses: [[String]]
        var endsWithQuestionMark: Bool
        var words: [String] { clauses.flatMap { $0 } }

        /// "Can I have a cider?", "Could we get the bill?": a request, which answers the
        /// interviewer rather than asking them something.
        var isRequest: Bool {
            let words = words
            return words.count >= 2 && ["can", "could", "may"].contains(words[0]) && ["i", "we"].contains(words[1])
        }

        /// Opens like a question ("Do you like hiking?", "Is it far?", "Where do you live"): the
        /// keywords in it are the learner's question, not their answer.
        var asksInterviewer: Bool {
            guard let first = words.first else { return false }
            let opensLikeQuestion =
                LearnerAnswer.questionOpeners.contains(first)
                || LearnerAnswer.questionWords.contains(first)
            return opensLikeQuestion && !isRequest && (!asksFavour || asksAdvice)
                && (endsWithQuestionMark || LearnerAnswer.opensQuestionToYou(words))
        }
    }

    /// Words that start a new clause: a negation or a wish before them does not reach past.
    static let clauseOpeners: Set<String> = ["but", "because", "so"]

    static func sentences(in text: String) -> [Sentence] {
        var sentences: [Sentence] = []
        var clauses: [[String]] = []
        var clause = ""
        func endClause() {
            var words: [String] = []
            for word in foldedWords(in: clause) {
                if clauseOpeners.contains(word), !words.isEmpty {
                    clauses.append(words)
                    words = []
                }
                words.append(word)
            }
            if !words.isEmpty { clauses.append(words) }
            clause = ""
        }
        for character in text {
            if ".!?？\n".contains(character) {
                endClause()
                if !clauses.isEmpty {
                    sentences.append(Sentence(clauses: clauses, endsWithQuestionMark: "?？".contains(character)))
                }
                clauses = []
            } else if ",;:".contains(character) {
                endClause()
            } else {
                clause.append(character)
            }
        }
        endClause()
        if !clauses.isEmpty { sentences.append(Sentence(clauses: clauses, endsWithQuestionMark: false)) }
        return sentences
    }

    private static func asksQuestion(_ text: String, words: [String], sentences: [Sentence]) -> Bool {
        if sentences.contains(where: { $0.endsWithQuestionMark && !$0.isRequest }) { return true }
        if words.contains(["what", "about", "you"]) || words.contains(["how", "about", "you"])
            || words.suffix(2).elementsEqual(["and", "you"])
        {
            return true
        }
        // A sentence that opens like a question to the interviewer, its mark forgotten.
        return sentences.contains { opensQuestionToYou($0.words) }
    }

    /// The words of the sentences that ask the interviewer something; without one, those of
    /// the last clause.
    private static func askingWords(in sentences: [Sentence]) -> [String] {
        let asking = sentences.filter(asks)
        return asking.isEmpty ? sentences.last?.clauses.last ?? [] : asking.flatMap(\.words)
    }

    /// Whether `sentence` asks the interviewer something (a request is a question here too:
    /// "Could you bring us some water?" is answered as one when no `request` line fits).
    private static func asks(_ sentence: Sentence) -> Bool {
        sentence.asksInterviewer || (sentence.endsWithQuestionMark && !sentence.isRequest)
            || opensQuestionToYou(sentence.words)
    }

    static let questionOpeners: Set<String> = [
        "do", "does", "did", "are", "is", "were", "was", "have", "has", "can", "could", "would", "will", "should",
    ]
    static let questionWords: Set<String> = ["what", "where", "when", "why", "how", "who", "which"]

    /// "Do you …", "Are you …", "Where do you …", "What is your …": a question to the interviewer.
    static func opensQuestionToYou(_ sentence: [String]) -> Bool {
        guard let first = sentence.first else { return false }
        if questionOpeners.contains(first) {
            return sentence.dropFirst().first == "you" || sentence.dropFirst().first == "your"
        }
        let opening = sentence.prefix(4).dropFirst()
        return questionWords.contains(first) && (opening.contains("you") || opening.contains("your"))
    }
}
