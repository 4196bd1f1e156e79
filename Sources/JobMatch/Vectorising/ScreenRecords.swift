/// What the screen reads of a seeker, packed together so that one pair's
/// test touches one record per side.
struct SeekerScreen: Sendable {
    /// The work types the seeker both accepts and is entitled to (rules 1–4).
    var eligibleTypes: UInt8
    /// The work types the seeker accepts (rule 1 alone), for the per-rule breakdown.
    var accepts: UInt8
    /// The work types the seeker's key groups entitle them to among
    /// public-welfare posts and internships (rules 2 and 3), the other types' bits set.
    var entitledTypes: UInt8
    /// The employer's number, ``EmployerNumbers/none`` or ``EmployerNumbers/unlisted``.
    var employer: Int32
    /// Availability, `Int64.min` / `Int64.max` where not given.
    var availableFrom: Int64
    var availableUntil: Int64
    /// The least `wageMax` tolerated (rule 8), −∞ where no expectation is given.
    var monthlyFloor: Double
    var hourlyFloor: Double
    /// The haversine term of the commute limit.
    var limitTerm: Double
    var place: HalfAngles
    /// The location in radians, for ruling out whole runs of posts.
    var latitude: Double
    var longitude: Double
}

/// What the screen reads of a post.
struct PostScreen: Sendable {
    /// The bit of the post's work type in a ``WorkTypeSet``.
    var typeBit: UInt8
    var isGig: Bool
    var isShared: Bool
    /// The employer's number in ``EmployerNumbers``.
    var employer: Int32
    /// The post's mandatory requirements in ``RequirementColumns``.
    var mandatoryStart: Int32
    var mandatoryEnd: Int32
    /// The time window, `Int64.max` / `Int64.min` where not given so that
    /// every availability covers it.
    var start: Int64
    var end: Int64
    var wageMax: Double
    /// The haversine term of the radius.
    var limitTerm: Double
    var place: HalfAngles
}
