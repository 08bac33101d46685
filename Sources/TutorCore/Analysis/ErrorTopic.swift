// The summary's categories: one grammar topic, one key, one name in English and Korean.

/// The grammar topics the end-of-conversation summary counts findings under. A rule names
/// its topic by key (`category` in `rules.json`); a finding no rule makes (a model's) gets the
/// topic of its ERRANT category. Many rules share a topic, so "-ed and -ing adjectives" and
/// "-ing adjectives for what causes a feeling" are one row, named for what they have in common.
public enum ErrorTopic {
    /// A Korean phrase to say in English: the same name the built-in glossary rule has, so a
    /// model's and a rule's findings of that kind are counted together.
    public static let sayItInEnglish = LocalizedText(en: "Say it in English", ko: "영어로 말하기")

    /// The topic of an unlabelled finding: "say it in English" for Korean, else its category's name.
    public static func name(for finding: Finding) -> LocalizedText {
        finding.isSayItInEnglish ? sayItInEnglish : name(for: finding.errorType)
    }

    /// The name of `type`'s category, or "Other" for a category not listed.
    public static func name(for type: ErrorType) -> LocalizedText {
        key(for: type).flatMap { names[$0] } ?? other
    }

    /// The topic key of an ERRANT type, nil for one no topic covers (R:OTHER).
    public static func key(for type: ErrorType) -> String? {
        categoryKeys[type.category]
    }

    /// The name of the topic `key`, nil for a key no topic has.
    public static func name(forKey key: String) -> LocalizedText? {
        names[key]
    }

    static let other = LocalizedText(en: "Other", ko: "기타")

    /// Every topic by key. A name must be true of every rule filed under it: a comparative is
    /// not an -ed/-ing adjective, and "every day"/"everyday" is not a matter of capitals.
    static let names: [String: LocalizedText] = [
        "articles": LocalizedText(en: "Articles and determiners", ko: "관사와 한정사"),
        "noun-number": LocalizedText(
            en: "Singular, plural and uncountable nouns", ko: "명사의 단수, 복수와 셀 수 없는 명사"),
        "possessives": LocalizedText(en: "Possessives", ko: "소유격"),
        "agreement": LocalizedText(en: "Subject–verb agreement", ko: "주어와 동사의 일치"),
        "tense": LocalizedText(en: "Tense", ko: "시제"),
        "modals": LocalizedText(en: "Modal verbs: can, will, would, should", ko: "조동사: can, will, would, should"),
        "verb-forms": LocalizedText(en: "Verb forms", ko: "동사 형태"),
        "verb-choice": LocalizedText(en: "Verb choice", ko: "동사 선택"),
        "prepositions": LocalizedText(en: "Prepositions", ko: "전치사"),
        "word-order": LocalizedText(en: "Word order", ko: "어순"),
        "capitals-spacing": LocalizedText(en: "Capitals and spacing", ko: "대문자와 띄어쓰기"),
        "spelling": LocalizedText(en: "Spelling", ko: "철자"),
        "confusables": LocalizedText(en: "Words that are easy to mix up", ko: "헷갈리기 쉬운 말"),
        "ed-ing-adjectives": LocalizedText(en: "-ed and -ing adjectives", ko: "-ed와 -ing 형용사"),
        "comparatives": LocalizedText(en: "Comparatives and superlatives", ko: "비교급과 최상급"),
        "adjectives": LocalizedText(en: "Adjectives", ko: "형용사"),
        "adverbs": LocalizedText(en: "Adverbs", ko: "부사"),
        "word-forms": LocalizedText(en: "Word forms", ko: "단어 형태"),
        "word-choice": LocalizedText(en: "Word choice", ko: "단어 선택"),
        "pronouns": LocalizedText(en: "Pronouns", ko: "대명사"),
        "conjunctions": LocalizedText(en: "Conjunctions", ko: "접속사"),
        "punctuation": LocalizedText(en: "Punctuation", ko: "문장 부호"),
        "contractions": LocalizedText(en: "Contractions", ko: "축약형"),
        "expressions": LocalizedText(en: "Fixed expressions", ko: "굳어진 표현"),
        "konglish": LocalizedText(en: "Konglish", ko: "콩글리시"),
        "say-it-in-english": sayItInEnglish,
    ]

    /// ERRANT categories and their topics; categories that share a topic share a summary row.
    static let categoryKeys: [String: String] = [
        "DET": "articles", "NOUN:NUM": "noun-number", "NOUN:INFL": "noun-number", "NOUN:POSS": "possessives",
        "VERB:SVA": "agreement", "VERB:TENSE": "tense", "VERB:FORM": "verb-forms", "VERB:INFL": "verb-forms",
        "PART": "verb-forms", "VERB": "verb-choice", "PREP": "prepositions", "WO": "word-order",
        "ORTH": "capitals-spacing", "SPELL": "spelling", "ADJ": "adjectives", "ADJ:FORM": "comparatives",
        "ADV": "adverbs", "MORPH": "word-forms", "NOUN": "word-choice", "PRON": "pronouns", "CONJ": "conjunctions",
        "PUNCT": "punctuation", "CONTR": "contractions",
    ]
}
