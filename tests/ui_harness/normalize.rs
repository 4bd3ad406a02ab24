//! Turning rustc's stderr into a stable snapshot.
//!
//! The `.stderr` files were written by trybuild, so this is a port of the rules of trybuild's
//! newest ("preferred") normalization that matter for a workspace like ours. A snapshot must not
//! change when an unrelated line moves in `truto-core`, when the registry or toolchain lives
//! elsewhere, or when rustc's summary lines change:
//!
//! - dropped lines: `error: aborting due to ...`, `For more information about this error, try
//!   ...`, `Some errors have detailed explanations: ...`, `error: could not compile ...`,
//!   `To learn more, run the command again with --verbose.`, "the full type name has been
//!   written to ..." notes; trailing whitespace and repeated blank lines go too;
//! - `-->`/`:::` locations outside the case file lose their line and column, and the source lines
//!   printed under them lose their line numbers (then the gutter is unindented, as trybuild does);
//! - absolute paths become placeholders: the package root is stripped (workspace members are
//!   printed relative to it, like `truto-core/src/decode.rs`), `$WORKSPACE` for other paths in
//!   the workspace, `$OUT_DIR[crate]` for build-script output, `$CARGO/name-$VERSION/...` for the
//!   cargo registry, `$RUST/...` for the standard library;
//! - `and 12 others` becomes `and $N others`, and "the following other types implement trait"
//!   lists are cut after eight entries, so new impls in serde do not change a snapshot.

use std::path::Path;

/// Where the paths that get placeholders live.
pub struct Context<'a> {
    /// The package root (`CARGO_MANIFEST_DIR`), the directory rustc runs in.
    pub package_dir: &'a Path,
    /// The workspace root.
    pub workspace_dir: &'a Path,
    /// The target directory (build-script `out` directories are under it).
    pub target_dir: &'a Path,
    /// The case file as passed to rustc, relative to `package_dir` (`tests/ui/fail_x.rs`).
    pub input_file: &'a str,
}

/// The snapshot form of rustc's stderr for one case.
pub fn normalize(stderr: &str, cx: &Context) -> String {
    let stderr = stderr.replace("\r\n", "\n");
    let lines: Vec<&str> = stderr.lines().collect();
    let package = dir_prefix(cx.package_dir);
    let workspace = dir_prefix(cx.workspace_dir);
    let target = dir_prefix(cx.target_dir);

    let mut out = String::new();
    // Lines still to lose their leading line numbers (code under a location outside the case).
    let mut hide_numbers = 0;
    // Entries seen so far in a "the following other types implement trait" list.
    let mut other_types: Option<usize> = None;
    for (index, raw) in lines.iter().enumerate() {
        let mut line = raw.to_string();
        if hide_numbers > 0 {
            hide_leading_numbers(&mut line);
            hide_numbers -= 1;
        }
        let trimmed = line.trim_start();
        let indent = line.len() - trimmed.len();
        let kept = if trimmed.starts_with("--> ") || trimmed.starts_with("::: ") {
            let (location, outside) = location(&line, indent, cx, &package, &workspace, &target);
            line = location;
            if outside {
                hide_trailing_numbers(&mut line);
                hide_numbers = 1;
                while let Some(next) = lines.get(index + hide_numbers) {
                    match next.trim_start().chars().next() {
                        Some('0'..='9' | '|' | '.') => hide_numbers += 1,
                        _ => break,
                    }
                }
            }
            Some(line)
        } else {
            message_line(line, index, &lines, &mut other_types, &package, &workspace)
        };
        if let Some(line) = kept {
            out += &line;
            if !out.ends_with("\n\n") {
                out.push('\n');
            }
        }
    }
    trim(&unindent(&out))
}

/// Trailing whitespace removed, one final newline unless empty.
pub fn trim(text: &str) -> String {
    let mut text = text.trim_end().to_string();
    if !text.is_empty() {
        text.push('\n');
    }
    text
}

/// `dir` with forward slashes and one trailing slash, the form paths are matched against.
fn dir_prefix(dir: &Path) -> String {
    let dir = dir.to_string_lossy().replace('\\', "/");
    format!("{}/", dir.trim_end_matches('/'))
}

