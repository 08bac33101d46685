// Flag, then environment, then config file: how every setting of ChatTutor is resolved.

/// Finds each setting's value: a flag wins over the environment, which wins over the config
/// file. The value is checked against its type and range wherever it came from, and an error
/// names that place (the flag, the variable, or the file and key).
public struct SettingResolver: Sendable {
    public var environment: [String: String]
    public var file: ConfigFile?

    public init(environment: [String: String], file: ConfigFile?) {
        self.environment = environment
        self.file = file
    }

    /// The value of `setting`, or nil when it is given nowhere (an empty variable counts as
    /// not set). `flag` is the command line's value, already typed by ArgumentParser.
    /// - Parameters:
    ///   - expected: the values `accept` takes, in words ("a whole number from 0 to 65535").
    public func value<Value: SettingValue>(
        _ setting: Setting, flag: Value? = nil, expected: ExpectedValue, accept: (Value) -> Bool = { _ in true }
    ) throws(ConfigError) -> Resolved<Value>? {
        guard let found = try typedValue(setting, flag: flag, expected: expected) else { return nil }
        guard accept(found.value) else {
            throw error(
                at: found.source, setting: setting, problem: .invalidValue(found.value.settingText, expected: expected))
        }
        return found
    }

    private func typedValue<Value: SettingValue>(_ setting: Setting, flag: Value?, expected: ExpectedValue)
        throws(ConfigError)
        -> Resolved<Value>?
    {
        if let flag, let name = setting.flag { return Resolved(value: flag, source: .flag(name)) }
        for name in setting.environment {
            guard let text = environment[name], !text.isEmpty else { continue }
            guard let value = Value(settingText: text) else {
                throw ConfigError(source: .environment(name), problem: .invalidValue(text, expected: expected))
            }
            return Resolved(value: value, source: .environment(name))
        }
        guard let file else { return nil }
        for key in setting.fileKeys {
            guard let written = file.values[key] else { continue }
            guard let value = Value(configValue: written) else {
                if case .string(let text) = written {
                    throw ConfigError(
                        source: .file(file.path), key: key, problem: .invalidValue(text, expected: expected))
                }
                throw ConfigError(
                    source: .file(file.path), key: key, problem: .wrongType(found: written, expected: expected))
            }
            return Resolved(value: value, source: .file(file.path))
        }
        return nil
    }

    /// An error at `source`, naming the file's key when the value came from the file.
    public func error(at source: ConfigSource, setting: Setting, problem: ConfigError.Problem) -> ConfigError {
        guard case .file(let path) = source else { return ConfigError(source: source, problem: problem) }
        let key = setting.fileKeys.first { file?.values[$0] != nil } ?? setting.fileKeys.first
        return ConfigError(source: .file(path), key: key, problem: problem)
    }
}

extension SettingResolver {
    /// A whole number in `range`.
    public func integer(_ setting: Setting, flag: Int? = nil, in range: ClosedRange<Int>) throws(ConfigError)
        -> Resolved<Int>?
    {
        try value(setting, flag: flag, expected: .wholeNumber(from: range.lowerBound, to: range.upperBound)) {
            range.contains($0)
        }
    }

    /// A number of seconds above 0 and at most `maximum`, as a duration (to the millisecond).
    public func seconds(_ setting: Setting, flag: Double? = nil, atMost maximum: Double) throws(ConfigError)
        -> Resolved<Duration>?
    {
        let expected = ExpectedValue.seconds(atMost: Int(maximum))
        guard
            let found: Resolved<Double> = try value(
                setting, flag: flag, expected: expected, accept: { $0 > 0 && $0 <= maximum })
        else {
            return nil
        }
        return Resolved(value: .milliseconds(Int64(found.value * 1000)), source: found.source)
    }

    /// One of `choices`.
    public func choice(_ setting: Setting, flag: String? = nil, from choices: [String]) throws(ConfigError) -> Resolved<
        String
    >? {
        try value(setting, flag: flag, expected: .oneOf(choices)) { choices.contains($0) }
    }
}
