//! Compiling one case with rustc and judging the result.
//!
//! rustc runs in the package root with the case's relative path, so its diagnostics say
//! `--> tests/ui/fail_x.rs:9:5`, as in the snapshots. Flags mirror what trybuild gave cargo:
//! edition 2021, a bin crate, `-A dead_code`, `--diagnostic-width=140`, and a full build
//! (`--emit=link`), so errors that only appear at codegen still count and pass cases get a binary
//! that is then run. Debuginfo is off and stripped: nothing reads it, and the dependencies'
//! debuginfo would make each pass binary ~60 MB instead of ~10 MB.

use super::artifacts::Deps;
use super::normalize::{self, Context};
use std::ffi::OsString;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// What a case must do.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Expect {
    /// Fail to compile with exactly the stderr in the `.stderr` file next to it.
    Fail,
    /// Compile without a single warning, then run successfully.
    Pass,
}

#[derive(Debug)]
pub struct Case {
    /// The path given to rustc: relative to the package root (or absolute, for the self-tests).
    pub path: String,
    pub expect: Expect,
}

impl Case {
    pub fn snapshot(&self, package_dir: &Path) -> PathBuf {
        package_dir.join(&self.path).with_extension("stderr")
    }

    fn crate_name(&self) -> String {
        let stem = Path::new(&self.path)
            .file_stem()
            .unwrap_or_default()
            .to_string_lossy();
        stem.replace(|c: char| !c.is_ascii_alphanumeric() && c != '_', "_")
    }
}

pub struct Harness<'a> {
    pub deps: &'a Deps,
    pub package_dir: &'a Path,
    /// `$RUSTC` if set (same toolchain as cargo's), else `rustc`.
    pub rustc: OsString,
    /// Where binaries go, one directory per case.
    pub out_dir: PathBuf,
    /// Write the actual stderr into the `.stderr` files instead of comparing.
    pub bless: bool,
}

impl Harness<'_> {
    /// `Ok` with a short note for the log, or `Err` saying what went wrong with this case.
    pub fn check(&self, case: &Case) -> Result<&'static str, String> {
        let out_dir = self.out_dir.join(case.crate_name());
        fs::create_dir_all(&out_dir).map_err(|e| format!("creating {}: {e}", out_dir.display()))?;
        let binary = out_dir.join(case.crate_name());
        let output = self.rustc(case, &binary)?;
        let stderr = String::from_utf8_lossy(&output.stderr);
        match case.expect {
            Expect::Fail if output.status.success() => Err(format!(
                "expected a compile error, but it compiled{}",
                if stderr.trim().is_empty() {
                    String::new()
                } else {
                    format!(" with:\n{stderr}")
                }
            )),
            Expect::Fail => self.compare(case, &stderr),
            Expect::Pass if !output.status.success() => {
                Err(format!("expected to compile, but it failed:\n{stderr}"))
            }
            Expect::Pass if !stderr.trim().is_empty() => {
                Err(format!("compiled, but with warnings:\n{stderr}"))
            }
            Expect::Pass => run(&binary, self.package_dir),
        }
    }

    fn rustc(&self, case: &Case, binary: &Path) -> Result<Output, String> {
        let mut command = Command::new(&self.rustc);
        command
            .current_dir(self.package_dir)
            .args([
                "--edition=2021",
                "--crate-type=bin",
                "--emit=link",
                "--color=never",
            ])
            .args([
                "--diagnostic-width=140",
                "-A",
                "dead_code",
                "-C",
                "debuginfo=0",
                "-C",
                "strip=debuginfo",
            ])
            .arg("--crate-name")
            .arg(case.crate_name())
            .arg("-o")
            .arg(binary);
        for path in &self.deps.search_paths {
            command.arg("-L").arg(path);
        }
        for (name, file) in &self.deps.externs {
            command
                .arg("--extern")
                .arg(format!("{name}={}", file.display()));
        }
        command.arg(&case.path);
        command
            .output()
            .map_err(|e| format!("running {:?}: {e}", self.rustc))
    }

    fn compare(&self, case: &Case, stderr: &str) -> Result<&'static str, String> {
        let cx = Context {
            package_dir: self.package_dir,
            workspace_dir: &self.deps.workspace_dir,
            target_dir: &self.deps.target_dir,
            input_file: &case.path,
        };
        let actual = normalize::normalize(stderr, &cx);
        let snapshot = case.snapshot(self.package_dir);
        let expected = fs::read_to_string(&snapshot)
            .ok()
            .map(|s| s.replace("\r\n", "\n"));
        if expected.as_deref() == Some(actual.as_str()) {
            return Ok("ok");
        }
        if self.bless {
            fs::write(&snapshot, &actual)
                .map_err(|e| format!("writing {}: {e}", snapshot.display()))?;
            return Ok(if expected.is_some() {
                "blessed (changed)"
            } else {
                "blessed (new)"
            });
        }
        let bless = "if the new output is right, bless it with TRUTO_UI=overwrite";
        let shown = Path::new(&case.path).with_extension("stderr");
        let shown = shown.display();
        Err(match expected {
            None => format!("no snapshot {shown}; the compiler said:\n{actual}\n({bless})"),
            Some(expected) => format!(
                "stderr does not match {shown} (- expected, + actual):\n{}\n({bless})",
                diff(&expected, &actual)
            ),
        })
    }
}

