// The loaded rules with their matchers, and everything they read from Resources.

import Foundation
import TutorCore

/// The built-in analyser's data: rules, lexicon, word lists, Konglish and the glossary.
public struct RuleResources: Sendable {
    let rules: [RuleDefinition]
    let lexicon: Lexicon
    let lists: WordLists
    let konglish: [KonglishEntry]
    public let glossary: Glossary
    let templates: TemplateCatalogue
    /// Each rule's measured precision and each error category's share among Korean learners,
    /// which rank what modules teach.
    public let ranking: TeachingRanking

    /// Loads the resources shipped with the analyser (or from `directory`).
    public static func load(from directory: URL? = nil) throws(RuleDataError) -> RuleResources {
        // bundleURL, not resourceURL: Foundation on Linux already treats a "Resources" folder
        // inside the bundle as the resource directory, so resourceURL would skip a level.
        let root = directory ?? Bundle.module.bundleURL.appendingPathComponent("Resources")
        let lexicon = try Lexicon(directory: root.appendingPathComponent("lexicon"))
        let lists = try WordLists(directory: root.appendingPathComponent("wordlists"))
        let rules: RuleFile = try decode(root.appendingPathComponent("rules.json"))
        return RuleResources(
            rules: rules.rules, lexicon: lexicon, lists: lists,
            konglish: try KonglishMatcher.load(root.appendingPathComponent("konglish.tsv")),
            glossary: try Glossary(url: root.appendingPathComponent("glossary-ko-en.tsv"), particles: Set(lists["korean-particles"])),
            templates: try decode(root.appendingPathComponent("templates.json")),
            ranking: try TeachingRanking(directory: root.appendingPathComponent("ranking")))
    }

    static func decode<T: Decodable>(_ url: URL) throws(RuleDataError) -> T {
        do {
            return try JSONDecoder().decode(T.self, from: Data(contentsOf: url))
        } catch let error as DecodingError {
            throw RuleDataError.malformed(file: url.lastPathComponent, detail: "\(error)")
        } catch {
            throw RuleDataError.unreadable(file: url.lastPathComponent, reason: error.localizedDescription)
        }
    }

    /// The matcher that implements a rule, or an error naming an unknown matcher.
    func matcher(for rule: RuleDefinition, spellChecking: Bool) throws(RuleDataError) -> (any Matcher)? {
        let sound = ArticleSound(lists: lists)
        switch rule.matcher {
        case "phrase":
            guard let pattern = rule.pattern, let replacements = rule.replacements else {
                throw RuleDataError.malformed(file: "rules.json", detail: "phrase rule \(rule.id) needs a pattern and replacements")
            }
            return try PhraseMatcher(pattern: pattern, replacements: replacements, deletionKeepsWordBefore: rule.deletionKeepsWordBefore ?? false, lexicon: lexicon)
        case "married-with": return MarriedWithMatcher(reading: .adjective, lists: lists)
        case "marry-with": return MarriedWithMatcher(reading: .verb, lists: lists)
        case "modal-to": return ModalToMatcher()
        case "past-story": return ContextTenseMatcher(lists: lists)
        case "capital-i": return CapitalIMatcher()
        case "indefinite-article": return IndefiniteArticleMatcher(sound: sound)
        case "than": return ThanMatcher()
        case "perfect-participle": return PerfectParticipleMatcher()
        case "introductory-comma": return IntroductoryCommaMatcher(lists: lists)
        case "superlative-article": return SuperlativeArticleMatcher()
        case "missing-article": return MissingArticleMatcher(lists: lists, sound: sound)
        case "uncountable-article": return UncountableArticleMatcher(lists: lists)
        case "uncountable-plural": return UncountablePluralMatcher(lexicon: lexicon)
        case "noun-number": return NounNumberMatcher(lists: lists)
        case "third-person-agreement": return ThirdPersonAgreementMatcher(lists: lists)
        case "past-time-marker": return PastTimeMatcher(lists: lists)
        case "modal-verb-form": return ModalVerbFormMatcher()
        case "infinitive-form": return InfinitiveFormMatcher(lists: lists)
        case "double-comparative": return DoubleComparativeMatcher()
        case "question-word-order": return QuestionWordOrderMatcher()
        case "konglish": return KonglishMatcher(entries: konglish, lists: lists)
        case "say-it-in-english": return SayItInEnglishMatcher(glossary: glossary)
        case "spelling": return spellChecking ? SpellingMatcher(lists: lists) : nil
        case "proper-noun": return ProperNounMatcher(lists: lists)
        case "compound-word": return CompoundWordMatcher(lexicon: lexicon)
        case "plural-after-one-of": return PluralAfterPhraseMatcher(lists: lists, phrase: .oneOf)
        case "plural-after-a-lot-of": return PluralAfterPhraseMatcher(lists: lists, phrase: .aLotOf)
        case "singular-after-every": return SingularAfterEveryMatcher()
        case "double-conjunction": return DoubleConjunctionMatcher()
        case "almost": return AlmostMatcher()
        case "feeling-adjective": return FeelingAdjectiveMatcher()
        case "demonstrative-number": return DemonstrativeNumberMatcher()
        case "plural-subject-agreement": return PluralSubjectAgreementMatcher()
        case "everyday": return EverydayMatcher()
        case "do-support": return DoSupportMatcher()
        case "definite-only": return DefiniteOnlyMatcher(lists: lists)
        case "time-preposition": return TimePrepositionMatcher(lists: lists)
        case "school-grade": return SchoolGradeMatcher(lists: lists)
        case "manner-adverb": return MannerAdverbMatcher(lists: lists)
        case "noun-inflection": return spellChecking ? InflectionMatcher(kind: .noun) : nil
        case "verb-inflection": return spellChecking ? InflectionMatcher(kind: .verb) : nil
        default:
            throw RuleDataError.malformed(file: "rules.json", detail: "rule \(rule.id) names unknown matcher '\(rule.matcher)'")
        }
    }
}
