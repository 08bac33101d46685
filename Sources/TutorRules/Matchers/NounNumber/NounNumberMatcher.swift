// "two book" → "two books", "many stress" → "a lot of stress" (noun-number.after-quantity).

import TutorCore

/// "two book" → "two books", "many friend" → "many friends" (noun-number.after-quantity); with
/// `uncountableAfterMany`, only "many stress" → "a lot of stress", as a noun people do not count
/// has no plural to give (noun-number.many-uncountable: a lesson of its own, since what it
/// teaches is the other way round).
struct NounNumberMatcher: Matcher {
    let lists: WordLists
    /// Whether this matcher finds "many" before an uncountable noun, and nothing else.
    let uncountableAfterMany: Bool
    private let quantifiers: WordSet
    private let quantityNouns: WordSet
    private let functionWords: WordSet
    private let massNouns: WordSet
    private let servingNouns: WordSet

    init(lists: WordLists, uncountableAfterMany: Bool = false) {
        self.lists = lists
        self.uncountableAfterMany = uncountableAfterMany
        quantifiers = lists["plural-quantifiers"]
        quantityNouns = lists["quantity-nouns"]
        functionWords = lists["function-words"]
        massNouns = lists["mass-nouns"]
        servingNouns = lists["serving-nouns"]
    }

    /// "many" + an uncountable noun needs "many"; a plural after a number or a quantifier may
    /// come after any of them.
    var triggerWords: Set<String>? { uncountableAfterMany ? ["many"] : nil }

    func matches(in context: AnalysisContext) -> [Match] {
        let found = allMatches(in: context)
        return uncountableAfterMany ? found.uncountable : found.plural
    }

    /// The plurals a quantity asks for, and apart from them the "many" + uncountable nouns.
    private func allMatches(in context: AnalysisContext) -> (plural: [Match], uncountable: [Match]) {
        var matches: [Match] = []
        var uncountable: [Match] = []
        // By index: a token is copied (a retain and a release) only once it is a quantity.
        for index in context.tokens.indices where isPluralQuantity(context.tokens[index], in: context) {
            let quantity = context.tokens[index]
            // Only "many" goes before an uncountable noun: the other quantities' plurals are not asked for.
            if uncountableAfterMany, quantity.lower != "many" { continue }
            // "many of my friend" → "friends".
            if context.token(at: quantity.index + 1)?.lower == "of" {
                if let match = headAfterOf(quantity, in: context) { matches.append(match) }
                continue
            }
            guard let noun = context.token(at: quantity.index + 1), noun.isWord, !noun.isCapitalized,
                !functionWords.contains(noun)
            else { continue }
            // "many time" → "many times": occasions, counted.
            if noun.lower == "time" {
                if let match = times(noun, after: quantity, in: context) { matches.append(match) }
                continue
            }
            if countsNoPlural(of: noun, after: quantity, in: context) { continue }
            // "15 m": a unit.
            if noun.text.count < 3 { continue }
            // "both education and free time": "both ... and" joins two things.
            if quantity.lower == "both", context.token(at: noun.index + 1)?.lower == "and" { continue }
            // "so many kind of drinks" → "kinds of": a number or "many" counts the kinds.
            if let match = kindsOf(noun, after: quantity, in: context) {
                matches.append(match)
                continue
            }
            if quantityNouns.contains(noun) { continue }
            // "two bus stops", "three year old": the noun modifies what follows.
            if let next = context.token(at: noun.index + 1), next.isWord, !Self.timeAdverbs.contains(next),
                context.continuesCompound(next, lists: lists) || next.lower == "old"
                    || next.lower == "of" && quantity.lower == "these"
            {
                if next.lower == "old" {
                    if let match = ageInYears(noun, after: quantity, in: context) { matches.append(match) }
                } else if let match = pluralHead(after: quantity, from: noun, in: context) {
                    // "many baking video": the head is further on.
                    matches.append(match)
                }
                continue
            }
            if let next = context.token(at: noun.index + 1), next.text == "-" || next.text == "'s" { continue }
            // A noun people do not count has no plural: "many stress" → "a lot of stress".
            let isListedMass = massNouns.contains(noun) || context.lexicon.isUncountable(noun)
            if quantity.lower == "many", isListedMass || MassNoun.isMass(noun.lower, lexicon: context.lexicon) {
                if !isVerb(noun, in: context),
                    let match = MassNoun.aLotOf(replacing: quantity, through: noun, noun: noun.lower, in: context)
                {
                    uncountable.append(match)
                }
                continue
            }
            // After a number or "several", a listed one has no sure correction; one that is only
            // mostly uncountable by the word-pair table has a plural that is right often enough
            // ("those energies", "two coffees").
            if isListedMass { continue }
            // "there is many park": after "there is/are" and a quantity the word is the thing
            // that is there, a noun even when it is as often a verb ("park", "shop").
            let isExistential = Self.existentialBe(before: quantity, in: context)
            guard let plural = context.lexicon.countedPlural(of: noun.lower),
                isExistential || !context.lexicon.isVerbBase(noun)
                    || context.lexicon.nounUse(of: noun.lower) > 2 * (context.lexicon.verb(noun.lower)?.frequency ?? 0),
                // A plural nobody writes ("nows", "pms") means the word is no counted noun here.
                context.lexicon.usage(of: plural) > 0, isExistential || !isVerb(noun, in: context)
            else { continue }
            var match = context.replacement(of: noun, with: plural)
            // "two water" → "two waters" is right because an order counts servings; the lesson says so.
            if servingNouns.contains(noun) {
                match.message = Self.servingMessage(quantity: quantity.lower, noun: noun.lower, plural: plural)
            }
            matches.append(match)
        }
        return (matches, uncountable)
    }

