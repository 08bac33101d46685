// Spelling: a suggestion only when one candidate is clearly the intended word.

import Synchronization
import TutorCore

/// Flags a word no dictionary knows (American or British) and suggests a correction only
/// when one candidate is clearly the intended word. Each word within two edits, and each way
/// of reading the word as two words run together, is weighed as a noisy channel would: how
/// likely it is between its neighbours (the word-pair counts) times how likely the slips that
/// turn it into what was typed (SpellingErrorModel). The best must lead the next by a clear
/// margin and be common in everyday English; otherwise the word is left alone, since a wrong
/// correction teaches a wrong word. Words with a capital (names, places, brands), names at a
/// sentence's start, known chat words and Korean place names are left alone.
struct SpellingMatcher: Matcher {
    let lists: WordLists
    /// What each unknown word could be: learners repeat their misspellings.
    private let candidateCache = CandidateCache()
    /// The common name each unknown word is a slip for, if one (`misspeltNames`).
    let nameMemo = WordMemo<String?>()

    init(lists: WordLists) {
        self.lists = lists
    }

    /// Whether two words end alike: in the same letter (a silent "e" aside, or a letter for
    /// one that sounds alike; any, when fewer than four letters were typed), and both or neither with an ending of inflection ("-s", "-ed",
    /// "-ing") or of an adverb ("-ly"). Learners misspell a word's middle far more often than
    /// its end, and seldom drop or add an ending they meant ("secrects" is "secrets", not
    /// "secret"; "fourty" is "forty", not "fourth").
    static func endsAlike(_ typed: String, _ meant: String) -> Bool {
        func last(_ word: String) -> UInt8 {
            let bytes = word.utf8
            if bytes.last == UInt8(ascii: "e"), bytes.count > 3 { return bytes.dropLast().last ?? 0 }
            return bytes.last ?? 0
        }
        // In a short word the last letter slips as often as any other.
        let (a, b) = (last(typed), last(meant))
        // The last two letters swapped ("studenst" for "students", "thougth" for "thought"):
        // a typing slip that keeps the ending's letters.
        if Self.swapsLastTwo(typed, meant) { return true }
        // The last letter left out ("instinc" for "instinct", "concer" for "concert").
        if meant.utf8.count == typed.utf8.count + 1, meant.hasPrefix(typed),
            Self.endings.allSatisfy({ typed.hasSuffix($0) == meant.hasSuffix($0) })
        {
            return true
        }
        // "activitie" ends as "activity" does: the y of the end written "ie"; so does "angree" as
        // "angry": the sound of a final y written "ee".
        let yAsI =
            (a == UInt8(ascii: "i") && b == UInt8(ascii: "y")) || (a == UInt8(ascii: "y") && b == UInt8(ascii: "i"))
            || (a == UInt8(ascii: "e") && b == UInt8(ascii: "y") && typed.hasSuffix("ee"))
        guard a == b || yAsI || SpellingErrorModel.soundsAlike(a, b) || typed.utf8.count < 4 else { return false }
        return Self.endings.allSatisfy { typed.hasSuffix($0) == meant.hasSuffix($0) }
    }

    private static let endings = ["s", "ed", "ing", "ly"]

    /// Whether `typed` is `meant` with its last two (different) letters swapped.
    static func swapsLastTwo(_ typed: String, _ meant: String) -> Bool {
        let (a, b) = (Array(typed.utf8), Array(meant.utf8))
        guard a.count == b.count, a.count >= 3, a[a.count - 1] != a[a.count - 2] else { return false }
        return a.dropLast(2) == b.dropLast(2) && a[a.count - 1] == b[b.count - 2] && a[a.count - 2] == b[b.count - 1]
    }

