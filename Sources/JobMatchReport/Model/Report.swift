/// The analyst's report of REPORTS.md: every number of its JSON file, as
/// plain values. Encoded with snake_case keys it is that file; the page
/// (``ReportPage``) is rendered from it and from the map's data.
///
/// A rate or ratio whose denominator is 0 is `nil` (`null` in JSON).
public struct Report: Codable, Sendable, Equatable {
    /// The format version, 1.
    public var version = 1
    public var overview: Overview
    /// Supply and demand by grade 0…8.
    public var grades: [GradeRow]
    /// The same table for each district; absent without districts.
    public var gradesByDistrict: [String: [GradeRow]]?
    public var highSkillShare: HighSkillShare
    /// One entry per radius of `--circles`.
    public var circles: [Circle]
    public var hardToFill: HardToFill
    public var keyGroups: KeyGroups
    /// Over every post's top 10 seekers, one row per key group.
    public var exposure: [ExposureRow]
    public var training: Training
    /// With planned posts only.
    public var whatIf: WhatIf?

    /// A report of these sections.
    private enum CodingKeys: String, CodingKey {
        case version
        case overview
        case grades
        case gradesByDistrict = "grades_by_district"
        case highSkillShare = "high_skill_share"
        case circles
        case hardToFill = "hard_to_fill"
        case keyGroups = "key_groups"
        case exposure
        case training
        case whatIf = "what_if"
    }

    public init(
        overview: Overview, grades: [GradeRow], gradesByDistrict: [String: [GradeRow]]?, highSkillShare: HighSkillShare,
        circles: [Circle], hardToFill: HardToFill, keyGroups: KeyGroups, exposure: [ExposureRow], training: Training,
        whatIf: WhatIf?
    ) {
        self.overview = overview
        self.grades = grades
        self.gradesByDistrict = gradesByDistrict
        self.highSkillShare = highSkillShare
        self.circles = circles
        self.hardToFill = hardToFill
        self.keyGroups = keyGroups
        self.exposure = exposure
        self.training = training
        self.whatIf = whatIf
    }
}

/// Counts of the whole data set.
public struct Overview: Codable, Sendable, Equatable {
    public var seekers: Int
    public var posts: Int
    /// The posts' openings summed.
    public var openings: Int
    /// Seeker–post pairs that keep every hard rule.
    public var feasiblePairs: Int
    /// Seekers placed by `jobmatch match` with the report's mode and candidates.
    public var placements: Int
    /// placements / seekers.
    @Nullable public var placementRate: Double?

    private enum CodingKeys: String, CodingKey {
        case seekers
        case posts
        case openings
        case feasiblePairs = "feasible_pairs"
        case placements
        case placementRate = "placement_rate"
    }

    public init(seekers: Int, posts: Int, openings: Int, feasiblePairs: Int, placements: Int, placementRate: Double?) {
        (self.seekers, self.posts, self.openings, self.feasiblePairs) = (seekers, posts, openings, feasiblePairs)
        (self.placements, self.placementRate) = (placements, placementRate)
    }
}

/// Supply and demand at one grade of the eight-grade ladder.
public struct GradeRow: Codable, Sendable, Equatable {
    /// 0 (no skills, no mandatory requirement) … 8.
    public var grade: Int
    /// Seekers whose highest skill level is this grade.
    public var seekers: Int
    /// Openings of posts whose highest mandatory requirement level is this grade.
    public var openings: Int
    /// openings / seekers: the vacancy-to-applicant ratio (求人倍率).
    @Nullable public var ratio: Double?

    private enum CodingKeys: String, CodingKey {
        case grade
        case seekers
        case openings
        case ratio
    }

    public init(grade: Int, seekers: Int, openings: Int, ratio: Double?) {
        (self.grade, self.seekers, self.openings, self.ratio) = (grade, seekers, openings, ratio)
    }
}

