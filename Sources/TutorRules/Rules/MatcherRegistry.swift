// The one table from a rule's `matcher` name in rules.json to the Swift type that implements it.

/// One kind of matcher: the type that implements it, and how a rule of that kind builds one.
struct MatcherKind: Sendable {
    /// The implementing type, in `Matchers/<Family>/<Type>.swift` (`Spelling/` for spelling).
    let type: any Matcher.Type
    /// Spelling-based kinds, which do not run when spell checking is off.
    let needsSpellChecking: Bool
    let make: @Sendable (RuleDefinition, RuleResources) throws(RuleDataError) -> any Matcher

    init(
        _ type: any Matcher.Type, needsSpellChecking: Bool = false,
        make: @escaping @Sendable (RuleDefinition, RuleResources) throws(RuleDataError) -> any Matcher
    ) {
        self.type = type
        self.needsSpellChecking = needsSpellChecking
        self.make = make
    }
}

/// Every matcher kind a rule may name, so that a rule's id leads to its code in one step:
/// rules.json gives the rule's `matcher`, this table its type, and the type's file is named
/// after it, in the folder of the rule family (the id's prefix) it serves.
enum MatcherRegistry {
    static let kinds: [String: MatcherKind] = [
        // Phrase rules of every family, written as data (Matchers/Phrases/).
        "phrase": MatcherKind(PhraseMatcher.self) { rule, resources throws(RuleDataError) in
            try PhraseMatcher(rule: rule, lexicon: resources.lexicon)
        },
        // determiner.* (Matchers/Determiners/)
        "indefinite-article": MatcherKind(IndefiniteArticleMatcher.self) {
            IndefiniteArticleMatcher(sound: ArticleSound(lists: $1.lists))
        },
        "missing-article": MatcherKind(MissingArticleMatcher.self) {
            MissingArticleMatcher(lists: $1.lists, sound: ArticleSound(lists: $1.lists))
        },
        "described-object-article": MatcherKind(DescribedObjectArticleMatcher.self) {
            DescribedObjectArticleMatcher(lists: $1.lists, sound: ArticleSound(lists: $1.lists))
        },
        "article-model": MatcherKind(ArticleModelMatcher.self) {
            ArticleModelMatcher(lists: $1.lists, sound: ArticleSound(lists: $1.lists), model: $1.articles)
        },
        "definite-only": MatcherKind(DefiniteOnlyMatcher.self) { DefiniteOnlyMatcher(lists: $1.lists) },
        "superlative-article": MatcherKind(SuperlativeArticleMatcher.self) { _, _ in SuperlativeArticleMatcher() },
        "uncountable-article": MatcherKind(UncountableArticleMatcher.self) {
            UncountableArticleMatcher(lists: $1.lists)
        },
        "almost": MatcherKind(AlmostMatcher.self) { _, _ in AlmostMatcher() },
        "demonstrative-number": MatcherKind(DemonstrativeNumberMatcher.self) {
            DemonstrativeNumberMatcher(lists: $1.lists)
        },
        "another-plural": MatcherKind(AnotherPluralMatcher.self) { _, _ in AnotherPluralMatcher() },
        "generic-noun-article": MatcherKind(GenericNounArticleMatcher.self) { _, _ in
            GenericNounArticleMatcher(nouns: GenericNounArticleMatcher.nouns)
        },
        "generic-technology-article": MatcherKind(GenericNounArticleMatcher.self) { _, _ in
            GenericNounArticleMatcher(nouns: GenericNounArticleMatcher.technologyNouns)
        },
        "country-article": MatcherKind(CountryArticleMatcher.self) { _, _ in CountryArticleMatcher() },
        "date-article": MatcherKind(DateArticleMatcher.self) { _, _ in DateArticleMatcher() },
        "article-possessive": MatcherKind(ArticlePossessiveMatcher.self) { _, _ in ArticlePossessiveMatcher() },
        "name-possessive-article": MatcherKind(NamePossessiveArticleMatcher.self) {
            NamePossessiveArticleMatcher(lists: $1.lists)
        },
        "by-transport": MatcherKind(ByTransportMatcher.self) { ByTransportMatcher(lists: $1.lists) },
        "you-your": MatcherKind(YouYourMatcher.self) { _, _ in YouYourMatcher() },
        "known-noun-article": MatcherKind(KnownNounArticleMatcher.self) {
            KnownNounArticleMatcher(lists: $1.lists, sound: ArticleSound(lists: $1.lists))
        },
        "same-article": MatcherKind(SameArticleMatcher.self) { _, _ in SameArticleMatcher() },
        "next-last-article": MatcherKind(NextLastArticleMatcher.self) { _, _ in NextLastArticleMatcher() },
        "all-the": MatcherKind(AllTheMatcher.self) { AllTheMatcher(lists: $1.lists) },
        "shared-institution-article": MatcherKind(SharedInstitutionArticleMatcher.self) { _, _ in
            SharedInstitutionArticleMatcher()
        },
        // noun-number.* (Matchers/NounNumber/)
        "noun-number": MatcherKind(NounNumberMatcher.self) { NounNumberMatcher(lists: $1.lists) },
        "plural-only-noun": MatcherKind(PluralOnlyNounMatcher.self) { _, _ in PluralOnlyNounMatcher() },
        "many-uncountable": MatcherKind(NounNumberMatcher.self) {
            NounNumberMatcher(lists: $1.lists, uncountableAfterMany: true)
        },
        "uncountable-plural": MatcherKind(UncountablePluralMatcher.self) {
            UncountablePluralMatcher(lexicon: $1.lexicon)
        },
        "plural-after-one-of": MatcherKind(PluralAfterPhraseMatcher.self) {
            PluralAfterPhraseMatcher(lists: $1.lists, phrase: .oneOf)
        },
        "plural-after-some-of": MatcherKind(PluralAfterPhraseMatcher.self) {
            PluralAfterPhraseMatcher(lists: $1.lists, phrase: .someOf)
        },
        "plural-after-a-lot-of": MatcherKind(PluralAfterPhraseMatcher.self) {
            PluralAfterPhraseMatcher(lists: $1.lists, phrase: .aLotOf)
        },
        "coordinated-plural": MatcherKind(CoordinatedPluralMatcher.self) { CoordinatedPluralMatcher(lists: $1.lists) },
        "singular-after-every": MatcherKind(SingularAfterEveryMatcher.self) { _, _ in SingularAfterEveryMatcher() },
        "singular-after-one": MatcherKind(SingularAfterOneMatcher.self) { _, _ in SingularAfterOneMatcher() },
        "variety-noun": MatcherKind(VarietyNounMatcher.self) { _, _ in VarietyNounMatcher() },
        "plural-by-usage": MatcherKind(PluralByUsageMatcher.self) {
            PluralByUsageMatcher(lists: $1.lists, quantity: .someAll)
        },
        "plural-after-more": MatcherKind(PluralByUsageMatcher.self) {
            PluralByUsageMatcher(lists: $1.lists, quantity: .more)
        },
        "generic-plural": MatcherKind(GenericPluralMatcher.self) { GenericPluralMatcher(lists: $1.lists) },
        // agreement.* (Matchers/Agreement/)
        "non-third-person-agreement": MatcherKind(NonThirdPersonAgreementMatcher.self) {
            NonThirdPersonAgreementMatcher(lists: $1.lists)
        },
        "third-person-agreement": MatcherKind(ThirdPersonAgreementMatcher.self) {
            ThirdPersonAgreementMatcher(lists: $1.lists)
        },
        "future-arrangement": MatcherKind(ThirdPersonAgreementMatcher.self) {
            ThirdPersonAgreementMatcher(lists: $1.lists, arrangement: true)
        },
        "plural-subject-agreement": MatcherKind(PluralSubjectAgreementMatcher.self) { _, _ in
            PluralSubjectAgreementMatcher()
        },
        "possessive-plural-agreement": MatcherKind(PossessivePluralAgreementMatcher.self) { _, _ in
            PossessivePluralAgreementMatcher()
        },
        "subject-head-agreement": MatcherKind(SubjectHeadAgreementMatcher.self) {
            SubjectHeadAgreementMatcher(lists: $1.lists)
        },
        "bare-subject-agreement": MatcherKind(BareSubjectMatcher.self) {
            BareSubjectMatcher(lists: $1.lists, fixesNoun: false)
        },
        // noun-number.bare-subject: the same pattern, the noun made plural (Matchers/Agreement/).
        "bare-subject-plural": MatcherKind(BareSubjectMatcher.self) {
            BareSubjectMatcher(lists: $1.lists, fixesNoun: true)
        },
        "quantity-of-agreement": MatcherKind(QuantityOfAgreementMatcher.self) { _, _ in QuantityOfAgreementMatcher() },
        "one-of-agreement": MatcherKind(OneOfAgreementMatcher.self) { _, _ in OneOfAgreementMatcher() },
        "there-plural-agreement": MatcherKind(TherePluralAgreementMatcher.self) {
            TherePluralAgreementMatcher(lists: $1.lists)
        },
        "there-uncountable-agreement": MatcherKind(ThereUncountableAgreementMatcher.self) {
            ThereUncountableAgreementMatcher(lists: $1.lists)
        },
        "who-question-agreement": MatcherKind(WhoQuestionAgreementMatcher.self) {
            WhoQuestionAgreementMatcher(lists: $1.lists)
        },
        "there-indefinite-agreement": MatcherKind(ThereIndefiniteAgreementMatcher.self) { _, _ in
            ThereIndefiniteAgreementMatcher()
        },
        "relative-clause-agreement": MatcherKind(RelativeClauseAgreementMatcher.self) {
            RelativeClauseAgreementMatcher(lists: $1.lists)
        },
        // tense.* (Matchers/Tense/)
        "past-time-marker": MatcherKind(PastTimeMatcher.self) { PastTimeMatcher(lists: $1.lists) },
        "past-story": MatcherKind(ContextTenseMatcher.self) { ContextTenseMatcher(lists: $1.lists) },
        "will-in-time-clause": MatcherKind(FutureInTimeClauseMatcher.self) { _, _ in FutureInTimeClauseMatcher() },
        "since-perfect": MatcherKind(SincePerfectMatcher.self) { SincePerfectMatcher(lists: $1.lists) },
        "past-clause": MatcherKind(PastClauseMatcher.self) { PastClauseMatcher(lists: $1.lists) },
        "perfect-past-time": MatcherKind(PerfectPastTimeMatcher.self) { _, _ in PerfectPastTimeMatcher() },
        "reported-future": MatcherKind(ReportedClauseMatcher.self) { _, _ in ReportedClauseMatcher(kind: .will) },
        "reported-can": MatcherKind(ReportedClauseMatcher.self) { _, _ in ReportedClauseMatcher(kind: .can) },
        "reported-present": MatcherKind(ReportedClauseMatcher.self) { _, _ in
            ReportedClauseMatcher(kind: .present)
        },
        "hope-modal": MatcherKind(HopeModalMatcher.self) { _, _ in HopeModalMatcher() },
        "conditional-modal": MatcherKind(ConditionalModalMatcher.self) { _, _ in ConditionalModalMatcher() },
        "should-have": MatcherKind(ShouldHaveMatcher.self) { _, _ in ShouldHaveMatcher() },
        "be-supposed-to": MatcherKind(SupposedToMatcher.self) { _, _ in SupposedToMatcher() },
        "past-sentence": MatcherKind(PastSentenceMatcher.self) { PastSentenceMatcher(lists: $1.lists) },
        "past-coordination": MatcherKind(PastCoordinationMatcher.self) { PastCoordinationMatcher(lists: $1.lists) },
        "stative-progressive": MatcherKind(StativeProgressiveMatcher.self) { _, _ in StativeProgressiveMatcher() },
        // verb-form.*, modal.* (Matchers/VerbForm/)
        "perfect-participle": MatcherKind(PerfectParticipleMatcher.self) { _, _ in PerfectParticipleMatcher() },
        "modal-verb-form": MatcherKind(ModalVerbFormMatcher.self) { _, _ in ModalVerbFormMatcher() },
        "perfect-base": MatcherKind(PerfectBaseMatcher.self) { _, _ in PerfectBaseMatcher() },
        "missing-infinitive-to": MatcherKind(MissingInfinitiveToMatcher.self) { _, _ in MissingInfinitiveToMatcher() },
        "gerund-for-infinitive": MatcherKind(GerundForInfinitiveMatcher.self) { _, _ in GerundForInfinitiveMatcher() },
        "infinitive-form": MatcherKind(InfinitiveFormMatcher.self) { InfinitiveFormMatcher(lists: $1.lists) },
        "to-infinitive-form": MatcherKind(InfinitiveFormMatcher.self) {
            InfinitiveFormMatcher(lists: $1.lists, anyGovernor: true)
        },
        "do-support": MatcherKind(DoSupportMatcher.self) { _, _ in DoSupportMatcher() },
        "modal-to": MatcherKind(ModalToMatcher.self) { _, _ in ModalToMatcher() },
        "be-used-to": MatcherKind(UsedToMatcher.self) { UsedToMatcher(lists: $1.lists, pattern: .beUsedTo) },
        "used-to-d": MatcherKind(UsedToMatcher.self) { UsedToMatcher(lists: $1.lists, pattern: .missingD) },
        "be-base-verb": MatcherKind(BeBaseVerbMatcher.self) { BeBaseVerbMatcher(lists: $1.lists) },
        "be-action-verb": MatcherKind(BeActionVerbMatcher.self) { BeActionVerbMatcher(lists: $1.lists) },
        "be-progressive": MatcherKind(BeActionVerbMatcher.self) {
            BeActionVerbMatcher(lists: $1.lists, progressive: true)
        },
        "be-question-verb": MatcherKind(BeQuestionVerbMatcher.self) { BeQuestionVerbMatcher(lists: $1.lists) },
        "preposition-verb-form": MatcherKind(PrepositionVerbFormMatcher.self) { _, _ in PrepositionVerbFormMatcher() },
        "purpose-for": MatcherKind(PrepositionVerbFormMatcher.self) { _, _ in
            PrepositionVerbFormMatcher(purposeFor: true)
        },
        // preposition.*, expression.school-grade (Matchers/Prepositions/)
        "married-with": MatcherKind(MarriedWithMatcher.self) {
            MarriedWithMatcher(reading: .adjective, lists: $1.lists)
        },
        "marry-with": MatcherKind(MarriedWithMatcher.self) { MarriedWithMatcher(reading: .verb, lists: $1.lists) },
        "time-preposition": MatcherKind(TimePrepositionMatcher.self) { TimePrepositionMatcher(lists: $1.lists) },
        "governed-preposition": MatcherKind(GovernedPrepositionMatcher.self) { _, resources throws(RuleDataError) in
            try GovernedPrepositionMatcher(lists: resources.lists, lexicon: resources.lexicon)
        },
        "part-of-day-preposition": MatcherKind(TimeWordPrepositionMatcher.self) {
            TimeWordPrepositionMatcher(reading: .partOfDay, lists: $1.lists)
        },
        "next-last-preposition": MatcherKind(TimeWordPrepositionMatcher.self) {
            TimeWordPrepositionMatcher(reading: .nextLast, lists: $1.lists)
        },
        "fixed-phrase-preposition": MatcherKind(FixedPhrasePrepositionMatcher.self) {
            _, resources throws(RuleDataError) in
            try FixedPhrasePrepositionMatcher(lists: resources.lists)
        },
        "missing-preposition": MatcherKind(MissingPrepositionMatcher.self) { _, resources throws(RuleDataError) in
            try MissingPrepositionMatcher(lists: resources.lists, lexicon: resources.lexicon)
        },
        "school-grade": MatcherKind(SchoolGradeMatcher.self) { SchoolGradeMatcher(lists: $1.lists) },
        "write-to": MatcherKind(PersonObjectPrepositionMatcher.self) { _, _ in
            PersonObjectPrepositionMatcher(reading: .write)
        },
        "say-to": MatcherKind(PersonObjectPrepositionMatcher.self) { _, _ in
            PersonObjectPrepositionMatcher(reading: .say)
        },
        "ability-preposition": MatcherKind(AbilityPrepositionMatcher.self) {
            AbilityPrepositionMatcher(lists: $1.lists)
        },
        "direct-object-preposition": MatcherKind(DirectObjectPrepositionMatcher.self) {
            _, resources throws(RuleDataError) in
            try DirectObjectPrepositionMatcher(lists: resources.lists, lexicon: resources.lexicon)
        },
        "destination-preposition": MatcherKind(DestinationPrepositionMatcher.self) {
            DestinationPrepositionMatcher(lists: $1.lists)
        },
        "been-to-place": MatcherKind(BeenToPlaceMatcher.self) { BeenToPlaceMatcher(lists: $1.lists) },
        "place-gone-to": MatcherKind(PlaceGoneToMatcher.self) { PlaceGoneToMatcher(lists: $1.lists) },
        "at-first-listing": MatcherKind(AtFirstListingMatcher.self) { _, _ in AtFirstListingMatcher() },
        "because-of": MatcherKind(BecauseOfMatcher.self) { BecauseOfMatcher(timeUnits: $1.lists["time-units"]) },
        "clock-time-preposition": MatcherKind(ClockTimePrepositionMatcher.self) { _, _ in
            ClockTimePrepositionMatcher(reading: .clock)
        },
        "month-preposition": MatcherKind(ClockTimePrepositionMatcher.self) { _, _ in
            ClockTimePrepositionMatcher(reading: .month)
        },
        "for-object": MatcherKind(ForObjectMatcher.self) { _, resources throws(RuleDataError) in
            try ForObjectMatcher(lists: resources.lists, lexicon: resources.lexicon)
        },
        // Phrase patterns with a check the pattern cannot say ("go to there concert", "am living since").
        "place-adverb": MatcherKind(PlaceAdverbMatcher.self) { rule, resources throws(RuleDataError) in
            try PlaceAdverbMatcher(
                phrase: PhraseMatcher(rule: rule, lexicon: resources.lexicon), lists: resources.lists)
        },
        "duration-preposition": MatcherKind(DurationPrepositionMatcher.self) { rule, resources throws(RuleDataError) in
            try DurationPrepositionMatcher(phrase: PhraseMatcher(rule: rule, lexicon: resources.lexicon))
        },
        // orthography.*, punctuation.* (Matchers/Orthography/)
        "capital-i": MatcherKind(CapitalIMatcher.self) { _, _ in CapitalIMatcher() },
        "contraction-apostrophe": MatcherKind(ContractionApostropheMatcher.self) {
            ContractionApostropheMatcher(lists: $1.lists)
        },
        "proper-noun": MatcherKind(ProperNounMatcher.self) { ProperNounMatcher(lists: $1.lists) },
        "everyday": MatcherKind(EverydayMatcher.self) { _, _ in EverydayMatcher() },
        "compound-word": MatcherKind(CompoundWordMatcher.self) { CompoundWordMatcher(lexicon: $1.lexicon) },
        "introductory-comma": MatcherKind(IntroductoryCommaMatcher.self) { IntroductoryCommaMatcher(lists: $1.lists) },
        "think-comma": MatcherKind(ThinkCommaMatcher.self) { ThinkCommaMatcher(lists: $1.lists) },
        "because-comma": MatcherKind(BecauseCommaMatcher.self) { _, _ in BecauseCommaMatcher() },
        "that-comma": MatcherKind(ThatCommaMatcher.self) { _, _ in ThatCommaMatcher() },
        "subject-verb-comma": MatcherKind(SubjectVerbCommaMatcher.self) { _, _ in SubjectVerbCommaMatcher() },
        "compound-number": MatcherKind(CompoundNumberMatcher.self) { _, _ in CompoundNumberMatcher() },
        "make-up-noun": MatcherKind(MakeUpNounMatcher.self) { _, _ in MakeUpNounMatcher() },
        "compound-adjective": MatcherKind(CompoundAdjectiveMatcher.self) { _, _ in CompoundAdjectiveMatcher() },
        // comparative.*, confusion.than-then (Matchers/Comparatives/)
        "double-comparative": MatcherKind(DoubleComparativeMatcher.self) { _, _ in DoubleComparativeMatcher() },
        "short-comparative": MatcherKind(ShortComparativeMatcher.self) { _, _ in ShortComparativeMatcher() },
        "than": MatcherKind(ThanMatcher.self) { _, _ in ThanMatcher() },
        // adjective.*, adverb.* (Matchers/AdjectivesAndAdverbs/)
        "feeling-adjective": MatcherKind(FeelingAdjectiveMatcher.self) { FeelingAdjectiveMatcher(lists: $1.lists) },
        "feeling-scared": MatcherKind(FeelingAdjectiveMatcher.self) {
            FeelingAdjectiveMatcher(lists: $1.lists, scared: true)
        },
        "feeling-verb": MatcherKind(FeelingVerbMatcher.self) { FeelingVerbMatcher(lists: $1.lists) },
        "feeling-cause": MatcherKind(FeelingCauseMatcher.self) { FeelingCauseMatcher(lists: $1.lists) },
        "manner-adverb": MatcherKind(MannerAdverbMatcher.self) { MannerAdverbMatcher(lists: $1.lists) },
        // conjunction.*, word-order.* (Matchers/Clauses/)
        "that-question": MatcherKind(ThatQuestionMatcher.self) { _, _ in ThatQuestionMatcher() },
        "what-like": MatcherKind(WhatLikeMatcher.self) { _, _ in WhatLikeMatcher() },
        "double-conjunction": MatcherKind(DoubleConjunctionMatcher.self) { _, _ in DoubleConjunctionMatcher() },
        "question-word-order": MatcherKind(QuestionWordOrderMatcher.self) { QuestionWordOrderMatcher(lists: $1.lists) },
        "embedded-question": MatcherKind(EmbeddedQuestionMatcher.self) { _, _ in EmbeddedQuestionMatcher() },
        "embedded-be-order": MatcherKind(EmbeddedBeOrderMatcher.self) { _, _ in EmbeddedBeOrderMatcher() },
        "dropped-subject": MatcherKind(DroppedSubjectMatcher.self) { _, _ in DroppedSubjectMatcher() },
        "dropped-object": MatcherKind(DroppedObjectMatcher.self) { DroppedObjectMatcher(lists: $1.lists) },
        // possessive.* (Matchers/Possessives/)
        "missing-possessive": MatcherKind(MissingPossessiveMatcher.self) { _, _ in MissingPossessiveMatcher() },
        "missing-be": MatcherKind(MissingBeMatcher.self) { MissingBeMatcher(lists: $1.lists) },
        "phrasal-pronoun": MatcherKind(PhrasalPronounMatcher.self) { _, _ in PhrasalPronounMatcher() },
        // konglish.*, say-it-in-english.* (Matchers/Korean/)
        "konglish": MatcherKind(KonglishMatcher.self) { KonglishMatcher(entries: $1.konglish, lists: $1.lists) },
        "say-it-in-english": MatcherKind(SayItInEnglishMatcher.self) { SayItInEnglishMatcher(glossary: $1.glossary) },
        // inflection.* (Matchers/Inflection/) and spelling.* (Spelling/)
        "noun-inflection": MatcherKind(InflectionMatcher.self, needsSpellChecking: true) { _, _ in
            InflectionMatcher(kind: .noun)
        },
        "verb-inflection": MatcherKind(InflectionMatcher.self, needsSpellChecking: true) { _, _ in
            InflectionMatcher(kind: .verb)
        },
        "double-plural": MatcherKind(InflectionMatcher.self, needsSpellChecking: true) { _, _ in
            InflectionMatcher(kind: .doublePlural)
        },
        "spelling": MatcherKind(SpellingMatcher.self, needsSpellChecking: true) { SpellingMatcher(lists: $1.lists) },
    ]

    /// The matcher that implements a rule (nil for a spelling-based one when spell checking
    /// is off), or an error naming an unknown matcher.
    static func matcher(for rule: RuleDefinition, resources: RuleResources, spellChecking: Bool) throws(RuleDataError)
        -> (any Matcher)?
    {
        guard let kind = kinds[rule.matcher] else {
            throw RuleDataError.malformed(
                file: "rules.json", detail: "rule \(rule.id) names unknown matcher '\(rule.matcher)'")
        }
        guard spellChecking || !kind.needsSpellChecking else { return nil }
        return try kind.make(rule, resources)
    }
}
