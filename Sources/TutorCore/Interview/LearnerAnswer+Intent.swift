// The word lists behind LearnerAnswer's reading of intent: negations, wishes, "I don't know",
// "I don't understand", Korean typed instead of English, and a short sentence told from a fragment. Each is a short list a teacher
// can read and extend.

extension LearnerAnswer {
    /// Words just before a keyword that turn it round ("I don't like hiking"): a follow-up on
    /// that keyword is not used.
    static let negations: Set<String> = [
        "not", "no", "never", "dont", "doesnt", "didnt", "cant", "cannot", "wont", "isnt", "arent", "wasnt", "hate",
        "without",
    ]
    /// How many words before a keyword a negation still turns it round.
    static let negationReach = 3
    /// Words after a negation that make it about the learner's mind, not the keyword after it:
    /// "I don't know, maybe hiking", "not sure, hiking I think".
    static let notNegatedAfter: Set<String> = ["know", "sure", "remember", "understand"]

    /// Words before a keyword in its clause that make it a wish or a plan, not a fact: "I want
    /// to get a good job", "I would like to travel", "my dream is to work", "I will go hiking".
    static let wishWords: Set<String> = [
        "want", "wants", "wanted", "wanna", "hope", "hopes", "hoping", "wish", "dream", "dreams", "someday", "future",
        "would", "id", "will", "gonna", "plan", "plans", "planning",
    ]
    /// Phrases that say "I don't know what to say" (as folded words).
    static let unsurePhrases: [[String]] = [
        ["dont", "know"], ["do", "not", "know"], ["not", "sure"], ["no", "idea"], ["dunno"], ["cant", "think"],
        ["hard", "to", "say"], ["dont", "remember"], ["cant", "remember"],
    ]
    /// The same in Korean (모르겠어요, 몰라요, 글쎄요): the interviewer still answers in English.
    static let unsureKorean = ["모르", "몰라", "글쎄"]

    /// Phrases that say "I did not understand the question".
    static let lostPhrases: [[String]] = [
        ["dont", "understand"], ["didnt", "understand"], ["do", "not", "understand"], ["what", "do", "you", "mean"],
        ["say", "that", "again"], ["say", "it", "again"], ["one", "more", "time"], ["more", "slowly"], ["pardon"],
        ["speak", "slowly"], ["talk", "slowly"], ["speak", "slower"], ["talk", "slower"],
        ["give", "me", "an", "example"], ["give", "an", "example"],
    ]
    /// A whole message that asks for the question again: "Sorry?", "What?", "Huh?".
    static let lostAlone: Set<[String]> = [["sorry"], ["what"], ["huh"], ["again"]]
    /// The same in Korean (무슨 뜻이에요?, 이해가 안 돼요, 무슨 말이에요?).
    static let lostKorean = ["무슨 뜻", "뜻이", "이해가 안", "이해 안", "무슨 말"]

    /// Subjects that a verb after them makes a sentence of ("I like it", "It is good").
    static let subjects: Set<String> = ["i", "we", "you", "he", "she", "it", "they", "this", "that", "there", "here"]
    /// A subject and its verb in one word: "I'm a nurse", "It's good", "That's right".
    static let subjectContractions: Set<String> = [
        "im", "ive", "id", "ill", "its", "thats", "theres", "hes", "shes", "theyre", "youre", "weve", "were",
    ]
    /// Verbs that, with nothing after them, make a short answer rather than a sentence that says
    /// something: "Yes, I do.", "No, it isn't.", "I can."
    static let auxiliaries: Set<String> = [
        "am", "is", "are", "was", "were", "do", "does", "did", "have", "has", "had", "can", "could", "will", "would",
        "should", "not", "dont", "doesnt", "didnt", "isnt", "arent", "wasnt", "werent", "cant", "wont", "havent",
        "hasnt",
    ]
    /// Words a short answer may open with before its subject ("Yes, I like it").
    static let interjections: Set<String> = [
        "yes", "yeah", "yep", "no", "nope", "well", "oh", "um", "uh", "hmm", "ok", "okay", "sure", "and", "but",
        "so", "because", "hello", "hi", "hey",
    ]

    /// Whether `words` (a short message) hold a subject and a verb that says something: "I'm
    /// a nurse.", "I like it.", "It's good." are sentences; "Seoul.", "Very good.", "Yes, I do."
    /// and "My brother." are not, and are the answers a prompt to say more is for.
    static func isSentence(_ words: [String]) -> Bool {
        let rest = words.drop(while: interjections.contains)
        guard let subject = rest.first else { return false }
        let after = rest.dropFirst()
        if subjectContractions.contains(subject) { return !after.isEmpty }
        return subjects.contains(subject) && after.contains { !auxiliaries.contains($0) }
    }

    static func isNegated(_ before: ArraySlice<String>) -> Bool {
        let reach = before.suffix(negationReach)
        return reach.indices.contains { index in
            guard negations.contains(reach[index]) else { return false }
            let next = index + 1 < before.endIndex ? before[index + 1] : nil
            return !(next.map(notNegatedAfter.contains) ?? false)
        }
    }

    static func isWish(_ before: ArraySlice<String>) -> Bool {
        before.contains(where: wishWords.contains)
    }

    static func isUnsure(_ text: String, words: [String]) -> Bool {
        unsurePhrases.contains { words.contains($0) } || unsureKorean.contains { text.contains($0) }
    }

    static func isLost(_ text: String, words: [String], sentences: [Sentence]) -> Bool {
        if lostPhrases.contains(where: { words.contains($0) }) || lostKorean.contains(where: { text.contains($0) }) {
            return true
        }
        if lostAlone.contains(words), text.contains("?") || text.contains("？") { return true }
        // "What does 'hometown' mean?", "What is the meaning of …?"
        return sentences.contains { sentence in
            sentence.endsWithQuestionMark && sentence.words.contains { $0 == "mean" || $0 == "meaning" }
        }
    }

    static func isNotEnglish(_ text: String) -> Bool {
        var hangul = 0
        var latin = 0
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0xAC00...0xD7A3, 0x1100...0x11FF, 0x3130...0x318F: hangul += 1
            case 0x41...0x5A, 0x61...0x7A: latin += 1
            default: break
            }
        }
        return hangul > 0 && hangul >= latin
    }
}
