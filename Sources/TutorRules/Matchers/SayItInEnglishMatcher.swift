// Korean in a learner's message, and how to say it in English (Resources/glossary-ko-en.tsv).

import Foundation
import TutorCore

/// One glossary row: a Korean word or phrase and its English.
public struct GlossaryEntry: Sendable, Hashable {
    public var korean: String
    public var english: String
    /// A group of related entries ("food", "place"), for multiple-choice distractors.
    public var family: String
    /// An English sentence that uses `english`.
    public var example: String
    /// Other English for the same word, just as right ("mobile phone" for "phone").
    public var alternatives: [String] = []
}

/// The bilingual glossary, looked up by Korean with common particles stripped.
public struct Glossary: Sendable {
    public let entries: [GlossaryEntry]
    private let byKorean: [String: GlossaryEntry]
    private let particles: [String]

    init(url: URL, particles: Set<String>) throws(RuleDataError) {
        entries = try DataFile.rows(url, columns: 4).map {
            GlossaryEntry(
                korean: $0[0], english: $0[1], family: $0[2], example: $0[3],
                alternatives: $0.count > 4 ? $0[4].split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty } : [])
        }
        var byKorean: [String: GlossaryEntry] = [:]
        for entry in entries { byKorean[Self.key(entry.korean)] = byKorean[Self.key(entry.korean)] ?? entry }
        self.byKorean = byKorean
        self.particles = particles.sorted { $0.count > $1.count }
    }

    /// The entry for a Korean word or phrase, trying it bare when it ends in a particle.
    public func entry(for korean: String) -> GlossaryEntry? {
        let key = Self.key(korean)
        if let entry = byKorean[key] { return entry }
        for particle in particles where key.hasSuffix(particle) && key.count > particle.count {
            if let entry = byKorean[String(key.dropLast(particle.count))] { return entry }
        }
        return nil
    }

    /// Other entries of the same family with different English, for distractors.
    public func relatives(of entry: GlossaryEntry) -> [GlossaryEntry] {
        // Not a word that means the same: one's English among the other's alternatives.
        let same = Set(([entry.english] + entry.alternatives).map { $0.lowercased() })
        return entries.filter {
            $0.family == entry.family && !same.contains($0.english.lowercased())
                && !$0.alternatives.contains { $0.lowercased() == entry.english.lowercased() }
        }
    }

    private static func key(_ text: String) -> String {
        text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}

/// Finds Korean words and phrases the glossary knows, longest first.
struct SayItInEnglishMatcher: Matcher {
    let glossary: Glossary

    func matches(in context: AnalysisContext) -> [Match] {
        let tokens = context.tokens
        var matches: [Match] = []
        var index = 0
        while index < tokens.count {
            guard tokens[index].kind == .hangul else {
                index += 1
                continue
            }
            // The run of Hangul words starting here, then its longest known prefix.
            var end = index
            while end + 1 < tokens.count, tokens[end + 1].kind == .hangul { end += 1 }
            var matchedEnd: Int?
            for candidateEnd in stride(from: end, through: index, by: -1) {
                let phrase = tokens[index...candidateEnd].map(\.text).joined(separator: " ")
                if let entry = glossary.entry(for: phrase) {
                    matches.append(Match(span: context.span(from: tokens[index], to: tokens[candidateEnd]), suggestions: [entry.english]))
                    matchedEnd = candidateEnd
                    break
                }
            }
            index = (matchedEnd ?? index) + 1
        }
        return matches
    }
}
