// What a learner asks for: an order or a request ("I'll have the pasta", "Can I get a steak?",
// "I'd like the salmon", "The soup, please"), which answers a question such as "What would you
// like to order?" although it states no fact (`answered request [...]`, docs/transcript-format.md).

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
        requestedWords.contains(where: keyword.occurs)
    }

    /// The words asked for in `sentences` that do not ask the interviewer something: those
    /// after each request opener in a clause with no negation, and every such clause of a
    /// sentence that ends with "please".
    static func requestedWords(in sentences: [Sentence]) -> [[String]] {
        var requested: [[String]] = []
        for sentence in sentences where !sentence.asksInterviewer {
            let endsWithPlease = sentence.clauses.last?.last == "please"
            for clause in sentence.clauses where !clause.contains(where: negations.contains) {
                if endsWithPlease {
                    requested.append(clause)
                    continue
                }
                for start in clause.indices {
                    for opener in requestOpeners where clause[start...].starts(with: opener) {
                        var rest = clause[(start + opener.count)...]
                        if rest.first == "to" {
                            guard let verb = rest.dropFirst().first, requestVerbs.contains(verb) else { continue }
                            rest = rest.dropFirst(2)
                        }
                        requested.append(Array(rest))
                    }
                }
            }
        }
        return requested
    }
}