    /// Zipf × 100 a suggestion needs: about once per million words. Rarer words are seldom
    /// what a learner meant ("minuets" for "minuits").
    static let commonUsage = 300
    /// Zipf × 100 a long suggestion (seven letters or more) needs: about once in four million
    /// words. Long words have few neighbours, so a rarer one is still what was meant
    /// ("lukiest" → "luckiest", "recollet" → "recollect").
    static let commonLongUsage = 240
    /// How much more common (Zipf × 100) a word must be than another to be clearly the more
    /// common: 10 times.
    static let clearLead = 100
    /// How much likelier (log10 × 100) the best reading must be than the next to be
    /// suggested: 10 times. A wrong suggestion teaches a wrong word, so a near call is left
    /// alone ("after the concer": "concert" or "cancer").
    static let clearChoice = 100
    /// How much the neighbours count (percent) beside how common a word is alone: the
    /// word-pair table's estimates are rough (a pair it does not list is guessed), so they
    /// decide a little less than a language model one could trust would.
    static let contextWeight = 80
    /// The cost (log10 × 100) of a reading that is neither an adjective nor an adverb right
    /// after a word of degree (`followsDegreeWord`): "very" wants "angry", not "agree". Less
    /// than a certainty, as the lexicon's adjectives are not every adjective.
    static let notAfterDegreeWord = 300
    /// The cost (log10 × 100) of a reading that ends otherwise than what was typed
    /// (SpellingMatcher.endsAlike).
    static let endingChanged = 150
    /// The cost (log10 × 100) of two words written as one ("alot", "infront"): rarer than a
    /// slip of one letter, so "belived" is "believed", not "be lived"; the neighbours must
    /// clearly want the two words.
    static let joinedWords = 300
    /// The longest word looked up: English words are far shorter (the trie's longest has 22
    /// letters), and the search for joined words costs the square of the length, so one
    /// 4,000-letter "word" took seconds.
    static let longestWordSearched = 30
    /// The shortest word searched two edits deep: shorter words have too many words two
    /// edits away for any to be clearly meant.
    static let shortestTwoEditWord = 5

    func matches(in context: AnalysisContext) -> [Match] {
        // Whether the utterance is written in capitals, asked at most once.
        var shouting: Bool?
        func isShouted(_ token: Token) -> Bool {
            guard token.text.utf8.count >= Self.shortestShoutedWord, token.isAllCaps,
                !Self.isBesideUnknownCapitals(token, in: context)
            else { return false }
            if let shouting { return shouting }
            let answer = Self.isWrittenInCapitals(context)
            shouting = answer
            return answer
        }
        let names = misspeltNames(in: context)
        // Rare words only: a word the frequency table holds is spelt right.
        let words = context.rareWords.compactMap { token -> Match? in
            let word = token.lower
            guard names[token.index] == nil, word.utf8.count >= 3, word.utf8.count <= Self.longestWordSearched,
                word.isLowercaseASCIIWord,
                !Self.isDrawnOut(word),
                token.text == word || startsSentenceCapitalized(token, in: context) || isShouted(token),
                !context.lexicon.knows(word),
                context.lexicon.properNounUsage(of: word) < ProperNounMatcher.commonName,
                // A name written in capitals ("GREENWICH", "DENNY") is a name, however rare.
                !(token.isAllCaps && context.lexicon.properNounUsage(of: word) > 0)
            else { return nil }
            // What the word could be is the same wherever it stands; which of those it is
            // depends on its neighbours.
            let candidates = candidateCache.value(for: word) {
                guard !lists["spelling-ignore"].contains(word), !lists["korean-place-names"].contains(word),
                    !isChatWordTypedLong(word)
                else { return nil }
                let found =
                    context.lexicon.isSpeltRight(word)
                    ? rivalsOfRareWord(word, lexicon: context.lexicon)
                    : Candidates(
                        words: scoredCandidates(for: word, lexicon: context.lexicon),
                        splits: splits(of: word, lexicon: context.lexicon))
                return found?.counted(typed: word, ngrams: context.lexicon.ngrams)
            }
            guard let candidates else { return nil }
            let previous = neighbour(of: token, step: -1, in: context)
            let next = neighbour(of: token, step: 1, in: context)
            guard
                let (best, distance) = choose(
                    word, among: candidates, between: previous, and: next,
                    wantsAdjective: Self.followsDegreeWord(token, in: context), lexicon: context.lexicon),
                best != word, !isAddressedName(token, best: best, in: context)
            else { return nil }
            if token.text != word, context.lexicon.isSpeltRight(token.text) { return nil }
            let suggestion =
                token.text == word
                ? best : token.isAllCaps && token.text.utf8.count > 1 ? best.uppercased() : best.capitalizedFirst
            return Match(span: token.span, suggestions: [suggestion], confidenceFactor: distance == 1 ? 1 : 0.85)
        }
        return (words + names.values).sorted { $0.span < $1.span }
    }

    /// The shortest word in capitals that is spell-checked: shorter ones are mostly
    /// abbreviations ("BBC", "KTX", "ASAP" aside, which are words of their own).
    static let shortestShoutedWord = 4
    /// How many known words in capitals an utterance needs for its words in capitals to be
    /// read as words written loud (a title, a shouted line) rather than abbreviations or names:
    /// a line of names in capitals ("KIM MIN HO") holds one or two known words by chance.
    static let shoutedCompanions = 3

