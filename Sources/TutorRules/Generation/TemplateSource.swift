// templates.json, decoded the first time it is needed rather than at every start-up.

import Foundation
import Synchronization

/// The file of the template catalogue, decoded on first use and kept. `check` never teaches,
/// and decoding the file was an eighth of its start-up (36M of 272M instructions). The parts
/// that teach read it as they start (`BuiltinParts`), so a malformed file still stops them
/// there with the same error; anything else that asks for it gets that error when it asks.
final class TemplateSource: Sendable {
    private let url: URL
    /// Nil until first asked; then the catalogue or the file's error, for every later ask.
    private let decoded = Mutex<Result<TemplateCatalogue, RuleDataError>?>(nil)

    init(url: URL) {
        self.url = url
    }

    /// The catalogue, decoded on the first call (under the lock: a second caller waits for it).
    func catalogue() throws(RuleDataError) -> TemplateCatalogue {
        try decoded.withLock { decoded in
            if let decoded { return decoded }
            let result = Result { () throws(RuleDataError) -> TemplateCatalogue in try RuleResources.decode(url) }
            decoded = result
            return result
        }.get()
    }
}