    /// Whether the quantity asks no plural of this noun: "the 20 century" (an ordinal without its
    /// -th), "March 14 morning" (a date), "out of 36 size" (a size's number), "two standard PC"
    /// (the noun describes the abbreviation after it, which is what is counted).
    private func countsNoPlural(of noun: Token, after quantity: Token, in context: AnalysisContext) -> Bool {
        if quantity.kind == .number,
            noun.lower == "century" || noun.lower == "size"
                || Self.months.contains(context.token(at: quantity.index - 1)?.lower ?? "")
        {
            return true
        }
        guard let next = context.token(at: noun.index + 1) else { return false }
        return next.isWord && next.isAllCaps && next.text.count >= 2
    }

    /// Why a drink not counted in general takes a plural here: what is counted is servings
    /// ("two waters" = two glasses or bottles of water).
    static func servingMessage(quantity: String, noun: String, plural: String) -> LocalizedText {
        // The comparison is another drink's: "two coffees" does not explain "two coffees".
        let (other, otherKorean) =
            noun == "coffee"
            ? ("'two teas' means two cups of tea", "'two teas'가 차 두 잔")
            : ("'two coffees' means two cups of coffee", "'two coffees'가 커피 두 잔")
        return LocalizedText(
            en: "'\(noun)' is usually not counted, but a drink that is ordered or served is counted in servings: "
                + "'\(quantity) \(plural)' means \(quantity) servings of \(noun) (a glass, a cup or a bottle each), "
                + "as \(other).",
            ko: "물이나 커피처럼 보통 세지 않는 음료도 주문하거나 내올 때는 한 잔, 한 병 단위로 세어요: '\(quantity) "
                + "\(plural)'는 '\(quantity) servings of \(noun)'(한 잔이나 한 병씩)라는 뜻이에요. \(otherKorean)인 것과 "
                + "같아요.")
    }

    /// "we both thought", "making": the tagger reads a verb there. Asked last, once the words
    /// could match (tagging is the analyser's dearest step).
    private func isVerb(_ noun: Token, in context: AnalysisContext) -> Bool {
        context.tag(at: noun.index).hasPrefix("VB")
    }