    /// Whether the utterance is written in capitals, with several words the frequency table
    /// knows ("THE BEST DAY OF MY LIFE"): then a word in capitals is an ordinary word and is
    /// spell-checked like one ("BELIVE"). A lone word in capitals is more often an
    /// abbreviation or a name ("UNICEF", "TOEFL").
    static func isWrittenInCapitals(_ context: AnalysisContext) -> Bool {
        var count = 0
        for token in context.tokens where token.isWord && token.text != "I" && token.isAllCaps {
            guard context.lexicon.zipf.value(forKey: token.lowerHash) ?? 0 > 0 else { continue }
            count += 1
            if count >= shoutedCompanions { return true }
        }
        return false
    }

    /// Whether a word in capitals stands beside another the frequency table does not know:
    /// names come in runs ("JAMES CAMIREZ", "HYUN PHAT"), misspellings seldom.
    private static func isBesideUnknownCapitals(_ token: Token, in context: AnalysisContext) -> Bool {
        [token.index - 1, token.index + 1].contains { index in
            guard let other = context.token(at: index), other.isWord, other.isAllCaps else { return false }
            return context.lexicon.zipf.value(forKey: other.lowerHash) ?? 0 == 0
        }
    }

    /// Zipf × 100 a word needs to be read for a dictionary word that everyday English never
    /// uses, one slip away: about thirty times per million words ("computor" for "computer",
    /// "mutch" for "much").
    static let rareWordRival = 450
    /// Zipf × 100 a dictionary word that the frequency table lacks is taken to have when it
    /// competes with the words it could be a slip for: about once in thirty million words.
    static let rareWordUsage = 150

    /// What a word that a dictionary accepts but the frequency table lacks could be: the word
    /// itself, as it is spelt right, against the much commoner words one likely slip away
    /// (no split: "someday" is one word). The word itself wins unless the slip is cheap and
    /// the neighbours want the common word; then the rare word was most likely a slip.
    private func rivalsOfRareWord(_ word: String, lexicon: Lexicon) -> Candidates? {
        guard word.utf8.count >= 4 else { return nil }
        // Only words one slip away compete, so the search stops at one edit (two edits deep,
        // it visited many times the nodes, for every such word a text holds).
        let rivals = scoredCandidates(for: word, lexicon: lexicon, maximumDistance: 1).filter {
            $0.distance == 1 && $0.usage >= Self.rareWordRival
                && $0.slip < SpellingErrorModel.slip + SpellingErrorModel.other && !Self.areVariants($0.word, word)
        }
        guard !rivals.isEmpty else { return nil }
        let itself = Candidate(word: word, distance: 0, usage: Self.rareWordUsage, slip: 0)
        return Candidates(words: [itself] + rivals, splits: [])
    }

    /// A word typed long for emphasis, with one letter three times or more in a row ("soooo",
    /// "yesss", "pleeease"): no English word is spelt so, and the nearest word is seldom what was
    /// meant ("soooo good" is not "soon good"), so it is chat style, not a misspelling.
    static func isDrawnOut(_ word: String) -> Bool {
        var previous: UInt8 = 0
        var run = 0
        for byte in word.utf8 {
            run = byte == previous ? run + 1 : 1
            if run >= 3 { return true }
            previous = byte
        }
        return false
    }

    /// A chat word or interjection of `wordlists/spelling-ignore.txt` with its last letter
    /// typed twice ("heyy", "hii", "ughh", "aww"): chat style, like `isDrawnOut`, not a slip
    /// to teach.
    private func isChatWordTypedLong(_ word: String) -> Bool {
        let bytes = word.utf8
        guard bytes.count >= 3, let last = bytes.last, bytes.dropLast().last == last else { return false }
        return lists["spelling-ignore"].contains(String(word.dropLast()))
    }

    /// The word before (`step` -1) or after (+1) a token, in lower case; nil at the edge of
    /// a sentence or clause.
    private func neighbour(of token: Token, step: Int, in context: AnalysisContext) -> String? {
        guard let other = context.token(at: token.index + step), other.isWord else { return nil }
        return other.lower
    }

