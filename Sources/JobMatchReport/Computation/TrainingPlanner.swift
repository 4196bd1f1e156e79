import JobMatch

/// The training plan (REPORTS.md, `training`): which near misses to train,
/// at most `trainees`, to place the most seekers.
///
/// **The choice: greedy by marginal gain, repairing the assignment.** A
/// near miss is worth one more placement when its seeker is unplaced and
/// its post has an opening the assignment left empty: trained, the seeker
/// can take that opening and no one else moves. So the plan takes such
/// near misses one at a time, each time filling that opening in its copy of
/// the assignment (the repair) and dropping the seeker from the others; of
/// those worth one, it takes first the fewest levels to train, then the
/// best score after training, then ids. Near misses worth nothing by this
/// count (the seeker already placed, or every opening of the post taken)
/// are not trained: the plan may be shorter than `trainees`.
///
/// **What it guarantees.** Every opening it fills was empty and every
/// seeker it trains was unplaced, so the repaired assignment is feasible on
/// the upgraded seekers and places `placements_before + trainees` seekers;
/// where that is all the near misses can give, no plan does better. It does
/// not look for gains made by moving placed seekers elsewhere. The numbers
/// reported are not the repair's: `placements_after` and the curve come from
/// solving the assignment again, in the report's mode, on the candidate
/// graph of the upgraded seekers (identical to `jobmatch match` on them),
/// and the optimal mode maximises the total score, not the count.
struct TrainingPlanner {
    let facts: ReportFacts

    /// The plan, its courses, the curve and the upgraded seekers.
    func plan(trainees budget: Int) -> (training: Training, upgraded: [Seeker]) {
        let posts = facts.request.posts
        var open = posts.map(\.openings)
        for placement in facts.assignment.placements { open[placement.post] -= 1 }
        let reference = ReferenceScorer(taxonomy: facts.engine.taxonomy, configuration: facts.engine.configuration)
        let candidates = facts.breakdown.nearMisses
            .filter { !facts.isPlaced[$0.seeker] && open[$0.post] > 0 }
            .map { pair -> (seeker: Int, post: Int, effort: Int, score: Double, upgraded: Seeker) in
                let seeker = facts.seekers[pair.seeker]
                let upgraded = Self.trained(seeker, for: posts[pair.post])
                let effort = Self.rows(from: seeker, to: upgraded, post: "").reduce(0) { $0 + $1.toLevel - $1.fromLevel }
                return (pair.seeker, pair.post, effort, reference.score(upgraded, posts[pair.post])?.total ?? 0, upgraded)
            }
            .sorted { a, b in
                if a.effort != b.effort { return a.effort < b.effort }
                if a.score != b.score { return a.score > b.score }
                let (seekerA, seekerB) = (facts.seekers[a.seeker].id, facts.seekers[b.seeker].id)
                if seekerA != seekerB { return seekerA.utf8.lexicographicallyPrecedes(seekerB.utf8) }
                return posts[a.post].id.utf8.lexicographicallyPrecedes(posts[b.post].id.utf8)
            }
        var chosen: [(seeker: Int, post: Int, upgraded: Seeker)] = []
        var trained = Set<Int>()
        for candidate in candidates where chosen.count < budget {
            guard !trained.contains(candidate.seeker), open[candidate.post] > 0 else { continue }
            open[candidate.post] -= 1
            trained.insert(candidate.seeker)
            chosen.append((candidate.seeker, candidate.post, candidate.upgraded))
        }

        // The curve: placements re-solved after each tenth of the plan, the graph updated for the newly trained.
        var graph = facts.graph
        var curve: [CurvePoint] = []
        var done = 0
        for tenth in 1...10 {
            let upTo = (chosen.count * tenth + 9) / 10
            if upTo > done {
                graph = facts.engine.candidateGraph(
                    graph, upgrading: Dictionary(uniqueKeysWithValues: chosen[done..<upTo].map { ($0.seeker, $0.upgraded) }))
                done = upTo
            }
            let placements = done == 0 ? facts.assignment.placements.count : graph.assignment(facts.request.mode).placements.count
            curve.append(CurvePoint(trainees: upTo, placements: placements))
        }
        let rows = chosen.flatMap { Self.rows(from: facts.seekers[$0.seeker], to: $0.upgraded, post: posts[$0.post].id) }
        return (
            Training(
                trainees: budget, placementsBefore: facts.assignment.placements.count,
                placementsAfter: curve.last?.placements ?? facts.assignment.placements.count, plan: rows,
                courses: Self.courses(rows), curve: curve, upgradedSeekers: nil),
            graph.seekers)
    }

    /// `seeker` trained for `post`: each unmet mandatory skill raised to its level.
    static func trained(_ seeker: Seeker, for post: Post) -> Seeker {
        var trained = seeker
        for requirement in post.requirements where requirement.isMandatory {
            if let index = trained.skills.firstIndex(where: { $0.skill == requirement.skill }) {
                trained.skills[index].level = max(trained.skills[index].level, requirement.level)
            } else {
                trained.skills.append(SkillLevel(skill: requirement.skill, level: requirement.level))
            }
        }
        return trained
    }

    /// One row per skill raised from `seeker` to `upgraded`.
    static func rows(from seeker: Seeker, to upgraded: Seeker, post: String) -> [TrainingRow] {
        upgraded.skills.compactMap { entry in
            let from = seeker.skills.first { $0.skill == entry.skill }?.level ?? 0
            return entry.level > from
                ? TrainingRow(seeker: seeker.id, post: post, skill: entry.skill, fromLevel: from, toLevel: entry.level) : nil
        }
    }

    /// The rows grouped by skill and level, the largest classes first.
    static func courses(_ rows: [TrainingRow]) -> [Course] {
        Dictionary(grouping: rows) { "\($0.skill)\u{0}\($0.toLevel)" }.values.map { group in
            Course(
                skill: group[0].skill, toLevel: group[0].toLevel, trainees: Set(group.map(\.seeker)).count,
                posts: Set(group.map(\.post)).sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) })
        }.sorted { a, b in
            a.trainees != b.trainees ? a.trainees > b.trainees : (a.skill, a.toLevel) < (b.skill, b.toLevel)
        }
    }
}
