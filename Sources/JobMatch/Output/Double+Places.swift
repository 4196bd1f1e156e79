extension Double {
    /// The value rounded to `places` decimals, half away from zero: the
    /// number ``RankingWriter/decimal(_:places:)`` prints.
    package func rounded(toPlaces places: Int) -> Double {
        let scale = (0..<places).reduce(1.0) { value, _ in value * 10 }
        let scaled = (abs(self) * scale).rounded()
        guard isFinite, scaled < 9e15 else { return self }
        return (self < 0 ? -scaled : scaled) / scale
    }
}
