//! Finding the already-built dependencies the cases compile against.
//!
//! Cargo tells us: `cargo test --no-run --message-format=json --workspace --all-features --test
//! ui` prints a `compiler-artifact` message, with exact file names, for every crate this test
//! binary was built from. Inside a running `cargo test` this is a no-op build (all fresh), and it
//! does not wait for the build lock, which cargo has released before running tests.
//!
//! `--workspace --all-features` is the README's (and CI's) test command. It matters: resolver 2
//! unifies features over the selected packages, so `-p truto` would pick different `tokio`,
//! `hyper` and `truto` builds and compile them the first time. If the test is run some other way
//! (`cargo test --test ui`), the nested build builds the README variant once; it is as valid.
//!
//! `cargo metadata --no-deps` (offline, instant) says which crates are direct dependencies of the
//! package, so every case can `use` what `tests/*.rs` can: the package itself and its normal and
//! dev-dependencies, each passed as `--extern name=path`.

use serde_json::Value;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;

/// What rustc needs to compile a case the way cargo compiles `tests/*.rs`.
#[derive(Debug)]
pub struct Deps {
    /// `--extern` crate name to library file (rlib, or the dylib of a proc-macro).
    pub externs: BTreeMap<String, PathBuf>,
    /// `-L` arguments: `dependency=<target>/debug/deps` and any native search paths build
    /// scripts asked for (needed to link the pass cases).
    pub search_paths: Vec<String>,
    pub workspace_dir: PathBuf,
    pub target_dir: PathBuf,
}

/// One lib artifact from cargo's JSON.
struct Lib {
    package: String,
    version: String,
    lib_name: String,
    file: PathBuf,
}

/// A dependency as declared in the package's manifest.
struct Declared {
    package: String,
    rename: Option<String>,
    req: String,
    /// Optional or platform-specific: may legitimately be absent from the build.
    conditional: bool,
}

pub fn find(cargo: &Path, package_dir: &Path) -> Result<Deps, String> {
    let build = run(clean_env(Command::new(cargo))
        .current_dir(package_dir)
        .args([
            "test",
            "--no-run",
            "--message-format=json",
            "--workspace",
            "--all-features",
            "--test",
            "ui",
        ]))?;
    let metadata = run(Command::new(cargo).current_dir(package_dir).args([
        "metadata",
        "--format-version=1",
        "--no-deps",
    ]))?;
    let metadata: Value =
        serde_json::from_str(&metadata).map_err(|e| format!("cargo metadata output: {e}"))?;

    let manifest = package_dir.join("Cargo.toml");
    let package = metadata["packages"]
        .as_array()
        .into_iter()
        .flatten()
        .find(|p| p["manifest_path"].as_str().map(Path::new) == Some(manifest.as_path()))
        .ok_or_else(|| format!("cargo metadata lists no package at {}", manifest.display()))?;
    let root = string(&package["name"]);
    let declared: Vec<Declared> = package["dependencies"]
        .as_array()
        .into_iter()
        .flatten()
        .filter(|dep| dep["kind"].as_str() != Some("build"))
        .map(|dep| Declared {
            package: string(&dep["name"]),
            rename: dep["rename"].as_str().map(str::to_string),
            req: string(&dep["req"]),
            conditional: dep["optional"].as_bool() == Some(true) || !dep["target"].is_null(),
        })
        .collect();

    let mut libs = Vec::new();
    let mut search_paths = Vec::new();
    for line in build.lines() {
        let Ok(message) = serde_json::from_str::<Value>(line) else {
            continue;
        };
        match message["reason"].as_str() {
            Some("compiler-artifact") => libs.extend(lib(&message)),
            Some("build-script-executed") => {
                for path in message["linked_paths"].as_array().into_iter().flatten() {
                    search_paths.push(string(path));
                }
            }
            _ => {}
        }
    }

    let own = pick(&libs, &root, "*")?;
    let deps_dir = own
        .file
        .parent()
        .expect("artifact in a directory")
        .to_path_buf();
    let mut externs = BTreeMap::from([(own.lib_name.clone(), own.file.clone())]);
    for dep in &declared {
        if dep.conditional && !libs.iter().any(|lib| lib.package == dep.package) {
            continue;
        }
        let lib = pick(&libs, &dep.package, &dep.req)?;
        let name = dep
            .rename
            .as_deref()
            .map_or(lib.lib_name.clone(), |rename| rename.replace('-', "_"));
        externs.insert(name, lib.file.clone());
    }
    search_paths.sort();
    search_paths.dedup();
    search_paths.insert(0, format!("dependency={}", deps_dir.display()));

    Ok(Deps {
        externs,
        search_paths,
        workspace_dir: PathBuf::from(string(&metadata["workspace_root"])),
        target_dir: PathBuf::from(string(&metadata["target_directory"])),
    })
}

/// Removes the variables cargo sets for the crate being compiled or tested (`CARGO_MANIFEST_DIR`,
/// `CARGO_PKG_*`, ...). The test process has them for `truto`, and cargo checks a build script's
/// `rerun-if-env-changed` against its own environment: ring's declares `CARGO_MANIFEST_DIR`, so
/// with it inherited the nested build would rebuild ring and everything above it (rustls,
/// reqwest, truto-core, truto), and the next outer build would rebuild them all back.
fn clean_env(mut command: Command) -> Command {
    const SET_BY_CARGO: &[&str] = &[
        "CARGO_MANIFEST_DIR",
        "CARGO_MANIFEST_PATH",
        "CARGO_CRATE_NAME",
        "CARGO_BIN_NAME",
        "CARGO_PRIMARY_PACKAGE",
        "CARGO_TARGET_TMPDIR",
        "CARGO_RUSTC_CURRENT_DIR",
        "OUT_DIR",
    ];
    for (name, _) in std::env::vars_os() {
        let name = name.to_string_lossy();
        if SET_BY_CARGO.contains(&name.as_ref())
            || name.starts_with("CARGO_PKG_")
            || name.starts_with("CARGO_BIN_EXE_")
        {
            command.env_remove(name.as_ref());
        }
    }
    command
}

