import Metrics
import Prometheus

/// The service's metrics, kept in its own Prometheus registry (no global
/// metrics system, so that several services, in tests, keep theirs apart)
/// and written out by `GET /metrics`.
final class ServiceMetrics: Sendable {
    private let registry = PrometheusCollectorRegistry()
    private let factory: PrometheusMetricsFactory
    private let rebuilds: Metrics.Counter
    private let postCount: Metrics.Gauge
    private let seekerCount: Metrics.Gauge
    private let skillCount: Metrics.Gauge

    init() {
        var factory = PrometheusMetricsFactory(registry: registry)
        factory.defaultDurationHistogramBuckets = [
            .microseconds(100), .microseconds(250), .microseconds(500), .milliseconds(1), .milliseconds(2.5),
            .milliseconds(5), .milliseconds(10), .milliseconds(25), .milliseconds(50), .milliseconds(100),
            .milliseconds(250), .milliseconds(500), .seconds(1), .seconds(2.5), .seconds(5),
        ]
        self.factory = factory
        rebuilds = Metrics.Counter(label: "jobmatch_index_rebuilds_total", factory: factory)
        postCount = Metrics.Gauge(label: "jobmatch_posts", factory: factory)
        seekerCount = Metrics.Gauge(label: "jobmatch_seekers", factory: factory)
        skillCount = Metrics.Gauge(label: "jobmatch_skills", factory: factory)
    }

    /// Counts one request and its latency, by method, route pattern and status.
    func record(method: String, route: String, status: Int, duration: Duration) {
        Metrics.Counter(
            label: "jobmatch_http_requests_total",
            dimensions: [("method", method), ("route", route), ("status", String(status))], factory: factory
        ).increment()
        Metrics.Timer(
            label: "jobmatch_http_request_duration_seconds", dimensions: [("method", method), ("route", route)],
            factory: factory
        ).recordNanoseconds(duration.components.seconds * 1_000_000_000 + duration.components.attoseconds / 1_000_000_000)
    }

    /// Sets the records the index holds.
    func recordsHeld(posts: Int, seekers: Int, skills: Int) {
        postCount.record(posts)
        seekerCount.record(seekers)
        skillCount.record(skills)
    }

    /// Counts one build of the whole index: at start, or after a taxonomy change.
    func indexRebuilt() {
        rebuilds.increment()
    }

    /// The Prometheus text exposition of every metric.
    func exposition() -> [UInt8] {
        var buffer: [UInt8] = []
        registry.emit(into: &buffer)
        return buffer
    }
}
