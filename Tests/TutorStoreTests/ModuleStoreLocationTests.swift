// Where the database lives by default.

import Foundation
import Testing
import TutorStore

@Suite("The default database location")
struct ModuleStoreLocationTests {
    @Test(
        "XDG_DATA_HOME when it is an absolute path, else ~/.local/share",
        arguments: [
            (["XDG_DATA_HOME": "/data", "HOME": "/home/minji"], "/data/chattutor/chattutor.sqlite"),
            (["HOME": "/home/minji"], "/home/minji/.local/share/chattutor/chattutor.sqlite"),
            (["XDG_DATA_HOME": "", "HOME": "/home/minji"], "/home/minji/.local/share/chattutor/chattutor.sqlite"),
            (["XDG_DATA_HOME": "data", "HOME": "/home/minji"], "/home/minji/.local/share/chattutor/chattutor.sqlite"),
        ])
    func defaultURL(environment: [String: String], expectedPath: String) {
        #expect(ModuleStore.defaultURL(environment: environment).path == expectedPath)
    }
}