    /// A word capitalised only because it starts a sentence ("Unfortunatly, ..."), long
    /// enough not to be a short name that happens to be near a word ("Minsu", "minus").
    /// Elsewhere, words with capitals ("Jiwoo", "iPad", "eBay") are names and brands; and so
    /// is a capitalised word at a sentence's start that begins a run of capitalised words (a
    /// name and surname, a title), stands alone (a signature), or follows an initial ("J.") or
    /// a title ("Mr.").
    private func startsSentenceCapitalized(_ token: Token, in context: AnalysisContext) -> Bool {
        guard token.startsSentence, token.text.utf8.count >= 6, token.text.dropFirst() == token.lower.dropFirst()
        else { return false }
        let next = context.token(at: token.index + 1)
        if let next, next.isWord, next.isCapitalized, next.text != "I" { return false }
        if next == nil || next?.endsSentence == true,
            token.index == 0 || context.token(at: token.index - 1)?.isWord == false
        {
            return false
        }
        if token.index >= 2, let point = context.token(at: token.index - 1), point.text == ".",
            let initial = context.token(at: token.index - 2),
            (initial.text.utf8.count == 1 && initial.isCapitalized) || Self.titles.contains(initial)
        {
            return false
        }
        return true
    }

    /// Titles before a name, whose full stop is no sentence's end ("Mr. Heyward").
    private static let titles: Set<String> = ["mr", "mrs", "ms", "dr", "prof", "st"]

    /// A word an unknown word could be: how far, how common, and how unusual the slip from it.
    struct Candidate: Sendable {
        var word: String
        var distance: Int
        var usage: Int
        var slip: Int
        /// log10 × 100 of how often it occurs (the n-gram table's count, or its usage for a
        /// word the table lacks), and whether it ends as the typed word does
        /// (`SpellingMatcher.endsAlike`): the same wherever the word stands, so worked out
        /// once, with the candidates (`Candidates.counted`), not for every occurrence.
        var count = 0
        var endsAsTyped = true
    }

    /// Two words an unknown word could be, run together ("alot" → "a lot").
    struct Split: Sendable {
        var first: String
        var second: String
    }

    /// What an unknown word could be: the nearest words, and two words run together.
    struct Candidates: Sendable {
        var words: [Candidate]
        var splits: [Split]

        /// The candidates with their counts and endings filled in (`Candidate.count`).
        func counted(typed: String, ngrams: NGramTable) -> Candidates {
            var counted = self
            for index in counted.words.indices {
                let (word, usage) = (counted.words[index].word, counted.words[index].usage)
                counted.words[index].count = ngrams.count(word) ?? usage + SpellingMatcher.zipfToCount
                counted.words[index].endsAsTyped = SpellingMatcher.endsAlike(typed, word)
            }
            return counted
        }
    }

    /// The words within `maximumDistance` edits (two, or one) of `word` that it could be a
    /// slip for, each with its usage and the cost of the slip.
    private func scoredCandidates(for word: String, lexicon: Lexicon, maximumDistance: Int = 2) -> [Candidate] {
        // Learners seldom get a word's first letter wrong, so a candidate that changes it
        // ("amature" → "mature") is not what they meant; swapping the first two is a typo.
        // So only the branches of the word's first letter, and of its second (a swap), are
        // searched. Words of five letters or more are searched two edits deep: the word meant
        // is often two slips away when a rarer word is one ("definatly": "defiantly" is one
        // swap away, "definitely" two vowels).
        let letters = Array(word.utf8.prefix(2))
        let deep = word.utf8.count >= Self.shortestTwoEditWord
        // Two letters unalike: in the second letter's branch only a word that swaps them passes,
        // so only the branch of the two swapped is searched.
        let swapped = deep && letters.count == 2 && letters[0] != letters[1] ? letters[0] : nil
        var found = lexicon.commonWords.words(
            near: word, maximumDistance: 1, firstLetters: deep ? Array(letters.suffix(1)) : letters,
            secondLetter: swapped
        ).filter {
            $0.word.first == word.first
                || ($0.word.count == word.count && $0.word.prefix(2) == String(word.prefix(2).reversed()))
        }
        if deep {
            found += lexicon.commonWords.words(
                near: word, maximumDistance: maximumDistance, firstLetters: Array(letters.prefix(1)))
        }
        var seen = Set<String>()
        let nearest = found.filter {
            seen.insert($0.word).inserted && Self.keepsNegation(typed: word, meant: $0.word)
        }.map {
            Candidate(
                word: $0.word, distance: $0.distance, usage: lexicon.usage(of: $0.word),
                slip: SpellingErrorModel.cost(typed: word, meant: $0.word))
        }
        // A first letter put right is itself one edit: the rest may differ by one edit fewer.
        let firstLetterFixes = firstLetterSlips(of: word, lexicon: lexicon, maximumDistance: maximumDistance - 1)
        let otherFirst = firstLetterFixes.filter { seen.insert($0.word).inserted }
            .compactMap { found -> Candidate? in
                let slip = SpellingErrorModel.cost(typed: word, meant: found.word)
                guard slip <= Self.likelyFirstLetterSlips, Self.keepsNegation(typed: word, meant: found.word) else {
                    return nil
                }
                return Candidate(
                    word: found.word, distance: found.distance, usage: lexicon.usage(of: found.word),
                    slip: slip + Self.firstLetterChanged)
            }
        return nearest + otherFirst
    }