/// Runs a cargo command, returning its stdout.
fn run(command: &mut Command) -> Result<String, String> {
    let output = command
        .output()
        .map_err(|e| format!("running {command:?}: {e}"))?;
    if !output.status.success() {
        return Err(format!(
            "{command:?} failed ({}):\n{}",
            output.status,
            String::from_utf8_lossy(&output.stderr)
        ));
    }
    String::from_utf8(output.stdout).map_err(|e| format!("{command:?} printed non-UTF-8: {e}"))
}

fn string(value: &Value) -> String {
    value.as_str().unwrap_or_default().to_string()
}

/// The library file of a `compiler-artifact` message, if it is a lib (or proc-macro) target.
fn lib(message: &Value) -> Option<Lib> {
    let target = &message["target"];
    let kinds = target["kind"].as_array()?;
    let is_lib = kinds
        .iter()
        .any(|k| matches!(k.as_str(), Some("lib" | "rlib" | "dylib" | "proc-macro")));
    if !is_lib {
        return None;
    }
    let files: Vec<PathBuf> = message["filenames"]
        .as_array()?
        .iter()
        .map(|f| PathBuf::from(string(f)))
        .collect();
    // Linking needs the rlib; a proc-macro only has its dylib.
    let file = ["rlib", "so", "dylib", "dll", "rmeta"]
        .iter()
        .find_map(|ext| {
            files
                .iter()
                .find(|f| f.extension().is_some_and(|e| e == *ext))
        })?
        .clone();
    let (package, version) = package_name_version(message["package_id"].as_str()?)?;
    Some(Lib {
        package,
        version,
        lib_name: string(&target["name"]),
        file,
    })
}

/// Name and version from a package id: `registry+https://...#serde@1.0.200`,
/// `path+file:///work/truto-core#0.1.0` (name is the last path segment), or the older
/// `serde 1.0.200 (registry+...)`.
fn package_name_version(id: &str) -> Option<(String, String)> {
    if let Some((url, fragment)) = id.rsplit_once('#') {
        if let Some((name, version)) = fragment.split_once('@') {
            return Some((name.to_string(), version.to_string()));
        }
        let name = url.trim_end_matches('/').rsplit('/').next()?;
        return Some((name.to_string(), fragment.to_string()));
    }
    let mut parts = id.split(' ');
    Some((parts.next()?.to_string(), parts.next()?.to_string()))
}

/// The one lib artifact of `package`. Several versions of a crate can be in the build (`base64`
/// 0.22 and 0.23 here); the version requirement from the manifest chooses.
fn pick<'a>(libs: &'a [Lib], package: &str, req: &str) -> Result<&'a Lib, String> {
    let all: Vec<&Lib> = libs.iter().filter(|lib| lib.package == package).collect();
    let matching: Vec<&Lib> = if all.len() > 1 {
        all.iter()
            .copied()
            .filter(|lib| caret_matches(req, &lib.version))
            .collect()
    } else {
        all.clone()
    };
    match matching.as_slice() {
        [lib] => Ok(lib),
        [] => Err(format!(
            "the build has no library of `{package}` matching `{req}` (found: {:?})",
            all.iter().map(|lib| &lib.version).collect::<Vec<_>>()
        )),
        _ => Err(format!(
            "the build has several libraries of `{package}` matching `{req}`: {:?}; \
             the UI harness cannot tell which one the test links",
            matching
                .iter()
                .map(|lib| lib.file.display().to_string())
                .collect::<Vec<_>>()
        )),
    }
}

/// Whether `version` is compatible with a simple requirement (`^0.22`, `1`, `^1.2.3`, `*`);
/// enough to tell apart the semver-incompatible copies cargo builds side by side.
fn caret_matches(req: &str, version: &str) -> bool {
    let req = req.trim().trim_start_matches('^');
    if req == "*" {
        return true;
    }
    let wanted: Vec<&str> = req.split('.').collect();
    let have: Vec<&str> = version.split(['.', '-', '+']).collect();
    // The leftmost non-zero component (and everything before it) must be equal.
    for (i, part) in wanted.iter().enumerate() {
        if have.get(i) != Some(part) {
            return false;
        }
        if *part != "0" {
            return true;
        }
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn package_ids() {
        let id = "registry+https://github.com/rust-lang/crates.io-index#serde_json@1.0.154";
        assert_eq!(
            package_name_version(id),
            Some(("serde_json".into(), "1.0.154".into()))
        );
        let id = "path+file:///work/truto-core#0.1.0";
        assert_eq!(
            package_name_version(id),
            Some(("truto-core".into(), "0.1.0".into()))
        );
        let id = "serde 1.0.200 (registry+https://github.com/rust-lang/crates.io-index)";
        assert_eq!(
            package_name_version(id),
            Some(("serde".into(), "1.0.200".into()))
        );
    }

    #[test]
    fn versions_are_told_apart_by_requirement() {
        assert!(caret_matches("^0.22", "0.22.1"));
        assert!(!caret_matches("^0.22", "0.23.1"));
        assert!(caret_matches("^1", "1.54.1"));
        assert!(!caret_matches("^1", "2.0.0"));
        assert!(caret_matches("*", "3.1.0"));
    }
}