/// Rewrites one `-->`/`:::` line; the flag says whether it points outside the case file.
fn location(
    line: &str,
    indent: usize,
    cx: &Context,
    package: &str,
    workspace: &str,
    target: &str,
) -> (String, bool) {
    let start = indent + 4;
    let (head, path) = line.split_at(start);
    let path = path.replace('\\', "/");
    let rewritten = if let Some(out) = path.strip_prefix(target).and_then(out_dir) {
        out
    } else if let Some(rest) = path.strip_prefix(package) {
        rest.to_string()
    } else if let Some(rest) = path.strip_prefix(workspace) {
        format!("$WORKSPACE/{rest}")
    } else if let Some(rest) = rust_source(&path) {
        format!("$RUST/{rest}")
    } else if let Some(rest) = registry_source(&path) {
        format!("$CARGO/{rest}")
    } else {
        path
    };
    let in_case = is_file(&rewritten, cx.input_file)
        || is_file(&line[start..].replace('\\', "/"), cx.input_file);
    (format!("{head}{rewritten}"), !in_case)
}

/// Whether a location (`path:line:col`) is in `file`.
fn is_file(location: &str, file: &str) -> bool {
    location
        .strip_prefix(file)
        .is_some_and(|rest| rest.is_empty() || rest.starts_with(':'))
}

/// `debug/build/serde-0123456789abcdef/out/x.rs` -> `$OUT_DIR[serde]/x.rs`.
fn out_dir(rest: &str) -> Option<String> {
    let mut crate_name = None;
    let mut offset = 0;
    for component in rest.split('/') {
        offset += component.len() + 1;
        if component == "out" {
            return crate_name
                .map(|name| format!("$OUT_DIR[{name}]/{}", rest.get(offset..).unwrap_or("")));
        }
        crate_name = component
            .rsplit_once('-')
            .filter(|(_, hash)| hash.len() == 16 && is_lower_hex(hash))
            .map(|(name, _)| name);
    }
    None
}

/// The part after `library/` of a standard-library path, from rust-src or a `/rustc/<hash>/` path.
fn rust_source(path: &str) -> Option<&str> {
    if let Some(pos) = path.find("/rustlib/src/rust/library/") {
        return Some(&path[pos + "/rustlib/src/rust/library/".len()..]);
    }
    let rest = path.strip_prefix("/rustc/")?;
    let (hash, rest) = rest.split_at_checked(40)?;
    (is_lower_hex(hash)).then_some(())?;
    rest.strip_prefix("/library/")
}

/// `.../registry/src/index.crates.io-<hash>/serde-1.0.200/src/de.rs` -> `serde-$VERSION/src/de.rs`.
fn registry_source(path: &str) -> Option<String> {
    let pos = path.find("/registry/src/")?;
    let rest = &path[pos + "/registry/src/".len()..];
    let (registry, rest) = rest.split_once('/')?;
    let (_, hash) = registry.rsplit_once('-')?;
    if hash.len() != 16 || !is_lower_hex(hash) {
        return None;
    }
    let (package, rest) = rest.split_once('/').unwrap_or((rest, ""));
    // `serde_json-1.0.64`: the version starts after the last `-` before the first `.`.
    let package = match package.find('.').and_then(|dot| package[..dot].rfind('-')) {
        Some(dash) => format!("{}-$VERSION", &package[..dash]),
        None => package.to_string(),
    };
    Some(format!("{package}/{rest}"))
}

fn is_lower_hex(text: &str) -> bool {
    text.bytes().all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f'))
}

