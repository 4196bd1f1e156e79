import Foundation
import JobMatch

/// A percentage on stderr while a long pass runs, shown only on a terminal.
final class Progress: Sendable {
    private let label: String
    private let shown: Locked<Int>
    private let isVisible: Bool

    init(label: String) {
        self.label = label
        shown = Locked(-1)
        isVisible = StandardError.isTerminal
    }

    /// Records that `fraction` of the work is done; safe from any thread.
    @Sendable func report(_ fraction: Double) {
        guard isVisible else { return }
        let percent = Int(fraction * 100)
        let changed = shown.withLock { last in
            guard percent > last else { return false }
            last = percent
            return true
        }
        if changed { FileHandle.standardError.write(Data("\r\(label) \(percent)%".utf8)) }
    }

    /// Clears the progress line.
    func finish() {
        guard isVisible else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
    }
}
