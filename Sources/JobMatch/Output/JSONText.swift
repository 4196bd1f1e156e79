import Foundation

/// JSON text of `Encodable` values as every JobMatch face writes it, the
/// command line's files and the service's answers alike: keys sorted, so
/// the same value always gives the same bytes.
public enum JSONText {
    /// How the keys of types without their own coding keys are written.
    public enum Keys: Sendable {
        /// As the properties are named.
        case asNamed
        /// `camelCase` properties as `snake_case` keys.
        case snakeCase
    }

    /// `value` as JSON: one line, or indented if `pretty`.
    ///
    /// - Throws: `EncodingError` if `value` cannot be encoded.
    public static func data(_ value: some Encodable, keys: Keys = .asNamed, pretty: Bool = false) throws -> Data {
        let encoder = JSONEncoder()
        if keys == .snakeCase { encoder.keyEncodingStrategy = .convertToSnakeCase }
        encoder.outputFormatting = pretty
            ? [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes] : [.sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(value)
    }

    /// `value` as JSON text ending in a line break: one line, or indented if `pretty`.
    ///
    /// - Throws: `EncodingError` if `value` cannot be encoded.
    public static func text(_ value: some Encodable, keys: Keys = .asNamed, pretty: Bool = false) throws -> String {
        String(decoding: try data(value, keys: keys, pretty: pretty), as: UTF8.self) + "\n"
    }
}
