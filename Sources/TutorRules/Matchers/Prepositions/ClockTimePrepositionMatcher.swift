// "It started 20:15" → "started at 20:15", "on 7.30" → "at 7.30" (preposition.clock-time);
// "I can travel only July" → "only in July" (preposition.month-in).

import TutorCore

/// Times of the day take "at": "at 7.30", "at 8 pm", "at 10 o'clock". The rule reads a clock
/// time ("19:30", "7.30", "8pm", "8 p.m.", "10 o'clock") after "on" or "in" ("on 19.30" →
/// "at"), or straight after a verb of an event's time (start, begin, finish, end, open,
/// close, arrive, leave, meet...: "it started 20:15" → "started at 20:15"). Not after "be"
/// ("the time is 7.30"), and not a span ("from 7.30 to 9"; "in 2.5 hours").
///
/// Months take "in": a month straight after a verb of going, coming, starting or staying
/// ("we travel July" → "travel in July"), or after "only", "even", "especially", "mainly" that
/// follow such a verb or "free", "available", "possible" ("travel only July", "I am free only
/// July"), gets "in". A month followed by a number is a date ("on July 4th"); a month the
/// verb after it has as its subject ("only July is free") and "except July" are left alone.
struct ClockTimePrepositionMatcher: Matcher {
    enum Reading: Sendable {
        case clock
        case month
    }

    let reading: Reading

    /// Verbs of an event's time, in every form.
    private static let timedVerbs: WordSet = [
        "start", "starts", "started", "starting", "begin", "begins", "began", "begun", "beginning", "finish",
        "finishes", "finished", "finishing", "end", "ends", "ended", "ending", "open", "opens", "opened",
        "opening", "close", "closes", "closed", "closing", "arrive", "arrives", "arrived", "arriving", "leave",
        "leaves", "left", "leaving", "meet", "meets", "met", "depart", "departs", "departed", "departing",
        "return", "returns", "returned", "come", "comes", "came", "wake", "woke", "woken", "waking", "stop",
        "stops", "stopped", "landed", "land", "lands",
    ]
    private static let dayParts: WordSet = ["am", "pm", "a.m", "p.m", "o'clock", "oclock", "hours", "h"]
    private static let months: WordSet = [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
        "december",
    ]
    /// Words before a month that leave its preposition out ("only July" → "only in July").
    private static let focusAdverbs: WordSet = ["only", "even", "especially", "mainly", "mostly", "just", "except"]
    /// Verbs after which a bare month is when, not what: "travel July" → "travel in July".
    private static let goingVerbs: WordSet = [
        "travel", "travels", "travelled", "traveled", "travelling", "traveling", "go", "goes", "went", "going",
        "come", "comes", "came", "coming", "arrive", "arrives", "arrived", "arriving", "leave", "leaves", "left",
        "start", "starts", "started", "begin", "begins", "began", "finish", "finishes", "finished", "born",
        "return", "returned", "returns", "stay", "stays", "stayed", "move", "moved", "moves", "happened",
        "happen", "happens", "married", "graduated",
    ]
    /// Words before "only July" that make the month a when: "travel only July", "free only
    /// July", "is only July" ("I like only July" is what is liked, and is left alone).
    private static let whenWords: WordSet = [
        "available", "free", "possible", "holiday", "holidays", "here", "there", "away",
    ]

    /// A clock time is flagged only after "on", "in" or a verb of an event's time; a month
    /// only when it is there.
    var triggerWords: Set<String>? {
        switch reading {
        case .clock: Set(Self.timedVerbs).union(["on", "in"])
        case .month: Set(Self.months)
        }
    }

    func matches(in context: AnalysisContext) -> [Match] {
        switch reading {
        case .clock: clockMatches(in: context)
        case .month: monthMatches(in: context)
        }
    }

