internal import COpenBLAS

/// The one BLAS routine the engine needs, with its dimensions checked.
enum BLAS {
    /// Makes every `sgemm` call run on the calling thread alone; the first
    /// call sets OpenBLAS's thread count to 1, later calls do nothing.
    ///
    /// OpenBLAS keeps its thread count process-wide, and 0.3.21 has no
    /// per-call setting: a call that changed it would change it under every
    /// other caller too. So it is set once, to 1, and a dense sweep runs its
    /// own workers, one `sgemm` each: the thread count of a sweep is its
    /// options', whoever else is scoring at the time.
    static func prepare() {
        _ = singleThreaded
    }

    private static let singleThreaded: Void = openblas_set_num_threads(1)

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
