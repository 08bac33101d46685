// Wrong choices for multiple-choice problems, from the same error family as the answer.

import TutorCore

/// Makes distractors that are wrong in the sentence by construction: the learner's own
/// form, and other forms of the same word that cannot fit the blank. Never a form that
/// could also be right ("went" for "goes" would be a second correct answer).
struct DistractorMaker: Sendable {
    let resources: RuleResources

    /// Special forms of be, do and have, with forms that are wrong wherever the key is right.
    private static let auxiliaryDistractors: [String: [String]] = [
        "is": ["are", "be"], "was": ["were", "be"], "were": ["was", "be"], "has": ["have", "having"],
        "had": ["have", "has"], "does": ["do", "doing"], "doesn't": ["don't", "not"], "did": ["do", "does"],
        "didn't": ["don't", "doesn't"],
    ]

    /// Modals, with the modals learners put in their place. The lexicon's forms of "can" and
    /// "will" are the other words' ("canning", "willing"), never a choice anyone would make.
    private static let modalDistractors: [String: [String]] = [
        "can": ["could", "would"], "could": ["can", "will"], "will": ["would", "could"], "would": ["will", "can"],
        "can't": ["couldn't", "wouldn't"], "couldn't": ["can't", "won't"], "won't": ["wouldn't", "couldn't"],
        "wouldn't": ["won't", "can't"],
    ]

    /// Wrong choices to offer, most telling first (the learner's own form leads); callers keep
    /// only those the analyser proves wrong in the sentence (`blanked`, with its blank).
    func candidates(for focus: Finding, gap: Gap, blanked: String, rule: RuleDefinition?) -> [String] {
        var candidates: [String] = []
        if !gap.learnerText.isEmpty { candidates.append(gap.learnerText) }
        candidates += family(for: focus, gap: gap, blanked: blanked) + (rule?.distractors ?? [])
        var seen: Set<String> = [gap.answer.normalizedForComparison]
        var result: [String] = []
        for candidate in candidates where !candidate.isEmpty && seen.insert(candidate.normalizedForComparison).inserted
        {
            result.append(candidate)
        }
        return result
    }

    private func family(for focus: Finding, gap: Gap, blanked: String) -> [String] {
        let answer = gap.answer.lowercased()
        let lexicon = resources.lexicon
        let category = focus.errorType.category
        if let special = Self.auxiliaryDistractors[answer], category.hasPrefix("VERB") { return special }
        if category.hasPrefix("VERB"), let modals = Self.modalDistractors[answer] { return modals }
        // Another modal ("should", "may") has no forms of its own to offer.
        if category.hasPrefix("VERB"), FunctionWords.modals.contains(answer) { return [] }
        switch category {
        case "VERB:SVA":
            return verbForms(of: answer).map { [$0.presentParticiple] } ?? []
        case "VERB:TENSE":
            return verbForms(of: answer).map { [$0.thirdPerson, $0.presentParticiple] } ?? []
        case "VERB:FORM", "VERB":
            guard let forms = verbForms(of: answer) else { return [] }
            return [forms.presentParticiple, forms.thirdPerson, forms.past].filter { $0 != answer }
        case "DET":
            // The article that does not fit the next word's sound ("an store", "a apple").
            let words = gap.answer.split(separator: " ")
            if ["a", "an", "the"].contains(answer), gap.learnerText.isEmpty {
                let next = focus.suggestions.first.map { $0.split(separator: " ").last.map(String.init) ?? "" } ?? ""
                if let fitting = ArticleSound(lists: resources.lists).article(before: next) {
                    return [fitting == "a" ? "an" : "a"]
                }
            }
            if words.count == 1, let noun = lexicon.noun(singular: answer), noun.plural != answer {
                return [noun.plural]
            }
            return []
        case "NOUN:NUM":
            // "an animal", never "a animal": a choice wrong twice over is rejected for its
            // article, and the problem stops testing the number. Not after "and" or "or",
            // where the singular with an article is right too ("books and a magazine").
            guard !Self.followsConjunction(blanked), let noun = lexicon.noun(plural: answer),
                let article = ArticleSound(lists: resources.lists).article(before: noun.singular)
            else { return [] }
            return [article + " " + noun.singular]
        case "SPELL":
            return [misspelling(of: gap.answer)].compactMap { $0 }
        default:
            return []
        }
    }

    /// Whether the blank comes right after "and" or "or" in the sentence.
    private static func followsConjunction(_ blanked: String) -> Bool {
        guard let range = blanked.range(of: Problem.blank) else { return false }
        let before = blanked[..<range.lowerBound].split(whereSeparator: { !$0.isLetter }).last?.lowercased()
        return before == "and" || before == "or"
    }

    private func verbForms(of word: String) -> VerbForms? {
        let base = resources.lexicon.verbReadings(of: word).first?.base ?? word
        return resources.lexicon.verb(base)
    }

    /// A plausible non-word: two neighbouring letters swapped, or a doubled consonant.
    private func misspelling(of word: String) -> String? {
        let letters = Array(word)
        guard letters.count >= 4 else { return nil }
        for index in stride(from: letters.count - 2, to: 0, by: -1) where letters[index] != letters[index + 1] {
            var swapped = letters
            swapped.swapAt(index, index + 1)
            let candidate = String(swapped)
            if !resources.lexicon.knows(candidate) { return candidate }
        }
        return nil
    }
}