    private func clockMatches(in context: AnalysisContext) -> [Match] {
        var matches: [Match] = []
        for time in context.tokens where time.kind == .number && isClockTime(time, in: context) {
            guard let before = context.token(at: time.index - 1), before.isWord else { continue }
            // "from 7.30 to 9.00", "between 7.30 and 8", "until 7.30": a span's ends.
            if ["on", "in"].contains(before) {
                // "in 2.30 hours" is a span.
                if let after = nextWord(after: time, in: context),
                    ["hours", "hrs", "minutes", "mins"].contains(after)
                {
                    continue
                }
                var match = context.replacement(of: before, with: "at")
                match.message = Self.clockMessage
                matches.append(match)
            } else if Self.timedVerbs.contains(before), context.tag(at: before.index).hasPrefix("VB") {
                // The whole time is the change: "7:30" → "at 7:30", not "7" → "at 7".
                let last = lastToken(of: time, in: context)
                let written = context.text(from: time, to: last)
                var match = Match(
                    span: context.span(from: time, to: last),
                    suggestions: [(before.isAllCaps ? "AT " : "at ") + written])
                match.message = Self.clockMessage
                matches.append(match)
            }
        }
        return matches
    }

    private static let clockMessage = LocalizedText(
        en: "A time of the day takes 'at': '{correction}'.",
        ko: "시각 앞에는 'at'을 써요: '{correction}'.")

    /// "19:30", "7.30", "8pm", "8 pm", "8 p.m.", "10 o'clock": a number that reads as a time of
    /// the day.
    private func isClockTime(_ token: Token, in context: AnalysisContext) -> Bool {
        let text = token.lower
        // "7.30", "19.30": hours and minutes with a stop.
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        if parts.count == 2, let hour = Int(parts[0]), let minutes = Int(parts[1]), parts[1].count == 2,
            (0...24).contains(hour), (0...59).contains(minutes)
        {
            return true
        }
        // "8pm", "10am".
        if text.hasSuffix("pm") || text.hasSuffix("am"), let hour = Int(text.dropLast(2)), (1...12).contains(hour) {
            return true
        }
        guard let hour = Int(text), (0...24).contains(hour), let next = context.token(at: token.index + 1) else {
            return false
        }
        // "19:30": the colon and the minutes right after the hour.
        if next.text == ":", next.span.start == token.span.end, let minutes = context.token(at: next.index + 1),
            minutes.kind == .number, minutes.span.start == next.span.end, minutes.text.count == 2
        {
            return true
        }
        // "8 pm", "8 p.m.", "10 o'clock".
        return next.isWord && ["am", "pm", "a.m", "p.m", "o'clock", "oclock"].contains(next)
    }

    /// The time's last token: the minutes of "19:30", the "pm" of "8 pm", the hour itself
    /// otherwise.
    private func lastToken(of time: Token, in context: AnalysisContext) -> Token {
        guard let next = context.token(at: time.index + 1) else { return time }
        if next.text == ":", next.span.start == time.span.end, let minutes = context.token(at: next.index + 1),
            minutes.kind == .number, minutes.span.start == next.span.end
        {
            return minutes
        }
        if next.isWord, ["am", "pm", "o'clock", "oclock"].contains(next) { return next }
        return time
    }

    private func nextWord(after token: Token, in context: AnalysisContext) -> Token? {
        var index = token.index + 1
        while let next = context.token(at: index), !next.isWord { index += 1 }
        return context.token(at: index)
    }

    private func monthMatches(in context: AnalysisContext) -> [Match] {
        var matches: [Match] = []
        for month in context.tokens where month.isWord && Self.months.contains(month) {
            // "May" is a month only with a capital; "may" is the verb.
            guard month.lower != "may" || month.text == "May",
                let before = context.token(at: month.index - 1), before.isWord,
                Self.focusAdverbs.contains(before) || Self.goingVerbs.contains(before)
            else { continue }
            // A date takes "on": "only July 4th".
            if let next = context.token(at: month.index + 1), next.kind == .number { continue }
            if Self.focusAdverbs.contains(before) {
                // "except July" on its own is right ("every month except July"); "only July is free".
                if before.lower == "except" { continue }
                guard let verb = context.token(at: before.index - 1), verb.isWord,
                    Self.goingVerbs.contains(verb) || Self.whenWords.contains(verb)
                else { continue }
                if let next = context.token(at: month.index + 1), next.isWord,
                    context.tag(at: next.index).hasPrefix("VB") || context.tag(at: next.index) == "MD"
                {
                    continue
                }
            } else if !context.tag(at: before.index).hasPrefix("VB") {
                continue
            }
            var match = context.insertion("in", before: month)
            match.message = LocalizedText(
                en: "A month takes 'in': '{correction}'.",
                ko: "달(월) 앞에는 'in'을 써요: '{correction}'.")
            matches.append(match)
        }
        return matches
    }
}
