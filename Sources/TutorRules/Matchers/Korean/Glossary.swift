// The Korean–English glossary (Resources/glossary-ko-en.tsv), looked up by Korean.

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
                alternatives: $0.count > 4
                    ? $0[4].split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
                    : [])
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
        // No byte of white space (ASCII white space, or the first byte of U+0085, U+00A0,
        // U+1680, U+2000-205F, U+3000; Hangul's are EA-ED): the text is its own key.
        guard text.containsByte(where: Self.mayStartWhiteSpace) else { return text }
        return text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// An ASCII white space, or a byte that starts the UTF-8 of a white space beyond ASCII.
    private static func mayStartWhiteSpace(_ byte: UInt8) -> Bool {
        (0x09...0x0D).contains(byte) || byte == 0x20 || byte == 0xC2 || (0xE1...0xE3).contains(byte)
    }
}