    /// The most a reading with another first letter may cost (SpellingErrorModel): two slips
    /// of the likelier kinds ("ungry" → "angry", "caind" → "kind"), not a changed consonant
    /// beside ("aftering" is not "offering").
    static let likelyFirstLetterSlips = 2 * SpellingErrorModel.slip + 2 * SpellingErrorModel.soundAlike

    /// Whether a word typed with the negative prefix "un-" keeps a negative prefix in the word
    /// meant ("unpossible" → "impossible"), so that no correction turns a word into its opposite
    /// ("unejoyable" is never "enjoyable", "unuseful" never "useful").
    static func keepsNegation(typed: String, meant: String) -> Bool {
        // A prefix before a stem of five letters or more: "ungry" is no "un-" word.
        guard typed.hasPrefix("un") || typed.hasPrefix("um"), typed.utf8.count >= 7 else { return true }
        // The same opening kept ("umbrela", "umbrella"; "unfortunatly", "unfortunately").
        if meant.utf8.prefix(2).elementsEqual(typed.utf8.prefix(2)) { return true }
        return ["un", "in", "im", "il", "ir"].contains { meant.hasPrefix($0) }
    }

    /// The extra cost (log10 × 100) of a reading whose first letter is not the one typed:
    /// learners seldom get it wrong, and then only in the ways `firstLetterSlips` tries.
    static let firstLetterChanged = 60

    /// Consonants a learner may write for each other at a word's start (f/p, b/v, l/r:
    /// Korean has one sound or none for each pair; c/s, c/k: one sound, two spellings).
    private static let firstLetterRivals: [UInt8: [UInt8]] = {
        var rivals: [UInt8: [UInt8]] = [:]
        for pair in ["fp", "bv", "lr", "cs", "ck"] {
            let letters = Array(pair.utf8)
            rivals[letters[0], default: []].append(letters[1])
            rivals[letters[1], default: []].append(letters[0])
        }
        return rivals
    }()

    /// Words one slip from the typed word with its first letter put right: a vowel for
    /// another ("ungry" for "angry": English spells an opening vowel sound many ways), a
    /// consonant for one that sounds alike to a Korean learner ("cituation"), or a silent
    /// first letter left out ("onest", "rite", "nife": the h of "honest", the w of "write",
    /// the k of "knife"). Each is searched `maximumDistance` edits deep in the first letter's
    /// branch only.
    private func firstLetterSlips(of word: String, lexicon: Lexicon, maximumDistance: Int)
        -> [(word: String, distance: Int)]
    {
        var bytes = Array(word.utf8)
        guard bytes.count >= Self.shortestTwoEditWord, let first = bytes.first else { return [] }
        let vowels = Array("aeiou".utf8)
        var found: [(word: String, distance: Int)] = []
        func search(_ letters: [UInt8], extra: Int, keepingSecond: Bool = false) {
            guard let start = letters.first else { return }
            // A silent letter put first keeps the typed first letter second: only that branch.
            let near = lexicon.commonWords.words(
                near: String(decoding: letters, as: UTF8.self), maximumDistance: maximumDistance,
                firstLetters: [start], secondLetter: keepingSecond ? first : nil)
            found += near.filter { !keepingSecond || $0.word.utf8.dropFirst().first == first }.map {
                ($0.word, $0.distance + extra)
            }
        }
        let rivals = vowels.contains(first) ? vowels.filter { $0 != first } : Self.firstLetterRivals[first] ?? []
        for rival in rivals {
            bytes[0] = rival
            search(bytes, extra: 1)
        }
        bytes[0] = first
        for silent in Array("hwk".utf8) where silent != first {
            // The letter typed first stays second: "hours" is no reading of "cours".
            search([silent] + bytes, extra: 1, keepingSecond: true)
        }
        return found
    }

