extension ScoringConfiguration {
    /// Checks every parameter against its allowed range.
    ///
    /// - Throws: ``ConfigurationError`` naming the first parameter out of range.
    public func validate() throws(ConfigurationError) {
        try Self.check(weights, named: "weights")
        try Self.check(seekerPreferenceWeights, named: "seekerPreferenceWeights")
        try Self.check(postPreferenceWeights, named: "postPreferenceWeights")
        try Self.check("relatedSkillCredit", relatedSkillCredit, "between 0 and 1") { (0...1).contains($0) }
        try Self.check("geoOffsetKm", geoOffsetKm, "a finite number ≥ 0") { $0 >= 0 }
        try Self.check("geoScaleKm", geoScaleKm, "a finite number > 0") { $0 > 0 }
        try Self.check("wageHalfShortfall", wageHalfShortfall, "a finite number > 0") { $0 > 0 }
        try Self.check("maxShortfall", maxShortfall, "between 0 and 1") { (0...1).contains($0) }
        try Self.check("redBonus", redBonus, "between 0 and 1") { (0...1).contains($0) }
        try Self.check("yellowBonus", yellowBonus, "between 0 and 1") { (0...1).contains($0) }
        try Self.check("blueBonus", blueBonus, "between 0 and 1") { (0...1).contains($0) }
    }

    private static func check(_ weights: ScoreWeights, named name: String) throws(ConfigurationError) {
        try check("\(name).skill", weights.skill, "a finite number ≥ 0") { $0 >= 0 }
        try check("\(name).geo", weights.geo, "a finite number ≥ 0") { $0 >= 0 }
        try check("\(name).wage", weights.wage, "a finite number ≥ 0") { $0 >= 0 }
        let sum = weights.skill + weights.geo + weights.wage
        guard abs(sum - 1) <= 1e-9 else {
            throw ConfigurationError(parameter: name, value: sum, expected: "weights summing to 1")
        }
    }

    private static func check(
        _ name: String, _ value: Double, _ expected: String, _ isAllowed: (Double) -> Bool
    ) throws(ConfigurationError) {
        guard value.isFinite, isAllowed(value) else {
            throw ConfigurationError(parameter: name, value: value, expected: expected)
        }
    }
}

/// A scoring parameter outside its allowed range.
public struct ConfigurationError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The parameter's name, as in ``ScoringConfiguration``.
    public var parameter: String
    /// The rejected value (for weights, their sum).
    public var value: Double
    /// What the parameter must be.
    public var expected: String

    /// Creates an error for `parameter`, which held `value`.
    public init(parameter: String, value: Double, expected: String) {
        self.parameter = parameter
        self.value = value
        self.expected = expected
    }

    /// One line naming the parameter, its value and what it must be.
    public var description: String {
        "invalid configuration: \(parameter) = \(value), expected \(expected)"
    }
}
