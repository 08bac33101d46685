// How spelling suggestions are chosen: only when one candidate is clearly the intended word.

import Testing
import TutorCore

@testable import TutorRules

@Suite("Spelling")
struct SpellingTests {
    private let analyser = Shipped.analyser(only: "spelling.dictionary")

    @Test("a misspelling with one clearly most common candidate is corrected")
    func clearCandidate() {
        let text = "The weather was beatiful on saturday."
        #expect(analyser.findings(in: text).corrected(text) == "The weather was beautiful on saturday.")
    }

    @Test("no suggestion when two candidates are about as likely")
    func unclearCandidate() {
        // "goot": "good" is commoner, but "got" is the likelier slip (a doubled letter), and
        // "not good at" and "not got at" are both common enough pairs not to settle it.
        #expect(analyser.findings(in: "He is not goot at math.").isEmpty)
    }

    @Test(
        "the neighbours choose between candidates that are about as common",
        arguments: [
            ("She lives in a forigen country.", "She lives in a foreign country."),
            ("I have everyting I need.", "I have everything I need."),
            ("He came back lst week.", "He came back last week."),
            ("It was my own falt.", "It was my own fault."),
            ("I have beed there.", "I have been there."),
        ])
    func neighboursDecide(text: String, corrected: String) {
        #expect(analyser.findings(in: text).corrected(text) == corrected)
    }

