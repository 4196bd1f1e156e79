import Foundation

/// How the page writes numbers: counts with thousands separators, rates as
/// percentages with one decimal, ratios with two decimals, and "—" for a
/// value that does not exist (a rate over zero seekers) or is not finite,
/// so that "NaN" or "inf" never reach a reader.
///
/// Every format is fixed and independent of the machine's locale.
enum NumberText {
    /// The dash written for a missing value.
    static let missing = "—"

    /// `value` with a comma between each group of three digits: `12,345`.
    static func count(_ value: Int) -> String {
        let digits = String(value.magnitude)
        var grouped = ""
        grouped.reserveCapacity(digits.count + digits.count / 3 + 1)
        for (offset, digit) in digits.enumerated() {
            if offset > 0 && (digits.count - offset) % 3 == 0 { grouped.append(",") }
            grouped.append(digit)
        }
        return value < 0 ? "-" + grouped : grouped
    }

    /// `value` (a share, 0.453) as a percentage with one decimal (`45.3%`), or "—".
    static func percent(_ value: Double?) -> String {
        guard let value, value.isFinite else { return missing }
        return fixed(value * 100, decimals: 1) + "%"
    }

    /// `value` with two decimals (`1.25`), or "—".
    static func ratio(_ value: Double?) -> String {
        guard let value, value.isFinite else { return missing }
        return fixed(value, decimals: 2)
    }

    /// A distance in kilometres without needless decimals: `1 km`, `2.5 km`.
    static func kilometres(_ value: Double) -> String {
        guard value.isFinite else { return missing }
        return trimmed(value, decimals: 2) + " km"
    }

    /// A latitude or longitude with four decimals (about 10 m), or "—".
    static func degrees(_ value: Double) -> String {
        guard value.isFinite else { return missing }
        return fixed(value, decimals: 4)
    }

    /// A coordinate in an SVG drawing, to a tenth of a unit, `0` if not finite.
    static func svg(_ value: Double) -> String {
        guard value.isFinite else { return "0" }
        return trimmed(value, decimals: 1)
    }

    /// `value` rounded to `decimals`, never written as `-0.0`.
    static func fixed(_ value: Double, decimals: Int) -> String {
        let scale = pow(10, Double(decimals))
        var rounded = (value * scale).rounded() / scale
        if rounded == 0 { rounded = 0 }  // turns -0.0 into 0.0
        return String(format: "%.\(decimals)f", rounded)
    }

    /// `value` rounded to at most `decimals`, trailing zeros and point dropped.
    static func trimmed(_ value: Double, decimals: Int) -> String {
        var text = fixed(value, decimals: decimals)
        guard text.contains(".") else { return text }
        while text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
        return text
    }
}