/// A line that is not a location: dropped (`None`) or with its volatile parts replaced.
fn message_line(
    mut line: String,
    index: usize,
    lines: &[&str],
    other_types: &mut Option<usize>,
    package: &str,
    workspace: &str,
) -> Option<String> {
    const DROPPED_PREFIXES: &[&str] = &[
        "error: aborting due to ",
        "error: could not compile `",
        "For more information about this error, try `rustc --explain",
        "For more information about an error, try `rustc --explain",
        "Some errors have detailed explanations:",
    ];
    if DROPPED_PREFIXES
        .iter()
        .any(|prefix| line.starts_with(prefix))
        || line == "To learn more, run the command again with --verbose."
    {
        return None;
    }
    let trimmed = line.trim_start();
    let note = trimmed.strip_prefix("= note: ").unwrap_or(trimmed);
    if note.starts_with("the full type name has been written to")
        || note.starts_with("the full name for the type has been written to")
        || (note.starts_with("this compiler was built on 2")
            && note.ends_with("; consider upgrading it if it is out of date"))
    {
        return None;
    }
    line.truncate(line.trim_end().len());

    // `and 12 others` -> `and $N others`.
    let trimmed = line.trim_start();
    let indent = line.len() - trimmed.len();
    if let Some(count) = trimmed
        .strip_prefix("and ")
        .and_then(|rest| rest.strip_suffix(" others"))
    {
        if !count.is_empty() && count.bytes().all(|b| b.is_ascii_digit()) {
            line = format!("{}and $N others", &line[..indent]);
        }
    }

    // Impl lists: keep eight entries, then `and $N others` (rustc shows up to nine when that is all).
    let trimmed = line.trim_start();
    if trimmed.starts_with("= help: the following types implement trait ")
        || trimmed.starts_with("= help: the following other types implement trait ")
    {
        *other_types = Some(0);
    } else if let Some(count) = other_types {
        if indent >= 12 && trimmed != "and $N others" {
            *count += 1;
            if *count == 9 {
                let next_indent = lines
                    .get(index + 1)
                    .map(|next| next.len() - next.trim_start().len());
                if next_indent == Some(indent) {
                    line.replace_range(indent - 2.., "and $N others");
                }
            } else if *count > 9 {
                return None;
            }
        } else {
            *other_types = None;
        }
    }

    Some(
        line.replace(package, "$DIR/")
            .replace(workspace, "$WORKSPACE/"),
    )
}

/// `10 | T: Send,` -> `   | T: Send,`.
fn hide_leading_numbers(line: &mut String) {
    let n = line
        .bytes()
        .take_while(|b| *b == b' ' || b.is_ascii_digit())
        .count();
    line.replace_range(..n, &" ".repeat(n));
}

/// `decode.rs:22:29` -> `decode.rs`.
fn hide_trailing_numbers(line: &mut String) {
    for _ in 0..2 {
        let digits = line.bytes().rev().take_while(u8::is_ascii_digit).count();
        if digits == 0 || !line[..line.len() - digits].ends_with(':') {
            return;
        }
        line.truncate(line.len() - digits - 1);
    }
}

#[derive(PartialEq)]
enum Kind {
    /// `error...`, `warning...`, or a `note:` that opens a block.
    Heading,
    /// A gutter line; how many spaces can be cut from it.
    Code(usize),
    /// `note:`, `help:`, `...`, or the continuation of a multi-line note.
    Note,
    /// Anything else, with its leading spaces.
    Other(usize),
}

/// Once line numbers are hidden the gutter is wider than needed; trybuild shrinks it to the
/// narrowest gutter in each block (the lines after a heading that starts with a location).
fn unindent(diag: &str) -> String {
    let mut out = String::new();
    let mut lines = diag.lines();
    while let Some(line) = lines.next() {
        out.push_str(line);
        out.push('\n');
        if kind(line, true, &mut false) != Kind::Heading {
            continue;
        }
        let mut ahead = lines.clone();
        let Some(next) = ahead.next() else { continue };
        let Kind::Code(indent) = kind(next, false, &mut false) else {
            continue;
        };
        if !next[indent + 1..].starts_with("--> ") {
            continue;
        }
        let (mut in_block, mut least) = (1, indent);
        let mut after_note = false;
        for line in ahead {
            match kind(line, false, &mut after_note) {
                Kind::Heading => break,
                Kind::Code(indent) => {
                    in_block += 1;
                    least = least.min(indent);
                }
                Kind::Note => in_block += 1,
                Kind::Other(spaces) if spaces > 10 => in_block += 1,
                Kind::Other(_) => break,
            }
        }
        let mut after_note = false;
        for _ in 0..in_block {
            let line = lines.next().expect("counted above");
            match kind(line, false, &mut after_note) {
                Kind::Code(_) | Kind::Other(_) => {
                    let space = line.find(' ').expect("indented");
                    out.push_str(&line[..space]);
                    out.push_str(&line[space + least..]);
                }
                _ => out.push_str(line),
            }
            out.push('\n');
        }
    }
    out
}

