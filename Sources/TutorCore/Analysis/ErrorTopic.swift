// Names for findings no rule names (a model's): one per ERRANT category, in English and Korean.

/// The learner-facing topic of a finding whose analyser gives it no label of its own: a name
/// true of every error of its ERRANT category ("everyday" → "every day" is spacing, not only
/// capitals). Rule findings carry their rule's label instead (`Finding.label`).
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
        categoryNames[type.category] ?? other
    }

    static let other = LocalizedText(en: "Other", ko: "기타")

    /// ERRANT categories and their names; categories that share a name share a summary row.
    static let categoryNames: [String: LocalizedText] = [
        "DET": LocalizedText(en: "Articles and determiners", ko: "관사와 한정사"),
        "NOUN:NUM": LocalizedText(en: "Noun number", ko: "명사의 단수/복수"),
        "NOUN:INFL": LocalizedText(en: "Noun number", ko: "명사의 단수/복수"),
        "NOUN:POSS": LocalizedText(en: "Possessives", ko: "소유격"),
        "VERB:SVA": LocalizedText(en: "Subject–verb agreement", ko: "주어와 동사의 일치"),
        "VERB:TENSE": LocalizedText(en: "Tense", ko: "시제"),
        "VERB:FORM": LocalizedText(en: "Verb forms", ko: "동사 형태"),
        "VERB:INFL": LocalizedText(en: "Verb forms", ko: "동사 형태"),
        "PART": LocalizedText(en: "Verb forms", ko: "동사 형태"),
        "VERB": LocalizedText(en: "Verb choice", ko: "동사 선택"),
        "PREP": LocalizedText(en: "Prepositions", ko: "전치사"),
        "WO": LocalizedText(en: "Word order", ko: "어순"),
        "ORTH": LocalizedText(en: "Capitals and spacing", ko: "대문자와 띄어쓰기"),
        "SPELL": LocalizedText(en: "Spelling", ko: "철자"),
        "ADJ": LocalizedText(en: "Adjectives", ko: "형용사"),
        "ADJ:FORM": LocalizedText(en: "Adjectives", ko: "형용사"),
        "ADV": LocalizedText(en: "Adverbs", ko: "부사"),
        "MORPH": LocalizedText(en: "Word forms", ko: "단어 형태"),
        "NOUN": LocalizedText(en: "Word choice", ko: "단어 선택"),
        "PRON": LocalizedText(en: "Pronouns", ko: "대명사"),
        "CONJ": LocalizedText(en: "Conjunctions", ko: "접속사"),
        "PUNCT": LocalizedText(en: "Punctuation", ko: "문장 부호"),
        "CONTR": LocalizedText(en: "Contractions", ko: "축약형"),
    ]
}
