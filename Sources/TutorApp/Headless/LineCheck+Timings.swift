// `check --timings`: where the time of a run went, stage by stage, on standard error.

import Foundation
import TutorRules

extension LineCheck {
    /// One line of stage times in milliseconds: loading, then the analyser's stages (tokenise,
    /// tag, structure, rules) and the rest of the run (reading, sanitising, writing), with
    /// how many utterances and words were tagged. `startUp` is the time to load the analyser
    /// and `total` the whole run's, start-up included.
    public static func timingsReport(_ timings: AnalysisTimings, startUp: Duration, total: Duration) -> String {
        let rest = total - startUp - timings.total
        func ms(_ duration: Duration) -> String { String(format: "%.1f", duration.milliseconds) }
        func count(_ number: Int, _ noun: String) -> String { "\(number) \(noun)\(number == 1 ? "" : "s")" }
        return "timings (ms): \(count(timings.utterances, "line")) in \(ms(total)): start-up \(ms(startUp)), "
            + "tokenise \(ms(timings.tokenise)), tag \(ms(timings.tag)) (\(count(timings.taggedUtterances, "line")), "
            + "\(count(timings.taggedWords, "word"))), structure \(ms(timings.structure)), "
            + "rules \(ms(timings.rules)), reading and writing \(ms(rest > .zero ? rest : .zero))"
    }
}