fn kind(line: &str, first_in_block: bool, after_note: &mut bool) -> Kind {
    let was_after_note = std::mem::replace(after_note, false);
    for heading in ["error", "warning"] {
        if line
            .strip_prefix(heading)
            .is_some_and(|rest| rest.starts_with([':', '[']))
        {
            return Kind::Heading;
        }
    }
    if first_in_block && line.starts_with("note: ") {
        return Kind::Heading;
    }
    if line.starts_with("note:")
        || line == "..."
        || line.starts_with("help:")
        || (was_after_note && line.starts_with("      "))
    {
        *after_note = true;
        return Kind::Note;
    }
    if let Some(rest) = line.strip_prefix("... ") {
        return Kind::Code(rest.bytes().take_while(|b| *b == b' ').count());
    }
    let mut spaces = line.bytes().take_while(|b| *b == b' ').count();
    let digits = line[spaces..]
        .bytes()
        .take_while(u8::is_ascii_digit)
        .count();
    spaces += line[spaces + digits..]
        .bytes()
        .take_while(|b| *b == b' ')
        .count();
    let rest = &line[digits + spaces..];
    let gutter = rest == "|" || rest.starts_with("| ");
    let suggestion = digits > 0
        && ["~", "+", "-"]
            .iter()
            .any(|mark| rest == *mark || rest.starts_with(&format!("{mark} ")));
    let location = digits == 0
        && (rest.starts_with("--> ") || rest.starts_with("::: ") || rest.starts_with("= "));
    if spaces > 0 && (gutter || suggestion || location) {
        return Kind::Code(spaces - 1);
    }
    Kind::Other(if digits == 0 { spaces } else { 0 })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cx() -> Context<'static> {
        Context {
            package_dir: Path::new("/w/truto"),
            workspace_dir: Path::new("/w/truto"),
            target_dir: Path::new("/w/truto/target"),
            input_file: "tests/ui/fail_x.rs",
        }
    }

    #[test]
    fn summary_lines_are_dropped_and_outside_locations_lose_numbers() {
        let stderr = "\
error[E0277]: the trait bound `X: Serialize` is not satisfied
   --> tests/ui/fail_x.rs:9:5
    |
9   |     x();
    |     ^ oops
    |
note: required by a bound in `decode_json`
   --> truto-core/src/decode.rs:120:29
    |
120 | pub async fn decode_json<T: DeserializeOwned>() {}
    |                             ^^^^^^^^^^^^^^^^ required by this bound
   ::: /root/.cargo/registry/src/index.crates.io-1949cf8c6b5b557f/serde_core-1.0.229/src/de.rs:7:1
   ::: /rustc/59807616e1fa2540724bfbac14d7976d7e4a3860/library/core/src/fmt/mod.rs:3:1

error: aborting due to 1 previous error

For more information about this error, try `rustc --explain E0277`.
";
        let expected = "\
error[E0277]: the trait bound `X: Serialize` is not satisfied
 --> tests/ui/fail_x.rs:9:5
  |
9 |     x();
  |     ^ oops
  |
note: required by a bound in `decode_json`
 --> truto-core/src/decode.rs
  |
  | pub async fn decode_json<T: DeserializeOwned>() {}
  |                             ^^^^^^^^^^^^^^^^ required by this bound
 ::: $CARGO/serde_core-$VERSION/src/de.rs
 ::: $RUST/core/src/fmt/mod.rs
";
        assert_eq!(normalize(stderr, &cx()), expected);
    }

    #[test]
    fn impl_lists_are_cut_and_counts_hidden() {
        // rustc prints eight impls and `and N others`, or, with `--verbose`, all of them.
        let list = |n: usize| {
            let mut stderr = String::from(
                "error: e\n  = help: the following other types implement trait `S`:\n",
            );
            for i in 0..n {
                stderr += &format!("            T{i}\n");
            }
            stderr
        };
        let short = normalize(&(list(8) + "          and 140 others\n"), &cx());
        let verbose = normalize(&list(12), &cx());
        assert_eq!(short, verbose);
        assert!(
            short.ends_with("            T7\n          and $N others\n"),
            "{short}"
        );
        // Nine fit without an `and ... others` line, and stay.
        assert!(normalize(&list(9), &cx()).ends_with("T7\n            T8\n"));
    }

    #[test]
    fn absolute_paths_become_placeholders() {
        let stderr = "error: e\n --> /w/truto/target/debug/build/foo-0123456789abcdef/out/gen.rs:1:2\n  = note: see /w/truto/src/lib.rs\n";
        let normalized = normalize(stderr, &cx());
        assert_eq!(
            normalized,
            "error: e\n --> $OUT_DIR[foo]/gen.rs\n  = note: see $DIR/src/lib.rs\n"
        );
    }
}
