/// Fair re-rankings of candidates drawn from groups, and measures of what they cost.
///
/// Every ranking here takes one list per group, each best first (score
/// descending, equal scores by id in ascending UTF-8 byte order), answers
/// with ``FairPick``s naming group and position, and keeps each group in its
/// own order. Candidates compare by score, then id bytes, then group index.
///
/// - ``fair(protected:others:table:)``: FA*IR for a protected group, against
///   a ``FairnessTable``.
/// - ``representative(groups:shares:k:)``: DetConstSort for any number of
///   groups, each with a share of every prefix.
/// - ``unconstrained(groups:k:)``: the plain merge the other two depart from.
/// - ``ndcg(_:ideal:)`` and ``movedUp(_:unconstrained:)``: what a re-ranking
///   costs and whom it moved.
public enum FairReranking {}