/// The share of skilled seekers at senior worker (grade 4) or above.
public struct HighSkillShare: Codable, Sendable, Equatable {
    /// Seekers with at least one skill.
    public var skilledSeekers: Int
    /// Of those, the ones whose highest level is 4 or more.
    public var highSkillSeekers: Int
    @Nullable public var share: Double?
    /// The plan's goal, 0.35.
    public var target: Double

    private enum CodingKeys: String, CodingKey {
        case skilledSeekers = "skilled_seekers"
        case highSkillSeekers = "high_skill_seekers"
        case share
        case target
    }

    public init(skilledSeekers: Int, highSkillSeekers: Int, share: Double?, target: Double) {
        (self.skilledSeekers, self.highSkillSeekers, self.share, self.target) = (skilledSeekers, highSkillSeekers, share, target)
    }
}

/// Seekers within reach of a feasible post, and their share.
public struct Coverage: Codable, Sendable, Equatable {
    public var seekers: Int
    public var covered: Int
    @Nullable public var share: Double?

    private enum CodingKeys: String, CodingKey {
        case seekers
        case covered
        case share
    }

    public init(seekers: Int, covered: Int, share: Double?) {
        (self.seekers, self.covered, self.share) = (seekers, covered, share)
    }
}

/// One employment circle: who has a feasible post within `radiusKm`.
public struct Circle: Codable, Sendable, Equatable {
    public var radiusKm: Double
    /// Seekers with at least one feasible post at distance ≤ `radiusKm`.
    public var covered: Int
    @Nullable public var share: Double?
    /// By district; absent without districts.
    public var byDistrict: [String: Coverage]?
    /// By key group, and `none` for seekers in no group.
    public var byGroup: [String: Coverage]
    /// By early-warning level.
    public var byWarning: [String: Coverage]

    private enum CodingKeys: String, CodingKey {
        case radiusKm = "radius_km"
        case covered
        case share
        case byDistrict = "by_district"
        case byGroup = "by_group"
        case byWarning = "by_warning"
    }

    public init(
        radiusKm: Double, covered: Int, share: Double?, byDistrict: [String: Coverage]?, byGroup: [String: Coverage],
        byWarning: [String: Coverage]
    ) {
        (self.radiusKm, self.covered, self.share) = (radiusKm, covered, share)
        (self.byDistrict, self.byGroup, self.byWarning) = (byDistrict, byGroup, byWarning)
    }
}

/// The posts fewer seekers can take than they have openings.
public struct HardToFill: Codable, Sendable, Equatable {
    public var posts: [HardPost]
    /// How many such posts of each work type.
    public var byType: [String: Int]
    /// How many in each district; empty without districts.
    public var byDistrict: [String: Int]

    private enum CodingKeys: String, CodingKey {
        case posts
        case byType = "by_type"
        case byDistrict = "by_district"
    }

    public init(posts: [HardPost], byType: [String: Int], byDistrict: [String: Int]) {
        (self.posts, self.byType, self.byDistrict) = (posts, byType, byDistrict)
    }
}

/// A post with fewer feasible seekers than openings, and what stands in the way.
public struct HardPost: Codable, Sendable, Equatable {
    public var post: String
    @Nullable public var title: String?
    public var type: String
    @Nullable public var district: String?
    public var openings: Int
    public var feasibleSeekers: Int
    /// For each of the eight rule codes, the seekers for whom it is the
    /// only rule the pair breaks: lifting that rule alone would make them feasible.
    public var binding: [String: Int]

    private enum CodingKeys: String, CodingKey {
        case post
        case title
        case type
        case district
        case openings
        case feasibleSeekers = "feasible_seekers"
        case binding
    }

    public init(
        post: String, title: String?, type: String, district: String?, openings: Int, feasibleSeekers: Int,
        binding: [String: Int]
    ) {
        (self.post, self.title, self.type, self.district) = (post, title, type, district)
        (self.openings, self.feasibleSeekers, self.binding) = (openings, feasibleSeekers, binding)
    }
}

/// Whether the key groups and the warning levels get their share.
public struct KeyGroups: Codable, Sendable, Equatable {
    /// One row per key group, and `none`.
    public var groups: [KeyGroupRow]
    /// One row per warning level.
    public var warningLevels: [KeyGroupRow]

