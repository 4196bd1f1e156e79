/// A coding key for any name: a field, a skill id, an unknown key.
package struct AnyCodingKey: CodingKey {
    package let stringValue: String
    package var intValue: Int? { nil }

    package init(_ name: String) { stringValue = name }
    package init(stringValue: String) { self.init(stringValue) }
    package init?(intValue: Int) { nil }
}

extension CodingUserInfoKey {
    /// The ``SkillTaxonomy`` that decoded seekers and posts are checked
    /// against, where a decoder's `userInfo` has one; without it, skill ids
    /// are held to the id rule and levels to 1…8 only, and the taxonomy is
    /// checked when the record enters an engine or index.
    public static let jobMatchTaxonomy = CodingUserInfoKey(rawValue: "JobMatch.taxonomy")!
}
