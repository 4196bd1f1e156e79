
/// Numbers for employers, so that the own-employer rule compares integers
/// in the scoring loop.
///
/// A seeker and a post scored against each other take their numbers from
/// the same instance. A number, once handed out, never changes: features
/// vectorised at different times (the segments of a live index) agree.
final class EmployerNumbers: Sendable {
    /// The number of a seeker without an employer.
    static let none: Int32 = -1
    /// The number of an employer never registered, which no post has.
    static let unlisted: Int32 = -2

    private let numbers = Locked<[String: Int32]>([:])

    /// No employer numbered yet.
    init() {}

    /// Numbers the distinct employers of `posts` from 0, in order.
    convenience init(posts: [Post]) {
        self.init()
        for post in posts { register(post.employer) }
    }

    /// Gives `employer` a number if it has none yet.
    func register(_ employer: String) {
        numbers.withLock { numbers in
            if numbers[employer] == nil { numbers[employer] = Int32(numbers.count) }
        }
    }

    /// The number of `employer`: ``none`` for no employer, ``unlisted`` for
    /// one never registered.
    func number(of employer: String?) -> Int32 {
        guard let employer else { return Self.none }
        return numbers.withLock { $0[employer] } ?? Self.unlisted
    }
}
