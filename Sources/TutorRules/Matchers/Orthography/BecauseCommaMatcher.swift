// "I stayed home because, I was sick." → "because I was sick" (no comma after "because")

import TutorCore

/// Finds a comma between "because" and its clause ("because, the bus was late") and takes it
/// out. Not before an aside that a second comma closes ("because, as you know, I work").
struct BecauseCommaMatcher: Matcher {
    var triggerWords: Set<String>? { ["because"] }

    func matches(in context: AnalysisContext) -> [Match] {
        context.positions(of: "because").compactMap { index -> Match? in
            guard let comma = context.token(at: index + 1), comma.text == ",",
                let next = context.token(at: comma.index + 1), ClauseStart.opens(next),
                !ClauseStart.commaFollows(next.index, in: context)
            else { return nil }
            return context.deletion(of: comma)
        }
    }
}
