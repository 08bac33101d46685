// Talk mode: the other learner's name as both the screen and the plain mode show it.

import TutorCore

extension AppState {
    /// The other learner in talk mode by the name they joined or host with (at most 20
    /// characters, nothing that could command the terminal), else the speaker's own name.
    public func peerLabel(_ speaker: Speaker) -> String {
        let name =
            peerName
            ?? talk.flatMap { role -> String? in
                if case .guest(let hostName) = role { return hostName }
                return nil
            }
        guard let name, talk != nil else { return speaker.displayName }
        let clean = String(TextSanitizer.sanitize(name, keepNewlines: false).prefix(20))
        return clean.isEmpty ? speaker.displayName : clean
    }
}