    /// One reading of the unknown word: its words, how likely between the neighbours and
    /// alone (log10 × 100, the slip's cost taken off both), and its edit distance.
    private struct Reading {
        var text: String
        var inContext: Int
        var alone: Int
        var distance: Int
        var usage: Int
    }

    private func choose(
        _ word: String, among candidates: Candidates, between previous: String?, and next: String?,
        wantsAdjective: Bool = false, lexicon: Lexicon
    ) -> (String, Int)? {
        // How likely each reading is, less how unusual the slip that would turn it into what
        // was typed (all as log10 × 100): by how well it fits between its neighbours, and by
        // how common it is. The neighbours decide when they clearly prefer one reading ("not
        // goot at" → "good"); otherwise one far more common than the others, if the
        // neighbours rank it first too.
        let ngrams = lexicon.ngrams
        // Rude words are never offered (wordlists/spelling-never-suggest.txt): "naus" is not "anus".
        let never = lists["spelling-never-suggest"]
        // The neighbours' counts are the same for every candidate: looked up once.
        let previousCount = previous.flatMap { ngrams.count($0) }
        let nextCount = next.flatMap { ngrams.count($0) }
        var readings = candidates.words.filter { !never.contains($0.word) }.map { candidate in
            let count = candidate.count
            let fit = ngrams.fit(
                of: candidate.word, count: count, after: previous, counted: previousCount, before: next,
                counted: nextCount)
            let ending = candidate.endsAsTyped ? 0 : Self.endingChanged
            // Where English wants an adjective or an adverb, another word is an unlikely reading.
            let slot =
                wantsAdjective && !Self.canFollowDegreeWord(candidate.word, lexicon: lexicon)
                ? Self.notAfterDegreeWord : 0
            let weighed =
                (Self.contextWeight * fit + (100 - Self.contextWeight) * (count - NGramTable.corpusSize)) / 100
            return Reading(
                text: candidate.word, inContext: weighed - candidate.slip - ending - slot,
                alone: count - candidate.slip - ending,
                distance: candidate.distance, usage: candidate.usage)
        }
        // Two words run together are read apart only as a pair English writes ("a lot", "in
        // fact", "each other"): a pair the table does not list ("any when", "out looking",
        // "got have") was one word misspelt or a made-up compound.
        for split in candidates.splits where ngrams.count(split.first, split.second) != nil {
            let firstCount = ngrams.count(split.first) ?? lexicon.usage(of: split.first) + Self.zipfToCount
            let secondCount = ngrams.count(split.second) ?? lexicon.usage(of: split.second) + Self.zipfToCount
            let pair = ngrams.logProbability(of: split.second, after: split.first, secondCount: secondCount)
            var fit = ngrams.logProbability(of: split.first, after: previous, secondCount: firstCount) + pair
            if let next, let nextCount {
                fit += ngrams.logProbability(of: next, after: split.second, secondCount: nextCount)
            }
            let joint = firstCount + pair - NGramTable.corpusSize
            let weighed = (Self.contextWeight * fit + (100 - Self.contextWeight) * joint) / 100
            readings.append(
                Reading(
                    text: split.first + " " + split.second, inContext: weighed - Self.joinedWords,
                    alone: firstCount + pair - Self.joinedWords, distance: 1,
                    usage: min(lexicon.usage(of: split.first), lexicon.usage(of: split.second))))
        }
        guard !readings.isEmpty else { return nil }
        let inContext = readings.sorted { $0.inContext > $1.inContext }
        let alone = readings.sorted { $0.alone > $1.alone }
        // The best's lead over the next reading that is not the same word in the other
        // country's spelling ("favourite", "favorite").
        func lead(_ sorted: [Reading], _ score: (Reading) -> Int) -> Int {
            guard let rival = sorted.dropFirst().first(where: { !Self.areVariants($0.text, sorted[0].text) }) else {
                return Int.max
            }
            return score(sorted[0]) - score(rival)
        }
        var choice: Reading
        if lead(inContext, \.inContext) >= Self.clearChoice {
            choice = inContext[0]
        } else if lead(alone, \.alone) >= Self.clearChoice, alone[0].text == inContext[0].text {
            choice = alone[0]
        } else {
            return nil
        }
        // Of the same word in American and British spelling, the one nearer what was typed:
        // the learner was aiming at it ("programe" → "programme", "realiced" → "realised").
        if choice.text.utf8.count >= Self.shortestVariant,
            let chosen = candidates.words.first(where: { $0.word == choice.text }),
            let variant = candidates.words.first(where: { Self.areVariants($0.word, choice.text) }),
            variant.slip < chosen.slip, let reading = readings.first(where: { $0.text == variant.word })
        {
            choice = reading
        }
        guard choice.usage >= (choice.text.utf8.count >= 7 ? Self.commonLongUsage : Self.commonUsage) else {
            return nil
        }
        // Two slips away, a word rarer than those learners typically use is more likely a word
        // the list lacks (Konglish, a name) than the one meant: no allowance for long words.
        if choice.distance >= 2, choice.usage < Self.commonUsage { return nil }
        return (choice.text, choice.distance)
    }

