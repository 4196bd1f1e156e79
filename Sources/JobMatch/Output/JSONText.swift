import Foundation

/// JSON text of `Encodable` values as every JobMatch face writes it: keys
/// sorted, so the same value always gives the same bytes.
package enum JSONText {
    /// How the keys of types without their own coding keys are written.
    package enum Keys {
        /// As the properties are named.
        case asNamed
        /// `camelCase` properties as `snake_case` keys.
        case snakeCase
    }

    /// `value` as JSON text ending in a line break: one line, or indented if `pretty`.
    package static func text(_ value: some Encodable, keys: Keys = .asNamed, pretty: Bool = false) throws -> String {
        let encoder = JSONEncoder()
        if keys == .snakeCase { encoder.keyEncodingStrategy = .convertToSnakeCase }
        encoder.outputFormatting = pretty ? [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes] : [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self) + "\n"
    }
}