    private enum CodingKeys: String, CodingKey {
        case groups
        case warningLevels = "warning_levels"
    }

    public init(groups: [KeyGroupRow], warningLevels: [KeyGroupRow]) {
        self.groups = groups
        self.warningLevels = warningLevels
    }
}

/// One group's outcomes against the best-off group of its table.
public struct KeyGroupRow: Codable, Sendable, Equatable {
    public var group: String
    public var seekers: Int
    /// With at least one feasible post.
    public var feasible: Int
    public var placed: Int
    /// placed / seekers.
    @Nullable public var selectionRate: Double?
    /// selectionRate / the highest selection rate of the table.
    @Nullable public var selectionImpactRatio: Double?
    /// The share of the row's seekers whose best score is above the median
    /// best score of all seekers (no feasible post counts as 0).
    @Nullable public var bestScoreMedianRate: Double?
    @Nullable public var bestScoreImpactRatio: Double?
    /// Either impact ratio below 0.8: the four-fifths rule.
    public var belowFourFifths: Bool

    private enum CodingKeys: String, CodingKey {
        case group
        case seekers
        case feasible
        case placed
        case selectionRate = "selection_rate"
        case selectionImpactRatio = "selection_impact_ratio"
        case bestScoreMedianRate = "best_score_median_rate"
        case bestScoreImpactRatio = "best_score_impact_ratio"
        case belowFourFifths = "below_four_fifths"
    }

    public init(
        group: String, seekers: Int, feasible: Int, placed: Int, selectionRate: Double?, selectionImpactRatio: Double?,
        bestScoreMedianRate: Double?, bestScoreImpactRatio: Double?, belowFourFifths: Bool
    ) {
        (self.group, self.seekers, self.feasible, self.placed) = (group, seekers, feasible, placed)
        (self.selectionRate, self.selectionImpactRatio) = (selectionRate, selectionImpactRatio)
        (self.bestScoreMedianRate, self.bestScoreImpactRatio, self.belowFourFifths) =
            (bestScoreMedianRate, bestScoreImpactRatio, belowFourFifths)
    }
}

/// A key group's place in the posts' lists of best seekers.
public struct ExposureRow: Codable, Sendable, Equatable {
    public var group: String
    /// The share of all listed slots its seekers hold.
    @Nullable public var slotShare: Double?
    /// Its share among seekers feasible for at least one post.
    @Nullable public var feasibleShare: Double?
    /// slotShare / feasibleShare.
    @Nullable public var skew: Double?
    /// The same over the lists re-ranked under the report's fairness
    /// constraint; absent without one.
    public var fair: FairExposure?

    private enum CodingKeys: String, CodingKey {
        case group
        case slotShare = "slot_share"
        case feasibleShare = "feasible_share"
        case skew
        case fair
    }

    public init(group: String, slotShare: Double?, feasibleShare: Double?, skew: Double?, fair: FairExposure? = nil) {
        (self.group, self.slotShare, self.feasibleShare, self.skew, self.fair) = (group, slotShare, feasibleShare, skew, fair)
    }
}

/// A key group's place in the posts' re-ranked lists.
public struct FairExposure: Codable, Sendable, Equatable {
    /// The share of all listed slots its seekers hold.
    @Nullable public var slotShare: Double?
    /// slotShare / the group's feasible share.
    @Nullable public var skew: Double?

    private enum CodingKeys: String, CodingKey {
        case slotShare = "slot_share"
        case skew
    }

    public init(slotShare: Double?, skew: Double?) {
        (self.slotShare, self.skew) = (slotShare, skew)
    }
}

/// Training that puts people into work: the chosen trainees and what it gives.
public struct Training: Codable, Sendable, Equatable {
    /// The most trainees asked for.
    public var trainees: Int
    public var placementsBefore: Int
    public var placementsAfter: Int
    /// Each trained seeker's upgrades, in the plan's order.
    public var plan: [TrainingRow]
    /// The plan's rows grouped by skill and level: the order-based classes.
    public var courses: [Course]
    /// Placements after the first 10 %, 20 %, … 100 % of the trainees.
    public var curve: [CurvePoint]
    /// The seekers file with the upgrades applied, when one was written.
    @Nullable public var upgradedSeekers: String?

