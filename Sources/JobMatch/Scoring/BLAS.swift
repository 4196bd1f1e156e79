internal import COpenBLAS

/// The one BLAS routine the engine needs, with its dimensions checked.
enum BLAS {
    /// Makes every OpenBLAS call run on the calling thread.
    ///
    /// The engine parallelises tiles itself; OpenBLAS's own worker threads
    /// would compete with it for the same cores and spin between calls. The
    /// setting is process-wide, as OpenBLAS keeps it.
    static let runOnCallingThread: Void = {
        openblas_set_num_threads(1)
    }()

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
