// How a message is written: in lower case throughout, as a chat message often is, and without apostrophes.

import TutorCore

extension AnalysisContext {
    /// What a capital letter's finding is trusted at in a message with no capital anywhere
    /// ("i'm from seoul lol"): writing a chat message all in lower case is a choice native
    /// speakers make too, not a slip, so its "i" and its names are underlined but, under 0.5
    /// (`RankedFocusSelector.minimumConfidence`), never made into a lesson. In a message with any
    /// capital ("I went to busan") the learner writes capitals and the finding is taught.
    static let lowerCaseMessageFactor = 0.5

    /// Whether the message has no capital letter (A to Z) anywhere.
    var isWrittenInLowerCase: Bool { !text.containsByte { $0 >= 0x41 && $0 <= 0x5A } }

    /// `lowerCaseMessageFactor` for a message written in lower case, else 1.
    var capitalLetterFactor: Double { isWrittenInLowerCase ? Self.lowerCaseMessageFactor : 1 }

    /// Whether the message has no apostrophe (' or ’) anywhere.
    var hasNoApostrophe: Bool { !text.contains("'") && !text.contains("\u{2019}") }

    /// What a short form typed without its apostrophe ("dont", "im", "thats") is trusted at: in a
    /// message written in lower case with no apostrophe anywhere ("lol i dont know"), leaving
    /// them out is the same chat choice as leaving out capitals, which native speakers make too:
    /// underlined, not taught. A message with a capital or an apostrophe elsewhere ("I dont
    /// know", "i don't know but im tired") shows the learner writes them, and is taught.
    var apostropheFactor: Double {
        isWrittenInLowerCase && hasNoApostrophe ? Self.lowerCaseMessageFactor : 1
    }
}
