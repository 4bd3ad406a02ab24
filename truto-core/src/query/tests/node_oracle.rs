//! The real `qs` as the oracle: random values are encoded here and parsed by `qs.parse` in
//! node. Runs only where `TRUTO_QS_ORACLE` names a directory holding `node_modules/qs`
//! (`npm install --prefix DIR qs`); otherwise it says it skipped.

use std::io::Write as _;
use std::path::Path;
use std::process::{Command, Stdio};

use proptest::strategy::{Strategy, ValueTree};
use proptest::test_runner::TestRunner;
use serde_json::Value;

use super::qs_model::{normalise_top, top_strategy};
use crate::query::to_query_string;

const CASES: usize = 400;

/// Reads JSON-encoded query strings, one a line, and prints what `qs.parse` makes of each.
const SCRIPT: &str = r"
const qs = require(require('path').join(process.argv[1], 'node_modules', 'qs'));
let input = '';
process.stdin.setEncoding('utf8');
process.stdin.on('data', (chunk) => { input += chunk; });
process.stdin.on('end', () => {
  const options = { depth: 100, arrayLimit: 1000, parameterLimit: 100000 };
  const lines = input.split('\n').filter((line) => line.length > 0);
  for (const line of lines) {
    process.stdout.write(JSON.stringify(qs.parse(JSON.parse(line), options)) + '\n');
  }
});
";

#[test]
fn real_qs_parses_back_what_was_encoded() {
    let Some(dir) = std::env::var_os("TRUTO_QS_ORACLE") else {
        eprintln!("skipped: TRUTO_QS_ORACLE not set");
        return;
    };
    let dir = Path::new(&dir);
    assert!(
        dir.join("node_modules/qs").is_dir(),
        "TRUTO_QS_ORACLE={} has no node_modules/qs; run `npm install --prefix {0} qs`",
        dir.display()
    );

    let mut runner = TestRunner::deterministic();
    let strategy = top_strategy();
    let mut values = Vec::with_capacity(CASES);
    let mut input = String::new();
    for _ in 0..CASES {
        let value = strategy
            .new_tree(&mut runner)
            .expect("generate a value")
            .current();
        let query = to_query_string(&value).expect("encode");
        input.push_str(&serde_json::to_string(&query).expect("quote"));
        input.push('\n');
        values.push((value, query));
    }

    let mut node = Command::new("node")
        .arg("-e")
        .arg(SCRIPT)
        .arg(dir)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::inherit())
        .spawn()
        .expect("run node");
    // The script reads all input before writing, so writing it all first cannot deadlock.
    node.stdin
        .take()
        .expect("node stdin")
        .write_all(input.as_bytes())
        .expect("write to node");
    let output = node.wait_with_output().expect("wait for node");
    assert!(output.status.success(), "node failed: {}", output.status);
    let stdout = String::from_utf8(output.stdout).expect("node prints UTF-8");

    let parsed: Vec<&str> = stdout.lines().collect();
    assert_eq!(parsed.len(), values.len(), "one line per query");
    let mut mismatches = 0;
    for ((value, query), line) in values.iter().zip(parsed) {
        let from_qs: Value = serde_json::from_str(line).expect("qs printed JSON");
        let expected = normalise_top(value);
        if from_qs != expected {
            mismatches += 1;
            eprintln!("query {query:?}\n  qs:       {from_qs}\n  expected: {expected}");
        }
    }
    assert_eq!(
        mismatches, 0,
        "qs read {mismatches} of {CASES} queries differently"
    );
    eprintln!("qs oracle: {CASES} of {CASES} queries parsed back equal");
}
