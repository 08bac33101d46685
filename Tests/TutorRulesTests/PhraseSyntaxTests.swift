// The phrase pattern's words around a match: `~word` (not this word or mark there, if there is one)
// and a leading `<` (the match starts a clause); `#` in a word set.

import Testing
import TutorCore

@testable import TutorRules

@Suite("Phrase pattern syntax")
struct PhraseSyntaxTests {
    /// The texts a pattern flags in `text`, in order.
    private func flagged(_ pattern: String, in text: String) throws -> [String] {
        let lexicon = Shipped.resources.lexicon
        let matcher = try PhraseMatcher(pattern: pattern, replacements: ["X"], lexicon: lexicon)
        let context = AnalysisContext(text: text, lexicon: lexicon)
        let scalars = Array(text.unicodeScalars)
        return matcher.matches(in: context).map {
            String(String.UnicodeScalarView(scalars[$0.span.start..<$0.span.end]))
        }
    }

    @Test(
        "'~word' before a match, one word each: silent after that word, still firing at the start of a text",
        arguments: [
            ("Much cars were parked outside.", true),
            ("We saw much cars outside.", true),
            ("Thanks so much cars were fixed.", false),
            ("Thanks, very much cars.", true),
            ("It was so much tired.", false),
        ])
    func wordNotBefore(text: String, fires: Bool) throws {
        let found = try flagged("~thanks|very ~thanks|so [much] cars|tired", in: text)
        #expect(found.isEmpty == !fires, "\(text): \(found)")
    }

    @Test(
        "'~' set with a punctuation mark before a match: silent after that mark only",
        arguments: [
            ("Which kind of tea do you drink?", true),
            ("I asked which kind of tea she drinks.", true),
            ("He sang loudly, which kind of annoyed us.", false),
        ])
    func markNotBefore(text: String, fires: Bool) throws {
        let found = try flagged("~, [which] kind of", in: text)
        #expect(found.isEmpty == !fires, "\(text): \(found)")
    }

    @Test(
        "'~word' after a match: silent before that word, still firing at the end of a text",
        arguments: [
            ("I like the colour blue", true),
            ("I like the colour blue.", true),
            ("I like the colour blue cars.", false),
        ])
    func wordNotAfter(text: String, fires: Bool) throws {
        let found = try flagged("the [colour] blue ~cars", in: text)
        #expect(found.isEmpty == !fires, "\(text): \(found)")
    }

    @Test(
        "'<' : the match starts the text or follows a clause's punctuation",
        arguments: [
            ("First at all, we met.", true),
            ("We met. First at all, it rained.", true),
            ("Well, first at all I was late.", true),
            ("I didn't come first at all.", false),
        ])
    func startsAClause(text: String, fires: Bool) throws {
        let found = try flagged("< first [at] all", in: text)
        #expect(found.isEmpty == !fires, "\(text): \(found)")
    }

    @Test(
        "'#' in a word set: a number or one of the words",
        arguments: [
            ("We waited during 3 hours.", true),
            ("We waited during three hours.", true),
            ("We waited during the hours.", false),
        ])
    func numberInASet(text: String, fires: Bool) throws {
        let found = try flagged("[during] #|two|three hours", in: text)
        #expect(found.isEmpty == !fires, "\(text): \(found)")
    }
}
