/// A fairness parameter outside its range.
public struct FairnessError: Error, Sendable, Equatable, CustomStringConvertible {
    /// One line naming the parameter, the value given and the range allowed.
    public let description: String

    /// The error for `parameter` given as `value` where `range` is allowed.
    static func outOfRange(_ parameter: String, _ value: some CustomStringConvertible, allowed range: String) -> FairnessError {
        FairnessError(description: "\(parameter) = \(value) is out of range: \(parameter) must be in \(range)")
    }
}