    /// Whether "there" and a form of "be" come right before the quantity ("there is many",
    /// "there are two").
    private static func existentialBe(before quantity: Token, in context: AnalysisContext) -> Bool {
        guard let be = context.token(at: quantity.index - 1),
            ["is", "are", "was", "were", "'s", "'re"].contains(be.lower)
        else { return false }
        return context.token(at: quantity.index - 2)?.lower == "there"
    }

    /// Adverbs after a time that end its phrase ("two year ago", "three day later").
    private static let timeAdverbs: WordSet = ["ago", "later", "earlier"]
    private static let months: WordSet = [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
        "december",
    ]

    /// Words before "many" or "few" that make "time" an amount ("how many time" for "how much
    /// time", "spend many time"), where "times" would be the wrong fix.
    private static let amountOfTimeWords: WordSet = [
        "how", "so", "too", "as", "spend", "spent", "spending", "spends", "have", "has", "had", "take", "takes",
        "took", "waste", "wasted", "need", "needs", "needed", "for", "of", "with",
    ]

    /// "many time" → "many times", "two time" → "two times": "time" counted is occasions.
    /// Not "two time zones" (a compound), "a two time winner", nor where the learner may have
    /// meant an amount of time ("how many time", "spend many time": "much time").
    private func times(_ noun: Token, after quantity: Token, in context: AnalysisContext) -> Match? {
        let isNumber = FunctionWords.numberWords[quantity] != nil || quantity.kind == .number
        guard ["many", "several", "few"].contains(quantity) || isNumber,
            !Self.amountOfTimeWords.contains(context.token(at: quantity.index - 1)?.lower ?? "")
                || asksHowOften(quantity, time: noun, in: context),
            !Self.describingBeforeNumber.contains(context.token(at: quantity.index - 1)?.lower ?? "")
        else { return nil }
        if let next = context.token(at: noun.index + 1),
            next.text == "-" || next.text == "'s" || next.isWord && context.continuesCompound(next, lists: lists)
        {
            return nil
        }
        return context.replacement(of: noun, with: "times")
    }

    /// Helping verbs that open the question after "how many time".
    private static let questionHelpers: WordSet = [
        "do", "does", "did", "have", "has", "can", "could", "will", "would", "should",
    ]
    /// Verbs by which "how many time" asks how long: "how many time do you need", "does it take".
    private static let amountVerbs: WordSet = [
        "spend", "spent", "take", "took", "need", "needed", "have", "had", "waste", "wasted", "left", "get", "got",
        "give", "save",
    ]

    /// "how many time do you go there?" → "times": "how many time" asks how often when a helping
    /// verb and a subject other than "it" follow, and no verb of the clause asks how long ("how
    /// many time do you need", "how many time does it take" want "how much time").
    private func asksHowOften(_ many: Token, time: Token, in context: AnalysisContext) -> Bool {
        guard many.lower == "many", context.token(at: many.index - 1)?.lower == "how",
            let helper = context.token(at: time.index + 1), Self.questionHelpers.contains(helper),
            let subject = context.token(at: time.index + 2), FunctionWords.subjectPronouns.contains(subject),
            subject.lower != "it"
        else { return false }
        var index = time.index + 3
        while let token = context.token(at: index), !token.endsClause {
            if Self.amountVerbs.contains(token) { return false }
            index += 1
        }
        return true
    }

    /// The units an age is told in ("five years old").
    private static let ageUnits: WordSet = ["year", "month", "week", "day"]

    /// "he was five year old" → "five years old": an age told on its own counts the years.
    /// Not before a noun, where the age describes it ("a five year old boy", "my 6 year old
    /// son"), nor after a word that makes the number part of a description ("a two year old").
    private func ageInYears(_ noun: Token, after quantity: Token, in context: AnalysisContext) -> Match? {
        let isNumber = FunctionWords.numberWords[quantity] != nil || quantity.kind == .number
        guard isNumber, Self.ageUnits.contains(noun),
            !Self.describingBeforeNumber.contains(context.token(at: quantity.index - 1)?.lower ?? ""),
            let plural = context.lexicon.countedPlural(of: noun.lower)
        else { return nil }
        if let after = context.token(at: noun.index + 2), after.isWord || after.text == "-" {
            // "five year old and", "ten year old ." end the phrase; "five year old boy" does not.
            guard !context.tag(at: after.index).hasPrefix("NN"), !context.tag(at: after.index).hasPrefix("JJ"),
                after.text != "-"
            else { return nil }
        }
        return context.replacement(of: noun, with: plural)
    }

