// The interface strings: every key in both languages, the same placeholders, and the language choice.

import Foundation
import TerminalKit
import Testing
import TutorConfig
import TutorCore

@testable import TutorUI

@Suite("Interface strings")
struct StringCatalogueTests {
    static let catalogue = StringCatalogue.builtIn
    static var english: [String: String] { catalogue.texts["en"] ?? [:] }
    static var korean: [String: String] { catalogue.texts["ko"] ?? [:] }

    @Test("the built-in catalogue has English and Korean, and nothing else")
    func languages() {
        #expect(Set(Self.catalogue.texts.keys) == Set(InterfaceLanguage.allCases.map(\.rawValue)))
        #expect(Self.english.count > 50)
    }

    @Test("every key is in both languages")
    func sameKeys() {
        let missingInKorean = Set(Self.english.keys).subtracting(Self.korean.keys).sorted()
        let missingInEnglish = Set(Self.korean.keys).subtracting(Self.english.keys).sorted()
        #expect(missingInKorean.isEmpty, "keys with no Korean text: \(missingInKorean)")
        #expect(missingInEnglish.isEmpty, "keys with no English text: \(missingInEnglish)")
    }

    @Test("every key has the same placeholders in both languages")
    func samePlaceholders() {
        for (key, english) in Self.english.sorted(by: { $0.key < $1.key }) {
            guard let korean = Self.korean[key] else { continue }
            #expect(
                Strings.placeholders(in: english) == Strings.placeholders(in: korean),
                "\(key): English has \(Strings.placeholders(in: english).sorted()), Korean \(Strings.placeholders(in: korean).sorted())"
            )
        }
    }

    @Test("Korean texts are translated: each one of words holds Hangul (key names such as help's keys aside)")
    func koreanIsTranslated() {
        let hangul = try? Regex("[가-힣]")
        for (key, english) in Self.english.sorted(by: { $0.key < $1.key }) where !key.hasSuffix(".keys") {
            guard let korean = Self.korean[key], let hangul else { continue }
            // Texts of two or more English words are sentences or labels, not key names.
            let words = english.split { !$0.isLetter }.filter { $0.count > 1 && $0.allSatisfy(\.isLowercase) }
            guard words.count >= 2 else { continue }
            #expect(korean.contains(hangul), "\(key) is not translated: \(korean)")
        }
    }

    @Test("no text is empty")
    func noEmptyText() {
        for (language, texts) in Self.catalogue.texts {
            for (key, text) in texts { #expect(!text.isEmpty, "\(language) \(key) is empty") }
        }
    }

    @Test("every key the code asks for is in the catalogue")
    func keysUsedExist() throws {
        // The sources' literal keys: strings("area.key"…) and strings.count("area.key"…).
        let sources = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../../Sources").standardizedFileURL
        let pattern = try Regex(#"strings(?:\.count)?\(\s*"([a-z_]+(?:\.[a-z_]+)+)""#)
        var used = Set<String>()
        let files = FileManager.default.enumerator(atPath: sources.path)?.compactMap { $0 as? String } ?? []
        for file in files where file.hasSuffix(".swift") {
            let text = try String(contentsOf: sources.appendingPathComponent(file), encoding: .utf8)
            for match in text.matches(of: pattern) {
                if let key = match.output[1].substring { used.insert(String(key)) }
            }
        }
        #expect(used.count > 10)
        let strings = Strings.english
        for key in used.sorted() {
            let found = strings.has(key) || (strings.has(key + ".one") && strings.has(key + ".other"))
            #expect(found, "the code uses \(key), which the catalogue does not have")
        }
    }

    @Test("the keys the code builds from names are in the catalogue: help entries, ratings, card states")
    func builtKeysExist() {
        let strings = Strings.english
        var keys = OverlayView.helpEntries.flatMap { ["help.\($0).keys", "help.\($0).text"] }
        keys += ReviewRating.allCases.map { "review.rating.\($0)" } + CardState.allCases.map { "review.card.\($0)" }
        keys += ["left", "dropped", "closed", "stopped_reading", "disconnected"].map { "talk.reason.\($0)" }
        keys += ["editor", "stats", "answering", "self_grade", "right", "wrong", "summary"].map { "review.hints.\($0)" }
        keys += ["due_today", "new", "retention_label", "reviews"].map { "review.stats.\($0)" }
        for key in keys { #expect(strings.has(key), "\(key) is missing") }
    }

    @Test("placeholders are filled; unknown braces and missing keys stay visible")
    func filling() {
        #expect(Strings.fill("{a} and {b}", ["a": 1, "b": "two"]) == "1 and two")
        #expect(Strings.fill("{a} {x} {", ["a": 1]) == "1 {x} {")
        #expect(Strings.english("no.such.key") == "no.such.key")
        #expect(Strings.english.count("review.modules", 1) == "1 module")
        #expect(Strings.english.count("review.modules", 2) == "2 modules")
        #expect(Strings.korean.count("review.modules", 2) == "모듈 2개")
    }

    @Test("an override replaces the key it names and only that one; each names a key the catalogue has")
    func overrides() {
        for strings in [Strings.english, Strings.korean] {
            let plain = strings.overridden(byKeysUnder: "plain.overrides.")
            #expect(plain("talk.you_left") == strings("plain.overrides.talk.you_left"))
            #expect(plain("talk.you_left") != strings("talk.you_left"))
            #expect(!plain("talk.you_left").contains("Ctrl-C"))
            #expect(plain("talk.host_ended") == strings("talk.host_ended"))
        }
        let prefix = "plain.overrides."
        for key in Self.english.keys where key.hasPrefix(prefix) {
            #expect(Self.english[String(key.dropFirst(prefix.count))] != nil, "\(key) overrides no key")
        }
    }

    @Test("a missing Korean text falls back to English")
    func fallback() {
        let catalogue = StringCatalogue(texts: ["en": ["a.b": "English", "a.c": "only English"], "ko": ["a.b": "한국어"]])
        let korean = catalogue.strings(for: .korean)
        #expect(korean("a.b") == "한국어")
        #expect(korean("a.c") == "only English")
    }

    @Test("the language: --lang, then CHATTUTOR_LANG, then config.toml, then the locale, else English")
    func choiceOrder() throws {
        let file = ConfigFile(path: "config.toml", values: ["language": .string("ko")])
        let englishFile = ConfigFile(path: "config.toml", values: ["language": .string("en")])
        let korean = ["LANG": "ko_KR.UTF-8"]
        #expect(try InterfaceLanguage.choose(flag: "en", environment: korean, file: file) == .english)
        #expect(try InterfaceLanguage.choose(flag: "ko", environment: [:], file: englishFile) == .korean)
        #expect(
            try InterfaceLanguage.choose(flag: nil, environment: ["CHATTUTOR_LANG": "en"], file: file) == .english)
        #expect(try InterfaceLanguage.choose(flag: nil, environment: [:], file: file) == .korean)
        #expect(try InterfaceLanguage.choose(flag: nil, environment: korean, file: englishFile) == .english)
        #expect(try InterfaceLanguage.choose(flag: nil, environment: korean, file: nil) == .korean)
        #expect(try InterfaceLanguage.choose(flag: nil, environment: [:], file: nil) == .english)
    }

    @Test(
        "the locale: the first of LC_ALL, LC_MESSAGES, LANG that is set decides",
        arguments: [
            (["LANG": "ko_KR.UTF-8"], InterfaceLanguage.korean),
            (["LC_MESSAGES": "ko_KR.UTF-8", "LANG": "en_US.UTF-8"], .korean),
            (["LC_ALL": "C.UTF-8", "LANG": "ko_KR.UTF-8"], .english),
            (["LC_ALL": "", "LANG": "ko"], .korean),
            (["LANG": "en_GB.UTF-8"], .english),
            ([:], .english),
        ])
    func locale(environment: [String: String], expected: InterfaceLanguage) {
        #expect(InterfaceLanguage.fromLocale(environment) == expected)
    }

    @Test("an unknown language names where it was written and the choices")
    func unknownLanguage() {
        #expect(throws: ConfigError.self) { try InterfaceLanguage.choose(flag: "fr", environment: [:], file: nil) }
        let file = ConfigFile(path: "/home/a/config.toml", values: ["language": .string("jp")])
        do {
            _ = try InterfaceLanguage.choose(flag: nil, environment: [:], file: file)
            Issue.record("jp was accepted")
        } catch {
            #expect(error.description.contains("config.toml"))
            #expect(error.description.contains("en, ko"))
        }
    }

    @Test("the status bar's key hints and the help box fit in 80 columns in both languages")
    func fitsEightyColumns() {
        for language in InterfaceLanguage.allCases {
            let strings = Strings.builtIn(language)
            for key in [
                "status.hints_chat", "status.hints_ended", "status.hints_modules", "status.hints_detail",
                "notice.mouse_on", "notice.mouse_off",
            ] {
                // The counts (" ✓0 ✗0 ★0 ", " ✓12 ✗3 ★10 ") stay on the left of the hints.
                #expect(DisplayWidth.of(strings(key)) + 16 <= 80, "\(language) \(key) is too wide")
            }
            let lines = OverlayView.helpLines(strings)
            let keyWidth = lines.map { DisplayWidth.of($0.0) }.max() ?? 0
            for (keys, text) in lines {
                #expect(keyWidth + 2 + DisplayWidth.of(text) + 4 <= 78, "\(language) help '\(keys)' is too wide")
            }
        }
    }
}
