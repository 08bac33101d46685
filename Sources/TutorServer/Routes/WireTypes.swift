// The response bodies of the contract (docs/openapi.yaml), in snake_case.

import Foundation
import TutorCore
import TutorStore

// The request bodies and their checks are in TutorAPIContract (decoded without a server).

/// A saved module on the wire.
struct SavedModuleBody: Encodable {
    var moduleID: String
    var userID: String
    var note: String?
    var tags: [String]
    var savedAt: String
    var updatedAt: String
    var module: TeachingModule

    enum CodingKeys: String, CodingKey {
        case moduleID = "module_id"
        case userID = "user_id"
        case note, tags
        case savedAt = "saved_at"
        case updatedAt = "updated_at"
        case module
    }

    init(_ saved: SavedModule) {
        moduleID = saved.module.id
        userID = saved.learnerName
        note = saved.note
        tags = saved.tags
        savedAt = saved.savedAt.formatted(.iso8601)
        updatedAt = saved.updatedAt.formatted(.iso8601)
        module = saved.module
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(moduleID, forKey: .moduleID)
        try container.encode(userID, forKey: .userID)
        try container.encode(note, forKey: .note)  // null when there is none
        try container.encode(tags, forKey: .tags)
        try container.encode(savedAt, forKey: .savedAt)
        try container.encode(updatedAt, forKey: .updatedAt)
        try container.encode(module, forKey: .module)
    }
}

/// `{"saved": <saved module>}`.
struct SavedEnvelope: Encodable {
    var saved: SavedModuleBody
}

/// `GET /user_modules/user/{user_id}`.
struct UserModulesBody: Encodable {
    var userID: String
    var modules: [SavedModuleBody]
    enum CodingKeys: String, CodingKey {
        case userID = "user_id"
        case modules
    }
}

/// `POST /end_conversation/{id}`.
struct EndBody: Encodable {
    var conversationID: String
    var status: ConversationStatus
    enum CodingKeys: String, CodingKey {
        case conversationID = "conversation_id"
        case status
    }
}

/// `GET /health`.
struct HealthBody: Encodable {
    var status: String
    var store: String
    var engine: String
    /// New conversations are taken here (not draining, not shutting down), whatever the store.
    var accepting: Bool
    var conversations: Int
}
