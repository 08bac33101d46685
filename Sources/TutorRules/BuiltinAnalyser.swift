// The built-in, offline analyser: rules as data plus matchers over a lexicon.

import Foundation
import TutorCore

/// Finds the errors Korean learners make most, with no network and no model. It prefers
/// silence to a wrong correction: every rule is tuned for precision.
public struct BuiltinAnalyser: Analyser {
    public let identifier = "builtin-rules/1"

    /// A rule ready to run. A class, so the loop over rules copies a reference, not the
    /// rule's strings and its matcher.
    final class LoadedRule: Sendable {
        let definition: RuleDefinition
        let matcher: any Matcher
        /// A "say it in English" rule, for Korean text; every other rule is for English.
        let isForKorean: Bool
        /// Whether it runs only on utterances holding one of its trigger words.
        let isTriggered: Bool

        init(definition: RuleDefinition, matcher: any Matcher) {
            self.definition = definition
            self.matcher = matcher
            isForKorean = definition.id.hasPrefix(Finding.sayItInEnglishPrefix)
            isTriggered = matcher.triggerWords != nil
        }
    }

    let rules: [LoadedRule]
    /// The rules that need one of their trigger words, by word: an utterance runs only those
    /// whose word it holds (most phrase rules never get as far as scanning it).
    private let rulesByTrigger: WordMap<[Int]>
    /// For each rule, whether it runs on every utterance of its language (it has no trigger
    /// words): the start of each utterance's list of the rules to run.
    private let runsAlways: [Bool]
    public let resources: RuleResources

    /// - Parameters:
    ///   - onlyRules: run just these rule ids (for a rule's own tests); nil runs every enabled rule.
    ///   - spellChecking: false skips the spelling and word-form rules that ask the dictionary.
    public init(resources: RuleResources? = nil, onlyRules: Set<String>? = nil, spellChecking: Bool = true) throws {
        let resources = try resources ?? RuleResources.load()
        var loaded: [LoadedRule] = []
        for rule in resources.rules where onlyRules.map({ $0.contains(rule.id) }) ?? rule.isEnabled {
            if let matcher = try MatcherRegistry.matcher(for: rule, resources: resources, spellChecking: spellChecking)
            {
                loaded.append(LoadedRule(definition: rule, matcher: matcher))
            }
        }
        self.rules = loaded
        var rulesByTrigger = WordMap<[Int]>()
        for (index, rule) in loaded.enumerated() {
            for word in rule.matcher.triggerWords ?? [] {
                rulesByTrigger.update(word, startingWith: []) { $0.append(index) }
            }
        }
        self.rulesByTrigger = rulesByTrigger
        runsAlways = loaded.map { !$0.isTriggered }
        self.resources = resources
    }

    public func analyse(_ batch: Batch) async throws -> [AnalysedUtterance] {
        batch.utterances.map {
            AnalysedUtterance(utterance: $0, findings: findings(in: $0.text, after: $0.context.map(\.text)))
        }
    }

    /// The findings in one utterance's (sanitised) text, in text order, none overlapping;
    /// `earlierMessages` (the conversation just before it) lets a rule read the story's time.
    public func findings(in text: String, after earlierMessages: [String] = []) -> [Finding] {
        findings(in: text, after: earlierMessages, clock: nil)
    }

    /// The same findings, adding the time each stage took to `timings` (`check --timings`).
    public func findings(in text: String, after earlierMessages: [String] = [], timings: inout AnalysisTimings)
        -> [Finding]
    {
        let clock = StageClock(timings)
        defer { timings = clock.timings }
        return findings(in: text, after: earlierMessages, clock: clock)
    }

    private func findings(in text: String, after earlierMessages: [String], clock: StageClock?) -> [Finding] {
        let started = clock.map { _ in StageClock.now() }
        clock?.timings.utterances += 1
        let language = LanguageDetector.detect(text)
        guard language != .none else {
            if let clock, let started { clock.timings.tokenise += StageClock.now() - started }
            return []
        }
        let context = AnalysisContext(
            text: text, lexicon: resources.lexicon, tagger: resources.tagger, earlierMessages: earlierMessages,
            clock: clock)
        var accepted: [Finding] = []
        // The rules to run: those with no trigger words, and those whose word the utterance holds.
        var runs = runsAlways
        // By index, so no token is copied (only its word is read).
        for position in context.tokens.indices where context.tokens[position].isWord {
            for index in rulesByTrigger[context.tokens[position]] ?? [] { runs[index] = true }
        }
        let prepared = clock.map { _ in StageClock.now() }
        let taggingBefore = clock.map { $0.timings.tag + $0.timings.structure }
        defer {
            if let clock, let started, let prepared, let taggingBefore {
                clock.timings.tokenise += prepared - started
                let tagging = clock.timings.tag + clock.timings.structure - taggingBefore
                clock.timings.rules += StageClock.now() - prepared - tagging
            }
        }
        // Rules run in priority order; a later rule's finding that overlaps an earlier one is dropped.
        // Only the rules to run are touched: most are phrase rules, whose words are seldom there.
        // The match and rule of each accepted finding, for a capital folded into it later.
        var acceptedFrom: [(match: Match, rule: RuleDefinition)] = []
        for index in runs.indices where runs[index] {
            let rule = rules[index]
            if rule.isForKorean ? language == .english : language == .korean { continue }
            for var match in rule.matcher.matches(in: context) {
                if context.isPretokenised { match.suggestions = match.suggestions.map(Self.splittingClitics) }
                guard let original = text.substring(in: match.span), !match.suggestions.isEmpty,
                    match.suggestions.first != original
                else { continue }
                if let earlier = accepted.firstIndex(where: { $0.span.overlaps(match.span) }) {
                    // "There is korean restaurant": the article rule's "a korean" came first; the
                    // capital this rule asks for goes into it, so no correction keeps "korean".
                    if let folded = Self.folding(
                        capital: match.suggestions[0], of: original, into: acceptedFrom[earlier].match)
                    {
                        acceptedFrom[earlier].match = folded
                        accepted[earlier] = finding(
                            for: folded, original: accepted[earlier].original, rule: acceptedFrom[earlier].rule)
                    }
                    continue
                }
                // "collecting old coin": an earlier rule's "an old" and a later one's "coins" would
                // read "an old coins"; the earlier finding stands.
                let edit = (span: match.span, original: original, correction: match.suggestions[0])
                if accepted.contains(where: {
                    let other = (span: $0.span, original: $0.original, correction: $0.suggestions.first ?? "")
                    return Self.articleClashesWithPlural(article: other, plural: edit, in: text)
                        || Self.articleClashesWithPlural(article: edit, plural: other, in: text)
                }) {
                    continue
                }
                accepted.append(finding(for: match, original: original, rule: rule.definition))
                acceptedFrom.append((match, rule.definition))
            }
        }
        return accepted.sorted { $0.span < $1.span }
    }

