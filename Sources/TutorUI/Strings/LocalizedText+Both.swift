// A text shown in both languages on one line, the interface's language first.

import TutorCore

extension LocalizedText {
    /// "Plural nouns · 명사의 복수형" in English, "명사의 복수형 · Plural nouns" in Korean: a
    /// module teaches in both, and the learner reads their own language first.
    func both(_ language: InterfaceLanguage) -> String {
        language == .korean ? ko + " · " + en : en + " · " + ko
    }
}
