// A small JSON Schema (2020-12) validator for the keywords docs/module.schema.json uses.

import Foundation

/// Validates JSON against a schema using `type`, `enum`, `required`, `properties`,
/// `additionalProperties: false`, `items`, `minItems`/`maxItems`, `minLength`/`maxLength`,
/// `minimum`/`maximum`, `pattern` and local `$ref`s. Unknown keywords fail loudly, so the
/// schema cannot grow past what the tests check. (CI also checks with Python's jsonschema.)
/// Immutable after init, so sharing it between tests is safe.
public struct JSONSchemaValidator: @unchecked Sendable {
    let root: [String: Any]

    public init(schemaData: Data) throws {
        guard let root = try JSONSerialization.jsonObject(with: schemaData) as? [String: Any] else {
            throw SchemaProblem(path: "$", message: "the schema is not an object")
        }
        self.root = root
    }

    /// Every problem found, empty when the document is valid.
    public func problems(in document: Data) throws -> [String] {
        let value = try JSONSerialization.jsonObject(with: document, options: [.fragmentsAllowed])
        var found: [String] = []
        check(value, against: root, path: "$", problems: &found)
        return found
    }

    private static let known: Set = [
        "$schema", "$id", "title", "description", "$defs", "type", "enum", "required", "properties",
        "additionalProperties", "items", "minItems", "maxItems", "minLength", "maxLength", "minimum", "maximum",
        "pattern", "$ref",
    ]

    private func check(_ value: Any, against schema: [String: Any], path: String, problems: inout [String]) {
        if let unknown = schema.keys.first(where: { !Self.known.contains($0) }) {
            problems.append("\(path): the validator does not know the keyword \(unknown)")
        }
        if let reference = schema["$ref"] as? String {
            let name = reference.replacingOccurrences(of: "#/$defs/", with: "")
            guard let definitions = root["$defs"] as? [String: Any], let target = definitions[name] as? [String: Any]
            else {
                problems.append("\(path): unresolved $ref \(reference)")
                return
            }
            check(value, against: target, path: path, problems: &problems)
        }
        if let type = schema["type"] as? String, !Self.matches(value, type: type) {
            problems.append("\(path): expected \(type)")
            return
        }
        if let options = schema["enum"] as? [Any],
            !options.contains(where: { ($0 as? NSObject)?.isEqual(value) == true })
        {
            problems.append("\(path): \(value) is not one of \(options)")
        }
        if let string = value as? String {
            let length = string.unicodeScalars.count
            if let minimum = schema["minLength"] as? Int, length < minimum {
                problems.append("\(path): shorter than \(minimum)")
            }
            if let maximum = schema["maxLength"] as? Int, length > maximum {
                problems.append("\(path): longer than \(maximum)")
            }
            if let pattern = schema["pattern"] as? String, string.range(of: pattern, options: .regularExpression) == nil
            {
                problems.append("\(path): '\(string)' does not match \(pattern)")
            }
        }
        if let number = value as? NSNumber, !(value is String) {
            if let minimum = schema["minimum"] as? Double, number.doubleValue < minimum {
                problems.append("\(path): below \(minimum)")
            }
            if let maximum = schema["maximum"] as? Double, number.doubleValue > maximum {
                problems.append("\(path): above \(maximum)")
            }
        }
        if let array = value as? [Any] {
            if let minimum = schema["minItems"] as? Int, array.count < minimum {
                problems.append("\(path): fewer than \(minimum) items")
            }
            if let maximum = schema["maxItems"] as? Int, array.count > maximum {
                problems.append("\(path): more than \(maximum) items")
            }
            if let items = schema["items"] as? [String: Any] {
                for (index, item) in array.enumerated() {
                    check(item, against: items, path: "\(path)[\(index)]", problems: &problems)
                }
            }
        }
        if let object = value as? [String: Any] {
            for key in schema["required"] as? [String] ?? [] where object[key] == nil {
                problems.append("\(path): missing \(key)")
            }
            let properties = schema["properties"] as? [String: Any] ?? [:]
            for (key, item) in object {
                if let property = properties[key] as? [String: Any] {
                    check(item, against: property, path: "\(path).\(key)", problems: &problems)
                } else if schema["additionalProperties"] as? Bool == false {
                    problems.append("\(path): unexpected property \(key)")
                }
            }
        }
    }

    private static func matches(_ value: Any, type: String) -> Bool {
        switch type {
        case "object": return value is [String: Any]
        case "array": return value is [Any]
        case "string": return value is String
        case "integer":
            guard let number = value as? NSNumber, !(value is String) else { return false }
            return number.doubleValue.rounded() == number.doubleValue
        case "number": return value is NSNumber && !(value is String)
        default: return false
        }
    }
}

public struct SchemaProblem: Error, CustomStringConvertible {
    public var path: String
    public var message: String
    public var description: String { "\(path): \(message)" }
}
