internal import COpenBLAS

/// The one BLAS routine the engine needs, with its dimensions checked.
enum BLAS {
    /// Sets how many threads OpenBLAS uses for each call.
    ///
    /// Concurrent single-threaded `sgemm` calls from several workers were
    /// measured not to scale here, while one call on two OpenBLAS threads
    /// did; so dense sweeps run one worker with OpenBLAS on every thread.
    /// The setting is process-wide, as OpenBLAS keeps it, and only changes
    /// speed, never results.
    static func useThreads(_ count: Int) {
        let count = Int32(clamping: max(1, count))
        if openblas_get_num_threads() != count { openblas_set_num_threads(count) }
    }

    /// `c = a · bᵀ` for row-major `a` (`rowsA × depth`) and `b` (`rowsB × depth`);
    /// `c` is `rowsA × rowsB`, row-major.
    ///
    /// - Complexity: O(rowsA × rowsB × depth).
    static func multiplyTransposed(
        _ a: UnsafePointer<Float>, rows rowsA: Int,
        by b: UnsafePointer<Float>, rows rowsB: Int,
        depth: Int, into c: UnsafeMutablePointer<Float>
    ) {
        guard rowsA > 0, rowsB > 0 else { return }
        guard let m = Int32(exactly: rowsA), let n = Int32(exactly: rowsB), let k = Int32(exactly: depth), k >= 1 else {
            preconditionFailure("matrix dimensions \(rowsA) × \(rowsB) × \(depth) exceed BLAS's 32-bit range")
        }
        cblas_sgemm(CblasRowMajor, CblasNoTrans, CblasTrans, m, n, k, 1, a, k, b, k, 0, c, n)
    }
}