    /// Determiners after "many of" that start the phrase it counts.
    private static let determinersAfterOf: WordSet = [
        "the", "my", "your", "his", "her", "our", "their", "these", "those",
    ]

    /// "many of my friend" → "friends", "two of the student" → "students": a quantity that
    /// counts several of a group takes a plural after "of" and a determiner, the noun (after
    /// at most one adjective) ending the phrase. Only quantities that count ("many", "several",
    /// "few", "both", numbers), not those that may take a part of one thing ("some of the
    /// cake", "most of the day").
    private func headAfterOf(_ quantity: Token, in context: AnalysisContext) -> Match? {
        let isNumber = FunctionWords.numberWords[quantity] != nil || quantity.kind == .number
        guard ["many", "several", "few", "both"].contains(quantity) || isNumber,
            let determiner = context.token(at: quantity.index + 2), Self.determinersAfterOf.contains(determiner)
        else { return nil }
        for headIndex in (determiner.index + 1)...(determiner.index + 2) {
            guard let head = context.token(at: headIndex), head.isWord, !head.isCapitalized else { return nil }
            guard let plural = context.lexicon.countedPlural(of: head.lower) else { continue }
            guard context.lexicon.pluralIsInUse(plural, beside: head.lower), !massNouns.contains(head),
                !quantityNouns.contains(head), !lists["collective-nouns"].contains(head),
                !MassNoun.isMass(head.lower, lexicon: context.lexicon)
            else { return nil }
            if let next = context.token(at: headIndex + 1),
                next.text == "'s" || next.text == "'" || next.text == "-"
                    || next.isWord && context.continuesCompound(next, lists: lists)
            {
                return nil
            }
            // Then the tags: a singular noun, after at most one adjective.
            guard context.tag(at: headIndex) == "NN",
                headIndex == determiner.index + 1 || context.tag(at: determiner.index + 1).hasPrefix("JJ")
            else { return nil }
            return context.replacement(of: head, with: plural)
        }
        return nil
    }

    /// The words that name a variety and take "of" ("two kinds of tea").
    private static let varietyNouns: WordSet = ["kind", "sort", "type"]
    /// Quantities that count varieties in the plural: "these kind of things" is common
    /// enough in speech to be left alone.
    private static let notCountingVarieties: WordSet = ["these", "those"]

    /// "many kind of drinks" → "many kinds of drinks", "three type of" → "types".
    private func kindsOf(_ noun: Token, after quantity: Token, in context: AnalysisContext) -> Match? {
        guard Self.varietyNouns.contains(noun), context.token(at: noun.index + 1)?.lower == "of",
            !Self.notCountingVarieties.contains(quantity), let entry = context.lexicon.noun(singular: noun)
        else { return nil }
        return context.replacement(of: noun, with: entry.plural)
    }

    /// Quantities that count the head of a longer phrase too ("many cooking videos", "three
    /// new student"); not "these"/"those", which as often should be "this"/"that".
    private static let phraseQuantifiers: WordSet = ["many", "several", "few", "various", "numerous", "both"]
    /// Words before a number that make it part of a description ("a two week holiday").
    private static let describingBeforeNumber: WordSet = ["a", "an", "one", "per", "each", "every", "this", "that"]