    private enum CodingKeys: String, CodingKey {
        case trainees
        case placementsBefore = "placements_before"
        case placementsAfter = "placements_after"
        case plan
        case courses
        case curve
        case upgradedSeekers = "upgraded_seekers"
    }

    public init(
        trainees: Int, placementsBefore: Int, placementsAfter: Int, plan: [TrainingRow], courses: [Course],
        curve: [CurvePoint], upgradedSeekers: String?
    ) {
        (self.trainees, self.placementsBefore, self.placementsAfter) = (trainees, placementsBefore, placementsAfter)
        (self.plan, self.courses, self.curve, self.upgradedSeekers) = (plan, courses, curve, upgradedSeekers)
    }
}

/// One skill raised for one trainee.
public struct TrainingRow: Codable, Sendable, Equatable {
    public var seeker: String
    /// The post the trainee is trained for.
    public var post: String
    public var skill: String
    public var fromLevel: Int
    public var toLevel: Int

    private enum CodingKeys: String, CodingKey {
        case seeker
        case post
        case skill
        case fromLevel = "from_level"
        case toLevel = "to_level"
    }

    public init(seeker: String, post: String, skill: String, fromLevel: Int, toLevel: Int) {
        (self.seeker, self.post, self.skill, self.fromLevel, self.toLevel) = (seeker, post, skill, fromLevel, toLevel)
    }
}

/// One training class: a skill to a level, its trainees and the posts they qualify for.
public struct Course: Codable, Sendable, Equatable {
    public var skill: String
    public var toLevel: Int
    public var trainees: Int
    public var posts: [String]

    private enum CodingKeys: String, CodingKey {
        case skill
        case toLevel = "to_level"
        case trainees
        case posts
    }

    public init(skill: String, toLevel: Int, trainees: Int, posts: [String]) {
        (self.skill, self.toLevel, self.trainees, self.posts) = (skill, toLevel, trainees, posts)
    }
}

/// Placements after the plan's first `trainees`.
public struct CurvePoint: Codable, Sendable, Equatable {
    public var trainees: Int
    public var placements: Int

    private enum CodingKeys: String, CodingKey {
        case trainees
        case placements
    }

    public init(trainees: Int, placements: Int) {
        (self.trainees, self.placements) = (trainees, placements)
    }
}

/// What planned posts change.
public struct WhatIf: Codable, Sendable, Equatable {
    public var placementsBefore: Int
    public var placementsAfter: Int
    /// Seekers placed after and not before.
    public var newlyPlaced: [String]
    public var byGroup: [String: BeforeAfter]
    public var byWarning: [String: BeforeAfter]
    /// Empty without districts.
    public var byDistrict: [String: BeforeAfter]

    private enum CodingKeys: String, CodingKey {
        case placementsBefore = "placements_before"
        case placementsAfter = "placements_after"
        case newlyPlaced = "newly_placed"
        case byGroup = "by_group"
        case byWarning = "by_warning"
        case byDistrict = "by_district"
    }

    public init(
        placementsBefore: Int, placementsAfter: Int, newlyPlaced: [String], byGroup: [String: BeforeAfter],
        byWarning: [String: BeforeAfter], byDistrict: [String: BeforeAfter]
    ) {
        (self.placementsBefore, self.placementsAfter, self.newlyPlaced) = (placementsBefore, placementsAfter, newlyPlaced)
        (self.byGroup, self.byWarning, self.byDistrict) = (byGroup, byWarning, byDistrict)
    }
}

/// Placements before and after a change.
public struct BeforeAfter: Codable, Sendable, Equatable {
    public var before: Int
    public var after: Int

    private enum CodingKeys: String, CodingKey {
        case before
        case after
    }

    public init(before: Int, after: Int) {
        (self.before, self.after) = (before, after)
    }
}
