//! Compile-time behaviour of `#[truto_endpoint]` (trybuild): every misuse is an error at the
//! offending token (`tests/ui/fail_*.rs` with their `.stderr`), and the contract compiles
//! (`tests/ui/pass_*.rs`: `Send` futures, test doubles, every parameter role).
//!
//! Regenerate the snapshots after a deliberate change with `TRYBUILD=overwrite cargo test --test ui`.

#[test]
fn ui() {
    let t = trybuild::TestCases::new();
    t.compile_fail("tests/ui/fail_*.rs");
    t.pass("tests/ui/pass_*.rs");
}
