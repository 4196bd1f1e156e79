import Foundation
import JobMatch

/// A percentage on stderr while a long pass runs, shown only on a terminal.
final class Progress: Sendable {
    private let label: String
    /// The stage shown (empty: `label`) and the last percentage shown.
    private let shown: Locked<(stage: String, percent: Int)>
    private let isVisible: Bool

    init(label: String) {
        self.label = label
        shown = Locked(("", -1))
        isVisible = StandardError.isTerminal
    }

    /// Records that `fraction` of the work is done; safe from any thread.
    @Sendable func report(_ fraction: Double) {
        report(stage: "", fraction)
    }

    /// Records that `fraction` of `stage` is done, a new stage starting
    /// from 0; safe from any thread.
    @Sendable func report(stage: String, _ fraction: Double) {
        guard isVisible else { return }
        let percent = Int(fraction * 100)
        let changed = shown.withLock { shown in
            guard stage != shown.stage || percent > shown.percent else { return false }
            shown = (stage, percent)
            return true
        }
        let name = stage.isEmpty ? label : "\(label): \(stage)"
        if changed { FileHandle.standardError.write(Data("\r\u{1B}[K\(name) \(percent)%".utf8)) }
    }

    /// Clears the progress line.
    func finish() {
        guard isVisible else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
    }
}
