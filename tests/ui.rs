//! Compile-time behaviour of `#[truto_endpoint]` and `#[derive(Endpoint)]`: every misuse is an
//! error at the offending token (`tests/ui/fail_*.rs`, whose normalized stderr must equal the
//! `.stderr` next to it), and the contract compiles and runs (`tests/ui/pass_*.rs`: `Send`
//! futures, test doubles, every parameter role; no warning allowed).
//!
//! Regenerate the snapshots after a deliberate change with
//! `TRUTO_UI=overwrite cargo test --workspace --all-features --test ui` (`TRYBUILD=overwrite`
//! works too), then review the diff.
//!
//! # Why not trybuild
//!
//! trybuild generates a cargo project and builds the whole dependency tree again, in its own
//! target directory with its own `RUSTFLAGS` and every dev-dependency: about 300 s of a fresh
//! 2-core CI run, for 50 files of a few lines each. This harness reuses what `cargo test` has
//! already built instead:
//!
//! 1. [`artifacts`]: a nested `cargo test --no-run --message-format=json` (a no-op inside the
//!    running test) names the exact rlib of `truto` and of each of its dependencies;
//! 2. [`compile`]: each case is one `rustc` call against those rlibs (`--extern`,
//!    `-L dependency=`), two at a time; pass cases are linked and run;
//! 3. [`normalize`]: stderr is normalized the way trybuild did, so the snapshots are unchanged.

#[path = "ui_harness/artifacts.rs"]
mod artifacts;
#[path = "ui_harness/compile.rs"]
mod compile;
#[path = "ui_harness/normalize.rs"]
mod normalize;

use compile::{Case, Expect, Harness};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Mutex, OnceLock};

/// At most this many rustc processes at once (CI machines have two cores).
const PARALLEL: usize = 2;

#[test]
fn ui() {
    let bless = ["TRUTO_UI", "TRYBUILD"]
        .iter()
        .any(|var| std::env::var(var).is_ok_and(|v| v == "overwrite"));
    let harness = harness(bless);
    let (cases, mut failures) =
        compile::cases(package_dir(), "tests/ui").unwrap_or_else(|e| panic!("{e}"));
    assert!(!cases.is_empty(), "no cases in tests/ui");
    failures.extend(run_all(&harness, &cases));
    assert!(
        failures.is_empty(),
        "{} of {} UI cases failed:\n\n{}",
        failures.len(),
        cases.len(),
        failures.join("\n\n")
    );
}

/// Checks every case, `PARALLEL` at a time, and returns one message per failed case.
fn run_all(harness: &Harness, cases: &[Case]) -> Vec<String> {
    let next = AtomicUsize::new(0);
    let results = Mutex::new(Vec::new());
    std::thread::scope(|scope| {
        for _ in 0..PARALLEL.min(cases.len()) {
            scope.spawn(|| {
                while let Some(case) = cases.get(next.fetch_add(1, Ordering::Relaxed)) {
                    let result = harness.check(case);
                    match &result {
                        Ok(note) => println!("{} ... {note}", case.path),
                        Err(_) => println!("{} ... FAILED", case.path),
                    }
                    results.lock().unwrap().push((case.path.clone(), result));
                }
            });
        }
    });
    let mut results = results.into_inner().unwrap();
    results.sort_by(|a, b| a.0.cmp(&b.0));
    results
        .into_iter()
        .filter_map(|(path, result)| result.err().map(|why| format!("{path}: {why}")))
        .collect()
}

fn package_dir() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn harness(bless: bool) -> Harness<'static> {
    static DEPS: OnceLock<Result<artifacts::Deps, String>> = OnceLock::new();
    let deps = DEPS.get_or_init(|| artifacts::find(Path::new(env!("CARGO")), package_dir()));
    let deps = deps
        .as_ref()
        .unwrap_or_else(|e| panic!("finding the built dependencies: {e}"));
    Harness {
        deps,
        package_dir: package_dir(),
        rustc: std::env::var_os("RUSTC").unwrap_or_else(|| "rustc".into()),
        out_dir: PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("ui"),
        bless,
    }
}

/// Self-tests: the harness must be able to fail. Each writes a throwaway case (and snapshot)
/// under the target's tmp directory and checks the verdict.
mod harness_fails {
    use super::*;

    fn write_case(name: &str, source: &str, expect: Expect) -> Case {
        let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("ui-selftest");
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join(format!("{name}.rs"));
        std::fs::write(&path, source).unwrap();
        Case {
            path: path.display().to_string(),
            expect,
        }
    }

    #[test]
    fn when_a_fail_case_compiles() {
        let case = write_case("fail_compiles", "fn main() {}\n", Expect::Fail);
        let err = harness(false).check(&case).unwrap_err();
        assert!(
            err.starts_with("expected a compile error, but it compiled"),
            "{err}"
        );
    }

    #[test]
    fn when_the_snapshot_differs_with_a_diff() {
        let case = write_case(
            "fail_mismatch",
            "fn main() {\n    let _: u8 = \"text\";\n}\n",
            Expect::Fail,
        );
        let snapshot = case.snapshot(package_dir());
        std::fs::write(
            &snapshot,
            "error[E0308]: mismatched types\n --> somewhere/else.rs:1:1\n",
        )
        .unwrap();
        let err = harness(false).check(&case).unwrap_err();
        assert!(err.starts_with("stderr does not match"), "{err}");
        assert!(err.contains("\n- --> somewhere/else.rs:1:1\n"), "{err}");
        assert!(
            err.contains("\n+ --> ") && err.contains("fail_mismatch.rs:2:17\n"),
            "{err}"
        );
        std::fs::remove_file(&snapshot).unwrap();
        let err = harness(false).check(&case).unwrap_err();
        assert!(err.starts_with("no snapshot "), "{err}");
    }

    #[test]
    fn when_a_pass_case_warns_or_its_binary_fails() {
        let case = write_case(
            "pass_warns",
            "fn main() {\n    let unused = 1;\n}\n",
            Expect::Pass,
        );
        let err = harness(false).check(&case).unwrap_err();
        assert!(
            err.starts_with("compiled, but with warnings") && err.contains("unused variable"),
            "{err}"
        );
        let case = write_case(
            "pass_panics",
            "fn main() {\n    panic!(\"boom\");\n}\n",
            Expect::Pass,
        );
        let err = harness(false).check(&case).unwrap_err();
        assert!(
            err.starts_with("compiled, but running it failed") && err.contains("boom"),
            "{err}"
        );
        let case = write_case("pass_fine", "fn main() {}\n", Expect::Pass);
        assert_eq!(harness(false).check(&case), Ok("ok"));
    }
}