    /// Words of degree that stand before an adjective or an adverb and seldom before anything
    /// else ("very tired", "too late", "extremely well"). Not "really", "quite", "completely",
    /// "absolutely" or "rather", which also come before verbs ("I really like", "I completely
    /// agree", "I would rather go").
    private static let degreeWords: Set<String> = [
        "very", "too", "so", "extremely", "terribly", "incredibly", "awfully", "fairly",
    ]

    /// Determiners before which "very" makes an adjective of emphasis, with a noun after it
    /// ("the very end", "this very moment").
    private static let determinersBeforeVery: Set<String> = [
        "the", "this", "that", "these", "those", "his", "her", "my", "our", "their", "your", "its",
    ]

    /// Whether the token stands where English wants an adjective or an adverb: right after a
    /// word of degree ("I was very angree" is "angry", not "agree"). Not after "the very" ("the
    /// very begining"), nor after a "so" that starts a clause (", so peple came").
    static func followsDegreeWord(_ token: Token, in context: AnalysisContext) -> Bool {
        guard let previous = context.token(at: token.index - 1), previous.isWord,
            degreeWords.contains(previous.lower)
        else { return false }
        let before = context.token(at: token.index - 2)
        if let before, before.isWord, determinersBeforeVery.contains(before.lower) { return false }
        if previous.lower == "so", before?.isWord != true { return false }
        return true
    }

    /// Adverbs without "-ly" that follow a word of degree ("very much", "too often", "so well").
    private static let degreeAdverbs: Set<String> = [
        "much", "many", "few", "little", "well", "often", "far", "soon", "late", "early", "long", "fast", "hard",
        "badly", "near", "close", "high", "low",
    ]

    /// Whether a word can stand after a word of degree: an adjective (a participle, a
    /// comparative, one the lexicon lists) or an adverb.
    static func canFollowDegreeWord(_ word: String, lexicon: Lexicon) -> Bool {
        if lexicon.isAdjective(word) || lexicon.isComparative(word) || word.hasSuffix("ly")
            || degreeAdverbs.contains(word)
        {
            return true
        }
        return lexicon.verbReadings(of: word).contains { $0.kind == .pastParticiple || $0.kind == .presentParticiple }
    }

    /// The shortest word whose other country's spelling is preferred when nearer what was
    /// typed: short words the spelling rewrite pairs are no variants ("our", "or").
    static let shortestVariant = 5

    /// Zipf × 100 to log10 × 100 of a count in the n-gram table's corpus (5.4 × 10¹¹
    /// words: Zipf is per 10⁹).
    static let zipfToCount = NGramTable.corpusSize - 900

    /// The ways of reading a word as two common words run together ("alot" → "a lot",
    /// "infront" → "in front"): each part at least two letters, or "a".
    private func splits(of word: String, lexicon: Lexicon) -> [Split] {
        // The word is lowercase ASCII (`isLowercaseASCIIWord`): a letter is a byte, and the
        // parts are cut from its bytes, the lengths checked before any part is made.
        let letters = Array(word.utf8)
        return (1..<max(1, letters.count)).compactMap { cut -> Split? in
            guard cut >= 2 || letters[0] == UInt8(ascii: "a"), letters.count - cut >= 2 else { return nil }
            let first = String(decoding: letters[..<cut], as: UTF8.self)
            let second = String(decoding: letters[cut...], as: UTF8.self)
            guard !Self.wordFormingParts.contains(second), lexicon.usage(of: first) >= Self.commonSplitPart,
                lexicon.usage(of: second) >= Self.commonSplitPart
            else { return nil }
            return Split(first: first, second: second)
        }
    }

