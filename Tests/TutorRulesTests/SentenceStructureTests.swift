// Noun phrases and subjects found from the tags: what the agreement rules stand on.

import Testing

@testable import TutorRules

@Suite("Noun phrases and subjects")
struct SentenceStructureTests {
    func context(_ text: String) -> AnalysisContext {
        let resources = Shipped.resources
        return AnalysisContext(text: text, lexicon: resources.lexicon, tagger: resources.tagger)
    }

    /// The words of the phrase each token heads, "-" for tokens that head none.
    func phrases(_ text: String) -> [String] {
        let context = context(text)
        return context.tokens.compactMap { token in
            context.nounPhrase(headedBy: token.index).flatMap { phrase in
                context.token(at: phrase.start).map { context.text(from: $0, to: token) }
            }
        }
    }

    @Test("a run of determiners, adjectives and nouns is one phrase headed by its last noun")
    func chunks() {
        #expect(
            phrases("The old buildings in our town need new windows.") == [
                "The old buildings", "our town", "new windows",
            ])
        #expect(phrases("She gave the book the teacher wanted to me.") == ["She", "the book", "the teacher", "me"])
    }

    @Test(
        "chunking by tags alone",
        arguments: [
            (["DT", "JJ", "NNS", "VBP"], [nil, nil, NounPhrase(start: 0, head: 2), nil]),
            (
                ["PRP", "VBD", "DT", "NN", "DT", "NN"],
                [
                    NounPhrase(start: 0, head: 0), nil, nil, NounPhrase(start: 2, head: 3), nil,
                    NounPhrase(start: 4, head: 5),
                ]
            ),
            (["DT", "JJ", "VBZ"], [nil, nil, nil]),
        ])
    func chunksTags(tags: [String], expected: [NounPhrase?]) {
        #expect(SentenceStructure.chunk(tags) == expected)
    }

    @Test(
        "a verb's subject is the phrase before it, followed back through 'of' and 'in' to the noun it describes",
        arguments: [
            ("The price of the tickets are high.", "are", "price"),
            ("The students in my class is friendly.", "is", "students"),
            ("My mother often helps me.", "helps", "mother"),
            ("I know the man with the dogs.", "know", "I"),
        ])
    func subject(text: String, verb: String, head: String) throws {
        let context = context(text)
        let verbIndex = try #require(context.positions(of: verb).first)
        let subject = try #require(context.subject(ofVerbAt: verbIndex))
        #expect(context.token(at: subject.head)?.text == head)
    }

    @Test(
        "no subject where the phrase does not start its clause",
        arguments: [
            ("One of my friends is a nurse.", "is"),
            ("My brother and my sister are students.", "are"),
            ("Playing video games is fun.", "is"),
            ("The books that I read are long.", "are"),
        ])
    func noSubject(text: String, verb: String) throws {
        let context = context(text)
        let verbIndex = try #require(context.positions(of: verb).first)
        #expect(context.subject(ofVerbAt: verbIndex) == nil)
    }

    @Test("a certain tag is known before tagging, and is the tag tagging then gives")
    func certainTags() throws {
        let texts = [
            "The students in my class is very kind, and they helps me.",
            "I don't know if it's well-known 한국 food 😀, but the price of the tickets are 10 dollars!",
            "My brother and I are students at the same school.",
        ]
        var known = 0
        for text in texts {
            let context = context(text)
            let certain = context.tokens.map { context.certainTag(at: $0.index) }
            known += certain.compactMap { $0 }.count
            for token in context.tokens {
                if let tag = certain[token.index] { #expect(context.tag(at: token.index) == tag, "\(token.text)") }
            }
        }
        // "The", "in", ",", "and", "I", "a", ... are the dictionary's.
        #expect(known >= 10)
        let context = context("the and , run")
        #expect(context.certainTag(at: 0) == "DT")
        #expect(context.certainTag(at: 1) == "CC")
        #expect(context.certainTag(at: 3) == nil)
        #expect(context.certainTag(at: 4) == nil)
    }
}