    /// One edit: where, the text it replaces and its first correction.
    typealias Edit = (span: TextSpan, original: String, correction: String)

    /// Whether `article` puts "a" or "an" before a word or two that end where `plural` makes
    /// a singular noun plural ("old" → "an old", then "coin" → "coins"): together they would
    /// read "an old coins".
    static func articleClashesWithPlural(article: Edit, plural: Edit, in text: String) -> Bool {
        // Only an article put before the words it changes: "old" → "an old", not "alot" → "a lot".
        let lower = article.correction.lowercased()
        let words = article.original.lowercased()
        guard !words.isEmpty, lower == "a " + words || lower == "an " + words, article.span.end <= plural.span.start,
            !plural.original.contains(" "), !plural.original.lowercased().hasSuffix("s"),
            plural.correction.lowercased().hasSuffix("s"), plural.correction.count > plural.original.count,
            plural.correction.lowercased().hasPrefix(plural.original.lowercased().dropLast()),
            let gap = text.substring(in: TextSpan(start: article.span.end, end: plural.span.start))
        else { return false }
        // Only words between them, at most two ("an old [big] coin").
        return gap.allSatisfy { $0.isLetter || $0 == " " || $0 == "-" }
            && gap.split(separator: " ").count <= 2
    }

    /// An earlier match whose suggestions keep a word that a later match only capitalises
    /// ("a korean" and "korean" → "Korean"), with the capital put into them; nil when the later
    /// match changes more than the case or its word is not in them.
    static func folding(capital: String, of original: String, into match: Match) -> Match? {
        guard capital != original, capital.lowercased() == original.lowercased(), !original.contains(" ") else {
            return nil
        }
        var folded = match
        folded.suggestions = match.suggestions.map { suggestion in
            suggestion.split(separator: " ", omittingEmptySubsequences: false)
                .map { $0 == original ? capital : String($0) }.joined(separator: " ")
        }
        return folded.suggestions == match.suggestions ? nil : folded
    }

    /// A suggestion in the tokenisation of learner corpora: "it's" → "it 's", "doesn't" → "does n't".
    static func splittingClitics(_ text: String) -> String {
        text.split(separator: " ", omittingEmptySubsequences: false).map { word -> String in
            let lower = word.lowercased()
            // "can't" → "ca n't", "won't" → "wo n't", as the corpora split them.
            if lower.hasSuffix("n't"), word.count > 3 { return "\(word.dropLast(3)) n't" }
            for clitic in ["'s", "'re", "'m", "'ve", "'ll", "'d"]
            where lower.hasSuffix(clitic) && word.count > clitic.count {
                return "\(word.dropLast(clitic.count)) \(word.suffix(clitic.count))"
            }
            return String(word)
        }.joined(separator: " ")
    }

    private func finding(for match: Match, original: String, rule found: RuleDefinition) -> Finding {
        // Looked up among all the definitions, enabled or not (the explaining rule need not
        // run itself); a few matches have one, so a scan costs nothing.
        let rule = match.explainedBy.flatMap { id in resources.rules.first { $0.id == id } } ?? found
        let correction = match.suggestions[0]
        let template = match.message ?? rule.message
        func fill(_ text: String) -> String { Self.fill(text, original: original, correction: correction) }
        return Finding(
            span: match.span, original: original, suggestions: match.suggestions, errorType: rule.errorType,
            ruleID: rule.id, message: LocalizedText(en: fill(template.en), ko: fill(template.ko)),
            severity: rule.severity, confidence: min(1, rule.confidence * match.confidenceFactor), label: rule.label,
            categoryKey: rule.category)
    }

    /// A message template with `{original}` and `{correction}` (and `{correction:을}`-style
    /// particle markers) filled in, in one pass; this runs for every finding.
    static func fill(_ template: String, original: String, correction: String) -> String {
        guard template.containsByte(where: { $0 == UInt8(ascii: "{") }) else { return template }
        return template.fillingPlaceholders { name in
            name == "original" ? original : name == "correction" ? correction : nil
        }
    }

    /// The rule definitions, for tests and `--stats`.
    var definitions: [RuleDefinition] { rules.map(\.definition) }

    /// The glossary that Korean findings come from, for module generation.
    public var glossary: Glossary { resources.glossary }
}