    /// Words English also uses to make words, as a suffix or the end of a compound
    /// ("-ful", "-able", "-man", "-body", "-self", "-less", "-ship", "-hood", "-ward"): a word
    /// typed with one at its end is a misspelt or made-up word of that kind, not two words
    /// ("thankfull", "enjoyable", "postman", "nobody", "himself").
    private static let wordFormingParts: Set<String> = [
        "full", "able", "man", "men", "body", "self", "selves", "less", "ship", "hood", "ward", "wards", "wise",
    ]

    /// Zipf × 100 each part of a split word needs: about sixty times per million words (the
    /// 1,500 or so commonest words).
    static let commonSplitPart = 480

    /// The same word in American and British spelling ("color", "colour"; "center", "centre";
    /// "organize", "organise"; "traveled", "travelled"; "program", "programme"; "defense",
    /// "defence"; "catalog", "catalogue").
    static func areVariants(_ first: String, _ second: String) -> Bool {
        guard first != second, abs(first.utf8.count - second.utf8.count) <= 3 else { return false }
        return keptAmericanForm(first) == keptAmericanForm(second)
    }

    /// Each word's American form, worked out once: the near readings of a misspelling are
    /// compared pair by pair at each of its places, and the rewrite costs thousands of
    /// instructions where the lookup costs about a hundred.
    private static let americanForms = WordMemo<[UInt8]>()

    private static func keptAmericanForm(_ word: String) -> [UInt8] {
        let hash = HashedWordTable.hash(word)
        if let known = americanForms.kept(word, hash: hash) { return known }
        return americanForms.keep(americanForm(word), for: word, hash: hash)
    }

    /// The British spellings written the American way ("colour" → "color", "centre" → "center"),
    /// on the word's bytes: every pair of near candidates is compared, and the generic
    /// `String.replacing` was a third of the speller's time.
    private static func americanForm(_ word: String) -> [UInt8] {
        var form = Array(word.utf8)
        for (british, american) in britishToAmerican { form = replacingAll(british, with: american, in: form) }
        if form.count > 3, form.last == UInt8(ascii: "e"), form[form.count - 2] == UInt8(ascii: "r") {
            form[form.count - 2] = UInt8(ascii: "e")
            form[form.count - 1] = UInt8(ascii: "r")
        } else if form.count > 4, form.suffix(3).elementsEqual("res".utf8) {
            form.replaceSubrange((form.count - 3)..., with: "ers".utf8)
        }
        return form
    }

    /// The spellings `americanForm` rewrites, in the order it rewrites them.
    private static let britishToAmerican: [([UInt8], [UInt8])] = [
        ("our", "or"), ("ise", "ize"), ("yse", "yze"), ("isa", "iza"), ("ence", "ense"), ("ll", "l"), ("mme", "m"),
        ("ogue", "og"),
    ].map { (Array($0.utf8), Array($1.utf8)) }

    /// `bytes` with every occurrence of `target`, left to right and not overlapping, replaced.
    private static func replacingAll(_ target: [UInt8], with replacement: [UInt8], in bytes: [UInt8]) -> [UInt8] {
        guard bytes.count >= target.count else { return bytes }
        var result: [UInt8] = []
        var index = 0
        var changed = false
        while index < bytes.count {
            if index + target.count <= bytes.count, bytes[index..<(index + target.count)].elementsEqual(target) {
                if !changed {
                    result.reserveCapacity(bytes.count)
                    result.append(contentsOf: bytes[..<index])
                    changed = true
                }
                result.append(contentsOf: replacement)
                index += target.count
            } else {
                if changed { result.append(bytes[index]) }
                index += 1
            }
        }
        return changed ? result : bytes
    }
}

/// Remembers what each word the spelling rule did not know could be, up to a bound.
private final class CandidateCache: Sendable {
    private static let capacity = 10_000
    private let entries = Mutex<[String: SpellingMatcher.Candidates?]>([:])

    func value(for word: String, computing: () -> SpellingMatcher.Candidates?) -> SpellingMatcher.Candidates? {
        if let known = entries.withLock({ $0[word] }) { return known }
        let value = computing()
        entries.withLock { entries in
            if entries.count >= Self.capacity { entries.removeAll(keepingCapacity: true) }
            entries[word] = value
        }
        return value
    }
}
