/// A group of seekers a fairness constraint can name: a key group of the
/// plan or a red / yellow / blue warning level.
public enum SeekerGroup: Sendable, Hashable, LosslessStringConvertible {
    case key(KeyGroup)
    case warning(WarningLevel)

    /// The group named as in the seekers file: a key group's code
    /// (`disabled`, `long_unemployed`, …) or a warning level (`red`,
    /// `yellow`, `blue`); `none` is neither.
    public init?(_ description: String) {
        if let group = KeyGroup(rawValue: description) {
            self = .key(group)
        } else if let level = WarningLevel(rawValue: description), level != .none {
            self = .warning(level)
        } else {
            return nil
        }
    }

    /// The group's code.
    public var description: String {
        switch self {
        case .key(let group): group.rawValue
        case .warning(let level): level.rawValue
        }
    }

    /// Whether `seeker` belongs to the group.
    public func contains(_ seeker: Seeker) -> Bool {
        switch self {
        case .key(let group): seeker.keyGroups.contains(group)
        case .warning(let level): seeker.warning == level
        }
    }

    /// Every group's code, for messages.
    public static let codes = KeyGroup.allCases.map(\.rawValue) + ["red", "yellow", "blue"]
}
