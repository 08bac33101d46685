// What a learner asked the interviewer: the words of their question, its shape ("Do you ...?",
// "What's your favourite ...?", "Have you ever ...?"), and whether it only turns the
// interviewer's own question back ("What about you?", "And you?").

/// A question the learner asked, as the scripted interviewer reads it to choose its answer.
public struct LearnerQuestion: Sendable, Hashable {
    /// What kind of answer the question asks for.
    public enum Shape: String, Sendable, Hashable {
        /// "Do you play any games?", "What kind of music do you like?": any answer on the topic.
        case answer
        /// "What's your favourite food?", "Which season do you like best?".
        case favourite
        /// "Have you ever been to Jeju?": an experience.
        case ever
    }

    /// The words of the sentences that ask (folded as `LearnerAnswer.words`).
    public let words: [String]
    public let shape: Shape
    /// The question says nothing of its own: "What about you?", "How about you?", "And you?",
    /// "Do you?", "What do you usually do?". It asks the interviewer's last question back.
    public let turnsQuestionBack: Bool
    /// The question speaks to the interviewer: "you", "your" or "yourself" in it.
    public let addressesInterviewer: Bool
    /// The question asks what the interviewer likes, does or has done, which a topic's answer
    /// can answer: "Do you play any games?", "What kind of music do you like?", "How often do
    /// you go hiking?", "What's your favourite food?", "Have you ever been to Jeju?", "I love
    /// hiking, what about you?"; not "How many people work there?", "When will you decide?",
    /// "Do you know a good book?", "What do you recommend?" or "When will you decide?".
    public var asksAboutInterviewer: Bool {
        guard addressesInterviewer, !Self.factQuestionOpenings.contains(where: { words.starts(with: $0) }),
            !words.contains(where: Self.notAboutTopicVerbs.contains)
        else { return false }
        if shape != .answer || words.contains(["what", "about", "you"]) || words.contains(["how", "about", "you"]) {
            return true
        }
        if let first = words.first, LearnerAnswer.questionOpeners.contains(first), words.dropFirst().first == "you" {
            return true
        }
        // "What's your name?", "What is your job?": the interviewer's own things.
        if words.contains("your") { return true }
        return words.first.map(Self.questionWords.contains) ?? false
    }

    /// The words a topic is looked for in: for "Do you have a menu for children?", only the
    /// thing asked for ("a menu"), not what a phrase after it says of it, so a question for
    /// something a place has is not a question about the interviewer's family; "Do you have any
    /// brothers?" keeps its object.
    public var topicWords: [String] {
        guard let have = words.firstIndex(where: Self.haveWords.contains), have > 0,
            words[..<have].contains(where: Self.youWords.contains)
        else { return words }
        let after = words[(have + 1)...]
        guard let phrase = after.firstIndex(where: Self.phraseStarts.contains) else { return words }
        return Array(words[..<phrase])
    }

    static let haveWords: Set<String> = ["have", "has", "got"]
    /// Prepositions that start a phrase describing the thing asked for ("a menu for kids").
    static let phraseStarts: Set<String> = ["for", "with", "in", "on", "at", "near", "around", "from", "of"]

    /// Question words, with "what's" and the like as a learner folds them ("whats").
    static let questionWords = LearnerAnswer.questionWords.union(["whats", "hows", "wheres", "whos", "whens"])

    /// Verbs that make a question ask for something other than the interviewer's own life:
    /// "Do you know a good book?", "Did you hear about the trip?", "Do you want to come?".
    static let notAboutTopicVerbs: Set<String> = [
        "know", "hear", "heard", "think", "mean", "remember", "understand", "want", "need", "recommend", "decide",
    ]
    /// Question openings that ask for a fact or a plan, not the interviewer's taste: "How many
    /// people ...?", "When will you ...?".
    static let factQuestionOpenings: [[String]] = [
        ["how", "many"], ["how", "much"], ["what", "time"], ["when", "will"], ["when", "you", "will"],
    ]

    /// A reaction, not a question to answer: no "you" and no word of its own ("Really?",
    /// "Why?", "Is it?").
    public var isReaction: Bool { !addressesInterviewer && Self.contentWords(of: words).isEmpty }

    /// Reads the question of `words`: the words of the sentences that ask.
    init(words: [String]) {
        self.words = words
        shape = Self.shape(of: words)
        addressesInterviewer = words.contains { Self.youWords.contains($0) }
        turnsQuestionBack =
            words.contains(["what", "about", "you"]) || words.contains(["how", "about", "you"])
            || words.suffix(2).elementsEqual(["and", "you"])
            || (addressesInterviewer && Self.contentWords(of: words).isEmpty)
    }

    /// The shape of a question written as `words` (the learner's, or the interviewer's).
    static func shape(of words: [String]) -> Shape {
        if words.contains("ever") || words.contains(["have", "you", "been"])
            || words.contains(["have", "you", "tried"])
        {
            return .ever
        }
        return words.contains(where: favouriteWords.contains) ? .favourite : .answer
    }

    /// Whether the question uses a word of the interviewer's question `interviewerWords`
    /// ("Is it strange to stay home all weekend?" after "What do you do on weekends?"),
    /// comparing words without a final s.
    func sharesContent(with interviewerWords: [String]) -> Bool {
        let asked = Set(Self.contentWords(of: interviewerWords).map(Self.withoutPlural))
        return Self.contentWords(of: words).contains { asked.contains(Self.withoutPlural($0)) }
    }

    static let youWords: Set<String> = ["you", "your", "yours", "yourself", "u", "ur"]

    static let favouriteWords: Set<String> = ["favourite", "favorite", "favourites", "favorites", "best"]

    /// Words that carry no topic of their own: question words, pronouns, auxiliaries, and the
    /// verbs and adverbs every question uses ("like", "usually").
    static let fillerWords: Set<String> = [
        "a", "about", "also", "am", "an", "and", "any", "anything", "are", "as", "at", "be", "best", "can", "could",
        "did", "do", "does", "doing", "dont", "else", "ever", "favorite", "favourite", "for", "get", "go", "good",
        "had", "has", "have", "here", "how", "i", "in", "is", "it", "its", "kind", "know", "like", "likes", "lot",
        "many", "me", "mean", "more", "most", "much", "my", "no", "not", "now", "of", "often", "oh", "ok", "okay",
        "on", "or", "really", "should", "so", "some", "that", "the", "then", "there", "thing", "things", "think",
        "this", "to", "too", "type", "usually", "very", "was", "well", "were", "what", "whats", "when", "where",
        "which", "who", "why", "will", "with", "would", "yes", "you", "your", "yours", "yourself",
    ]

    static func contentWords(of words: [String]) -> [String] {
        words.filter { !fillerWords.contains($0) }
    }

    private static func withoutPlural(_ word: String) -> String {
        word.count > 3 && word.hasSuffix("s") ? String(word.dropLast()) : word
    }
}