    /// "many baking video" → "videos", "three new student" → "students": the singular head of
    /// the noun phrase a plural quantity opens, one or two modifiers after it (the tagger's
    /// chunk). Not where the first modifier is a unit ("a two hour drive", "two day trip": a
    /// measure describing the noun) or the quantity follows "a" ("a two week holiday").
    private func pluralHead(after quantity: Token, from first: Token, in context: AnalysisContext) -> Match? {
        let isNumber = FunctionWords.numberWords[quantity] != nil || quantity.kind == .number
        guard isNumber || Self.phraseQuantifiers.contains(quantity),
            !isNumber || !Self.describingBeforeNumber.contains(context.token(at: quantity.index - 1)?.lower ?? ""),
            !lists["time-units"].contains(first), !quantityNouns.contains(first),
            !Self.unitWords.contains(first),
            // "in 18 cetury technology": a misspelt word between leaves the phrase unread.
            context.lexicon.knows(first)
        else { return nil }
        // The words first: a counted singular one or two words on, ending the phrase.
        for headIndex in (first.index + 1)...(first.index + 2) {
            guard let head = context.token(at: headIndex), head.isWord, !head.isCapitalized,
                let plural = context.lexicon.countedPlural(of: head.lower), context.lexicon.usage(of: plural) > 0,
                !massNouns.contains(head), !lists["time-units"].contains(head),
                // "many famous museum", "two big club": a group or a place people count is
                // counted, but not one written mostly uncounted ("many young staff").
                !lists["collective-nouns"].contains(head)
                    || context.lexicon.pluralIsInUse(plural, beside: head.lower, within: Self.countedGroupGap),
                // "many modern technology": a noun people mostly do not count wants "a lot of".
                !MassNoun.isMass(head.lower, lexicon: context.lexicon)
            else { continue }
            if let next = context.token(at: headIndex + 1),
                next.text == "'s" || next.text == "-" || next.isWord && context.continuesCompound(next, lists: lists)
            {
                continue
            }
            if quantity.lower == "both",
                (quantity.index...headIndex + 1).contains(where: { context.token(at: $0)?.lower == "and" })
            {
                return nil
            }
            // Then the tags: the head is a singular noun whose phrase holds the quantity, and
            // the words between are adjectives or nouns in the singular.
            guard context.tag(at: headIndex) == "NN", let phrase = context.nounPhrase(headedBy: headIndex),
                phrase.start <= quantity.index,
                (first.index..<headIndex).allSatisfy({ ["JJ", "NN", "VBG"].contains(context.tag(at: $0)) })
            else { return nil }
            return context.replacement(of: head, with: plural)
        }
        return nil
    }

    /// How much rarer (Zipf × 100) than the singular the plural of a group noun may be for a
    /// quantity to count it: a tenth as common ("museums", "families"; not "staffs", "polices").
    private static let countedGroupGap = 100

    /// Units a number measures with, before the noun they describe ("two hour drive", "five
    /// star hotel", "ten dollar bill").
    private static let unitWords: WordSet = [
        "hour", "minute", "second", "day", "week", "month", "year", "star", "dollar", "pound", "euro", "won",
        "mile", "meter", "metre", "kilometer", "kilometre", "km", "page", "room", "bedroom", "storey", "story",
        "floor", "person", "man", "seat", "door", "course", "part", "step", "piece", "player", "lane", "way",
    ]

    private func isPluralQuantity(_ token: Token, in context: AnalysisContext) -> Bool {
        guard token.isWord || token.kind == .number else { return false }
        if let value = FunctionWords.numberWords[token] {
            // "two hundred", "one of the three": only the last number word counts.
            if let next = context.token(at: token.index + 1), FunctionWords.numberWords[next] != nil {
                return false
            }
            if let previous = context.token(at: token.index - 1), ["a", "one", "per"].contains(previous),
                value >= 100
            {
                return true
            }
            return true
        }
        if token.kind == .number, let value = Int(token.text), value >= 2, value < 1900 {
            // "a £20 ticket": a price before a noun describes it; "the 19:30 show": a time.
            if let previous = context.token(at: token.index - 1),
                ["£", "$", "€", "₩", "¥", ":", "."].contains(previous.text)
            {
                return false
            }
            // "2 pm", "10 o'clock", "5 star": digits are often part of a name or unit.
            return context.token(at: token.index - 1).map {
                !["at", "page", "room", "number", "no", "chapter", "gate", "line", "bus"].contains($0.lower)
            } ?? true
        }
        return quantifiers.contains(token)
    }
}