/// Runs a pass case's binary, as trybuild did: it must exit successfully.
fn run(binary: &Path, dir: &Path) -> Result<&'static str, String> {
    let output = Command::new(binary)
        .current_dir(dir)
        .output()
        .map_err(|e| format!("running {}: {e}", binary.display()))?;
    if output.status.success() {
        return Ok("ok");
    }
    Err(format!(
        "compiled, but running it failed ({}):\nstdout:\n{}\nstderr:\n{}",
        output.status,
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    ))
}

/// The cases in `dir` (`fail_*.rs`, `pass_*.rs`), sorted, plus the problems found on the way:
/// an `.rs` with neither prefix, or a `.stderr` whose case is gone.
pub fn cases(package_dir: &Path, dir: &str) -> Result<(Vec<Case>, Vec<String>), String> {
    let read = fs::read_dir(package_dir.join(dir)).map_err(|e| format!("reading {dir}: {e}"))?;
    let mut names: Vec<String> = read
        .filter_map(|e| Some(e.ok()?.file_name().to_string_lossy().into_owned()))
        .collect();
    names.sort();
    let (mut cases, mut problems) = (Vec::new(), Vec::new());
    for name in &names {
        let path = format!("{dir}/{name}");
        if let Some(stem) = name.strip_suffix(".rs") {
            let expect = if stem.starts_with("fail_") {
                Expect::Fail
            } else if stem.starts_with("pass_") {
                Expect::Pass
            } else {
                problems.push(format!(
                    "{path}: a case is named `fail_*.rs` or `pass_*.rs`"
                ));
                continue;
            };
            cases.push(Case { path, expect });
        } else if let Some(stem) = name.strip_suffix(".stderr") {
            if !stem.starts_with("fail_") || !names.contains(&format!("{stem}.rs")) {
                problems.push(format!("{path}: a snapshot without a `fail_*.rs` case"));
            }
        }
    }
    Ok((cases, problems))
}

/// A line diff of two texts with two lines of context around each change.
pub fn diff(expected: &str, actual: &str) -> String {
    let (old, new): (Vec<&str>, Vec<&str>) = (expected.lines().collect(), actual.lines().collect());
    // lcs[i][j]: length of the longest common subsequence of old[i..] and new[j..].
    let mut lcs = vec![vec![0u32; new.len() + 1]; old.len() + 1];
    for i in (0..old.len()).rev() {
        for j in (0..new.len()).rev() {
            lcs[i][j] = if old[i] == new[j] {
                lcs[i + 1][j + 1] + 1
            } else {
                lcs[i + 1][j].max(lcs[i][j + 1])
            };
        }
    }
    let mut ops = Vec::new(); // (marker, line, expected line number)
    let (mut i, mut j) = (0, 0);
    while i < old.len() || j < new.len() {
        if i < old.len() && j < new.len() && old[i] == new[j] {
            ops.push((' ', old[i], i + 1));
            (i, j) = (i + 1, j + 1);
        } else if i < old.len() && (j == new.len() || lcs[i + 1][j] >= lcs[i][j + 1]) {
            ops.push(('-', old[i], i + 1));
            i += 1;
        } else {
            ops.push(('+', new[j], i + 1));
            j += 1;
        }
    }
    const CONTEXT: usize = 2;
    let near_change = |k: usize| {
        ops[k.saturating_sub(CONTEXT)..(k + CONTEXT + 1).min(ops.len())]
            .iter()
            .any(|op| op.0 != ' ')
    };
    let mut out = String::new();
    for (k, (marker, line, at)) in ops.iter().enumerate() {
        if !near_change(k) {
            continue;
        }
        if k == 0 || !near_change(k - 1) {
            out += &format!("@@ expected line {at} @@\n");
        }
        out += &format!("{marker}{line}\n");
    }
    out
}

#[cfg(test)]
mod tests {
    use super::diff;

    #[test]
    fn diff_marks_changes_with_context() {
        let expected = "a\nb\nc\nd\ne\nf\ng\n";
        let actual = "a\nb\nc\nD\ne\nf\ng\n";
        assert_eq!(
            diff(expected, actual),
            "@@ expected line 2 @@\n b\n c\n-d\n+D\n e\n f\n"
        );
    }
}
