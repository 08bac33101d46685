// The built-in analyser's data as loaded from Resources; MatcherRegistry builds the rules' matchers from it.

import Foundation
import TutorCore

/// The built-in analyser's data: rules, lexicon, word lists, Konglish, the glossary, the tagger
/// and the article model.
public struct RuleResources: Sendable {
    let rules: [RuleDefinition]
    let lexicon: Lexicon
    let lists: WordLists
    let konglish: [KonglishEntry]
    public let glossary: Glossary
    /// templates.json, decoded when first asked for (`templates()`).
    private let templateSource: TemplateSource
    /// Tags the words of an utterance for the rules that read parts of speech.
    let tagger: PartOfSpeechTagger
    /// Which article native writers put before a noun phrase (Resources/articles).
    let articles: ArticleModel
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
        let tagger = try PartOfSpeechTagger.load(from: root.appendingPathComponent("tagger"))
        return RuleResources(
            rules: rules.rules, lexicon: lexicon, lists: lists,
            konglish: try KonglishMatcher.load(root.appendingPathComponent("konglish.tsv")),
            glossary: try Glossary(
                url: root.appendingPathComponent("glossary-ko-en.tsv"), particles: Set(lists["korean-particles"])),
            templateSource: TemplateSource(url: root.appendingPathComponent("templates.json")),
            tagger: tagger,
            articles: try ArticleModel(directory: root.appendingPathComponent("articles"), tags: tagger.tags),
            ranking: try TeachingRanking(directory: root.appendingPathComponent("ranking")))
    }

    /// The wording of generated modules (templates.json), decoded on the first call: `check`
    /// never needs it. Throws the file's error, on every call, when it is unreadable or malformed.
    func templates() throws(RuleDataError) -> TemplateCatalogue {
        try templateSource.catalogue()
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
}