    @Test("two words run together compete with the single words on the same scale")
    func splits() {
        // "some were" is a listed pair, but the neighbours do not clearly want it over the word
        // one letter away ("somewhere"): no split; the learner's "alot" still is "a lot".
        let text = "I saw it somewere before."
        #expect(analyser.findings(in: text).corrected(text) != "I saw it some were before.")
        #expect(
            analyser.findings(in: "I never belived him.").corrected("I never belived him.") == "I never believed him.")
        #expect(analyser.findings(in: "I like it alot.").corrected("I like it alot.") == "I like it a lot.")
    }

    @Test("a capitalised word at a sentence's start that begins a name, or stands alone, is left alone")
    func namesAtSentenceStart() {
        for text in ["Damiano Rossi wrote to us.", "Damiano", "H. Damiano came too."] {
            #expect(analyser.findings(in: text).isEmpty, "flagged: \(text)")
        }
        let text = "Unfortunatly, it rained all day."
        #expect(analyser.findings(in: text).corrected(text) == "Unfortunately, it rained all day.")
    }

    @Test("when the neighbours prefer another word than frequency alone would, no suggestion")
    func neighboursDisagree() {
        // "cannto": "cannot" is far more common, but the corpus of the word-pair table splits
        // it ("can not"), so the pairs favour "canto"; a guess either way would be unsafe.
        #expect(analyser.findings(in: "I cannto swim.").isEmpty)
    }

    @Test("British and American spellings are both right; names and chat words are left alone")
    func bothVarieties() {
        for text in ["My favourite colour is grey.", "My favorite color is gray.", "Jiwoo and Seoyeon said lol."] {
            #expect(analyser.findings(in: text).isEmpty, "flagged: \(text)")
        }
    }

    @Test("the frequency table ranks everyday words above rare ones")
    func usage() {
        let lexicon = Shipped.resources.lexicon
        #expect(lexicon.usage(of: "minutes") > lexicon.usage(of: "minuets") + SpellingMatcher.clearLead)
        #expect(lexicon.usage(of: "the") > 700)
        #expect(lexicon.usage(of: "recieve") == 0)
    }

    @Test(
        "the likeliest slip wins: a doubled letter typed once beats a changed letter",
        arguments: [
            ("realy", "really", 200), ("realy", "real", 260), ("midle", "middle", 200), ("runn", "run", 200),
            ("recieve", "receive", 230), ("definately", "definitely", 230), ("realy", "ready", 400),
            ("forigen", "foreign", 460), ("forigen", "forget", 630), ("writen", "written", 200),
        ])
    func slipCost(typed: String, meant: String, cost: Int) {
        #expect(SpellingErrorModel.cost(typed: typed, meant: meant) == cost)
    }

    @Test(
        "the error model knows learners' slips: silent letters, sounds alike, near keys, like syllables",
        arguments: [
            // The h of "ch" left out costs less than a changed consonant.
            ("wich", "which", 240), ("wich", "with", 400), ("tecnology", "technology", 240),
            // r for l (one Korean sound); t for s before "-ion".
            ("prease", "please", 240), ("permition", "permission", 440),
            // A key next to the one meant; one of two like syllables left out.
            ("tjink", "think", 260), ("repetion", "repetition", 230),
        ])
    func learnerSlips(typed: String, meant: String, cost: Int) {
        #expect(SpellingErrorModel.cost(typed: typed, meant: meant) == cost)
    }

    @Test(
        "the y before an ending: 'ie' for a final y, or 'y' for the 'ie' of -ies and -ied, is one slip",
        arguments: [
            ("bodie", "body", 230), ("bodie", "bodies", 260), ("partys", "parties", 230), ("carryed", "carried", 230),
        ])
    func yBeforeEnding(typed: String, meant: String, cost: Int) {
        #expect(SpellingErrorModel.cost(typed: typed, meant: meant) == cost)
    }

    @Test(
        "a final y written 'ee', as it sounds, and an opening h or the w of 'wh' left out, are learners' slips",
        arguments: [
            ("hungree", "hungry", 230), ("angree", "angry", 230), ("earing", "hearing", 240), ("hole", "whole", 240),
        ])
    func soundedSpellings(typed: String, meant: String, cost: Int) {
        #expect(SpellingErrorModel.cost(typed: typed, meant: meant) == cost)
    }

    @Test(
        "after a word of degree the reading that is an adjective or an adverb is preferred",
        arguments: [
            ("My brother was very angree with me.", "My brother was very angry with me."),
            ("The children were so hungree after school.", "The children were so hungry after school."),
            ("I was very surprize to see him.", "I was very surprised to see him."),
            (
                "They are looking forward to earing from the school.",
                "They are looking forward to hearing from the school."
            ),
        ])
    func degreeWordSlot(text: String, corrected: String) {
        #expect(analyser.findings(in: text).corrected(text) == corrected)
    }

    @Test("a noun is no reading after a word of degree, nor is the slot one after 'the very' or a clause's 'so'")
    func degreeWordSlotLimits() {
        // "too crowdy": not "too crowd".
        let text = "The room was too crowdy for us."
        #expect(analyser.findings(in: text).corrected(text) != "The room was too crowd for us.")
        let lexicon = Shipped.resources.lexicon
        #expect(SpellingMatcher.canFollowDegreeWord("angry", lexicon: lexicon))
        #expect(SpellingMatcher.canFollowDegreeWord("surprised", lexicon: lexicon))
        #expect(SpellingMatcher.canFollowDegreeWord("often", lexicon: lexicon))
        #expect(!SpellingMatcher.canFollowDegreeWord("agree", lexicon: lexicon))
        #expect(!SpellingMatcher.canFollowDegreeWord("crowd", lexicon: lexicon))
        let atStart = "It was the very begining of the show."
        #expect(analyser.findings(in: atStart).corrected(atStart) == "It was the very beginning of the show.")
        let clause = "It rained, so peple stayed home."
        #expect(analyser.findings(in: clause).corrected(clause) == "It rained, so people stayed home.")
    }

    @Test(
        "a first letter put right: a vowel for another, a sound-alike consonant, a silent letter left out",
        arguments: [
            ("It is very emportant to me.", "It is very important to me."),
            ("She gave me good edvice about my job.", "She gave me good advice about my job."),
        ])
    func firstLetter(text: String, corrected: String) {
        #expect(analyser.findings(in: text).corrected(text) == corrected)
    }

    @Test("a word typed with the negative prefix un- is never read as a word without one")
    func negation() {
        #expect(SpellingMatcher.keepsNegation(typed: "unpossible", meant: "impossible"))
        #expect(!SpellingMatcher.keepsNegation(typed: "unejoyable", meant: "enjoyable"))
        #expect(SpellingMatcher.keepsNegation(typed: "ungry", meant: "angry"))
        #expect(!SpellingMatcher.keepsNegation(typed: "unuseful", meant: "useful"))
        #expect(SpellingMatcher.keepsNegation(typed: "umbrela", meant: "umbrella"))
        #expect(SpellingMatcher.keepsNegation(typed: "uncomfortble", meant: "uncomfortable"))
        #expect(
            analyser.findings(in: "This app is unuseful for me.").corrected("This app is unuseful for me.")
                != "This app is useful for me.")
    }

    @Test("a word ending in a word-forming part is not split into two words")
    func wordFormingParts() {
        for text in ["I am very thankfull to you.", "I was so gladfull to see her."] {
            let corrected = analyser.findings(in: text).corrected(text)
            #expect(!corrected.contains(" full "), "split: \(corrected)")
        }
    }

    @Test("keys that touch on a QWERTY keyboard")
    func neighbouringKeys() {
        let key = { (letter: Character) in letter.asciiValue ?? 0 }
        #expect(SpellingErrorModel.areNeighbouringKeys(key("h"), key("j")))
        #expect(SpellingErrorModel.areNeighbouringKeys(key("a"), key("q")))
        #expect(SpellingErrorModel.areNeighbouringKeys(key("a"), key("z")))
        #expect(!SpellingErrorModel.areNeighbouringKeys(key("a"), key("e")))
        #expect(!SpellingErrorModel.areNeighbouringKeys(key("c"), key("t")))
    }

    @Test("American and British spellings of one word are one reading, not rivals")
    func variants() {
        #expect(SpellingMatcher.areVariants("favorite", "favourite"))
        #expect(SpellingMatcher.areVariants("theater", "theatre"))
        #expect(SpellingMatcher.areVariants("organize", "organise"))
        #expect(!SpellingMatcher.areVariants("writing", "written"))
    }

    @Test("a reading that drops or adds the ending typed pays for it")
    func endings() {
        #expect(SpellingMatcher.endsAlike("enjoied", "enjoyed"))
        #expect(!SpellingMatcher.endsAlike("enjoied", "enjoy"))
        #expect(!SpellingMatcher.endsAlike("bookks", "book"))
        #expect(SpellingMatcher.endsAlike("imagin", "imagine"))
        #expect(SpellingMatcher.endsAlike("storie", "story"))
        // The last letter left out: the word ends as typed, one letter short.
        #expect(SpellingMatcher.endsAlike("instinc", "instinct"))
        #expect(!SpellingMatcher.endsAlike("student", "students"))
        // The last two letters swapped: a typing slip, the ending's letters kept.
        #expect(SpellingMatcher.endsAlike("studenst", "students"))
        #expect(SpellingMatcher.endsAlike("thougth", "thought"))
    }

    @Test("a slip a learner makes costs less than an unrelated letter")
    func learnerSlips() {
        // A doubled letter typed once beats a letter changed for one of no kind.
        #expect(
            SpellingErrorModel.cost(typed: "hotest", meant: "hottest") + 100
                <= SpellingErrorModel.cost(typed: "hotest", meant: "honest"))
        // The silent h of "wh" left out beats a letter changed.
        #expect(
            SpellingErrorModel.cost(typed: "wich", meant: "which") + 100
                <= SpellingErrorModel.cost(typed: "wich", meant: "with"))
    }

    @Test("of two spellings of one word, the one nearer what was typed is suggested")
    func nearerVariant() {
        let text = "Our school has a new programe for exchange students."
        #expect(analyser.findings(in: text).corrected(text) == "Our school has a new programme for exchange students.")
    }

    @Test("a near call between two words is left alone")
    func nearCall() {
        // "concert" or "cancer": a wrong suggestion would teach a wrong word.
        #expect(analyser.findings(in: "We stayed after the concer to meet the band.").isEmpty)
    }

    @Test("the word-pair table knows common pairs and ranks a word by its neighbours")
    func ngrams() {
        let ngrams = Shipped.resources.lexicon.ngrams
        #expect(ngrams.count("the") ?? 0 > 1_000)
        #expect(ngrams.count("due", "to") != nil)
        #expect(ngrams.count("due", "zebra") == nil)
        let usage = { (word: String) in Shipped.resources.lexicon.usage(of: word) + SpellingMatcher.zipfToCount }
        #expect(
            ngrams.fit(of: "due", between: "late", and: "to", wordCount: usage("due"))
                > ngrams.fit(of: "dot", between: "late", and: "to", wordCount: usage("dot")) + SpellingMatcher.clearLead
        )
    }

    @Test("a word in capitals is checked in a line written in capitals, not alone or beside a name")
    func wordsInCapitals() {
        let text = "THANK YOU FOR THE WONDERFULL PARTY"
        #expect(analyser.findings(in: text).corrected(text) == "THANK YOU FOR THE WONDERFUL PARTY")
        for text in ["I took the TOEFL test.", "My friends KANG MIN HO and I went home.", "WE MET JIWOO KANG TODAY"] {
            #expect(analyser.findings(in: text).isEmpty, "flagged: \(text)")
        }
    }

    @Test("a dictionary word that everyday English never uses is read as a slip for a common one")
    func rareDictionaryWord() {
        let text = "I am so mutch happier now."
        #expect(analyser.findings(in: text).corrected(text) == "I am so much happier now.")
    }

    @Test("a capitalised word one slip from one common name gets that name; other names are left alone")
    func misspeltNames() {
        let text = "My birthday is in Desember."
        #expect(analyser.findings(in: text).corrected(text) == "My birthday is in December.")
        for text in ["Dear Carolin, thank you.", "I met Jiwoo in Gangnam.", "Sofia Jordana came too."] {
            #expect(analyser.findings(in: text).isEmpty, "flagged: \(text)")
        }
        let lexicon = Shipped.resources.lexicon
        #expect(SpellingMatcher.namesOneEditAway(Array("decenber".utf8), in: lexicon) == ["december"])
        #expect(SpellingMatcher.namesOneEditAway(Array("wedensday".utf8), in: lexicon) == ["wednesday"])
        #expect(SpellingMatcher.namesOneEditAway(Array("tecember".utf8), in: lexicon).isEmpty)
    }

    @Test("a message template's placeholders are filled, other braces kept")
    func templateFill() {
        #expect(
            BuiltinAnalyser.fill("'{original}' → '{correction}' ({x})", original: "goed", correction: "went")
                == "'goed' → 'went' ({x})")
        #expect(BuiltinAnalyser.fill("no placeholders", original: "a", correction: "b") == "no placeholders")
        #expect(BuiltinAnalyser.fill("{correction}{correction}{", original: "a", correction: "b") == "bb{")
    }
}
