#!/usr/bin/env python3
"""What truto-rs costs a user at compile time, measured in CPU seconds (user + system of the
compiler processes, from getrusage), medians over repeats. Not part of CI.

    python3 benches/compile_cost.py [--repeats 3] [--full]

It builds, in target/compile-cost/, outside the workspace and with the workspace's Cargo.lock:

1. `ticketing-only`: a small program (one typed call, `truto::prelude`) depending on `truto`
   with `default-features = false, features = ["ticketing"]`;
   `all-features`: the same program with every feature of `truto`.
   For each: the build of our three crates from clean (third-party dependencies already built:
   `cargo clean -p truto -p truto-core -p truto-macros`, then `cargo build`), and an incremental
   rebuild after touching the program's main.rs. With `--full`, also one build from an empty
   target directory (third-party dependencies included), once per variant.
2. `endpoints-N`: a crate declaring N endpoints with `#[truto_endpoint]` (a GET by id with a
   query, a POST with a body, a paginated list, in rotation), each called once from an async fn
   the program references (so its code is generated, as in a user's program), for N = 0 and 300:
   `cargo check` and `cargo build` CPU time of that crate (after touching it), and the lines its macro expansion adds per endpoint
   (`-Zunpretty=expanded` through RUSTC_BOOTSTRAP=1, lines counted after rustc's pretty-printer).

The figures it prints go into the issue notes; nothing is asserted.
"""

import argparse
import os
import pathlib
import resource
import shutil
import statistics
import subprocess
import tomllib
import sys
import time

ROOT = pathlib.Path(__file__).resolve().parent.parent
WORK = ROOT / "target" / "compile-cost"

PROGRAM = """\
use futures_util::TryStreamExt;
use truto::prelude::*;
use truto::ticketing::ListTicketsQuery;

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let client = Client::from_env()?;
    let account = std::env::var("TRUTO_INTEGRATED_ACCOUNT_ID")?;
    let mut tickets = client.list_tickets(&ListTicketsQuery::new(account));
    while let Some(ticket) = tickets.try_next().await? {
        println!("{:?}", ticket.id);
    }
    Ok(())
}
"""

MANIFEST = """\
[package]
name = "{name}"
version = "0.0.0"
edition = "2021"
publish = false

[workspace]

[dependencies]
truto = {{ path = "{root}", {features} }}
tokio = {{ version = "1", features = ["rt-multi-thread", "macros"] }}
serde_json = "1"
futures-util = "0.3"
"""

ENDPOINT_KINDS = [
    """    /// Gets thing {n}.
    #[truto_endpoint(GET, "/unified/things/t{n}/{{id}}")]
    async fn get_thing_{n}(&self, id: &str, #[query] query: &QueryParams) -> Result<Value>;
""",
    """    /// Creates thing {n}.
    #[truto_endpoint(POST, "/unified/things/t{n}")]
    async fn create_thing_{n}(&self, #[query] query: &QueryParams, #[body] body: &Value)
        -> Result<Value>;
""",
    """    /// Lists things {n}.
    #[truto_endpoint(GET, "/unified/things/t{n}")]
    fn list_things_{n}(&self, #[query] query: &QueryParams) -> Paginator<Value>;
""",
]


def cpu_of(cmd, cwd, env=None):
    """Runs cmd; returns (CPU seconds of it and its children, wall seconds)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.monotonic()
    subprocess.run(cmd, cwd=cwd, env=env, check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    wall = time.monotonic() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return cpu, wall


def make_crate(name, features, src):
    crate = WORK / name
    (crate / "src").mkdir(parents=True, exist_ok=True)
    (crate / "Cargo.toml").write_text(
        MANIFEST.format(name=name, root=ROOT.as_posix(), features=features))
    shutil.copy(ROOT / "Cargo.lock", crate / "Cargo.lock")
    main = crate / "src" / "main.rs"
    main.write_text(src)
    return crate, main


CALLS = [
    "    let _ = client.get_thing_{n}(\"x\", &query).await;\n",
    "    let _ = client.create_thing_{n}(&query, &Value::Null).await;\n",
    "    let _ = client.list_things_{n}(&query).try_next().await;\n",
]


def endpoints_source(n):
    """N declared endpoints, each called once, so each is compiled as a user would."""
    methods = "".join(ENDPOINT_KINDS[i % 3].format(n=i) for i in range(n))
    calls = "".join(CALLS[i % 3].format(n=i) for i in range(n))
    return ("#![allow(unused_imports)]\n"
            "use futures_util::TryStreamExt;\n"
            "use serde_json::Value;\n"
            "use truto::{truto_endpoint, Api, Client, Paginator, QueryParams, Result};\n\n"
            "/// The endpoints under measurement.\n"
            f"pub trait Things: Api {{\n{methods}}}\n\nimpl Things for Client {{}}\n\n"
            "#[allow(unused_variables, clippy::let_underscore_future)]\n"
            "async fn call_all(client: &Client, query: &QueryParams) {\n"
            f"{calls}}}\n\n"
            "fn main() -> std::result::Result<(), Box<dyn std::error::Error>> {\n"
            "    let client = Client::from_env()?;\n"
            "    let query = QueryParams::new(\"account\");\n"
            "    tokio::runtime::Builder::new_current_thread().enable_all().build()?\n"
            "        .block_on(call_all(&client, &query));\n"
            "    Ok(())\n"
            "}\n")


def report(label, samples):
    cpu = statistics.median(s[0] for s in samples)
    wall = statistics.median(s[1] for s in samples)
    spread = max(s[0] for s in samples) - min(s[0] for s in samples)
    print(f"{label:<58} cpu {cpu:7.2f} s (spread {spread:5.2f})  wall {wall:7.2f} s",
          flush=True)
    return cpu


def program_costs(repeats, full):
    variants = {"ticketing-only": 'default-features = false, features = ["ticketing"]'}
    # Every feature of the facade, read from its manifest so new APIs are counted.
    feats = [f for f in tomllib.loads((ROOT / "Cargo.toml").read_text())["features"]
             if f != "default"]
    variants["all-features"] = "features = [" + ", ".join(f'"{f}"' for f in feats) + "]"
    print(f"all features: {', '.join(feats)}")
    results = {}
    for name, features in variants.items():
        crate, main = make_crate(name, features, PROGRAM)
        target = crate / "target"
        env = dict(os.environ, CARGO_TARGET_DIR=str(target))
        if full:
            shutil.rmtree(target, ignore_errors=True)
            results[(name, "full")] = report(f"{name}: build from an empty target dir",
                                             [cpu_of(["cargo", "build", "-q"], crate, env)])
        else:
            subprocess.run(["cargo", "build", "-q"], cwd=crate, env=env, check=True)
        ours = []
        for _ in range(repeats):
            subprocess.run(["cargo", "clean", "-q", "-p", "truto", "-p", "truto-core",
                            "-p", "truto-macros"], cwd=crate, env=env, check=True)
            ours.append(cpu_of(["cargo", "build", "-q"], crate, env))
        results[(name, "ours")] = report(f"{name}: our 3 crates + program, from clean", ours)
        incr = []
        for _ in range(repeats):
            main.touch()
            incr.append(cpu_of(["cargo", "build", "-q"], crate, env))
        results[(name, "incr")] = report(f"{name}: incremental, main.rs touched", incr)
    for kind in ("ours", "incr"):
        ratio = results[("all-features", kind)] / results[("ticketing-only", kind)]
        print(f"all-features / ticketing-only ({kind}): {ratio:.2f}")


def endpoint_costs(repeats, n=300):
    lines = {}
    cpu = {}
    built = {}
    target = WORK / "endpoints-target"
    for count in (0, n):
        name = f"endpoints-{count}"
        crate, main = make_crate(name, 'default-features = false', endpoints_source(count))
        env = dict(os.environ, CARGO_TARGET_DIR=str(target))
        subprocess.run(["cargo", "check", "-q"], cwd=crate, env=env, check=True)
        samples = []
        for _ in range(repeats):
            main.touch()
            samples.append(cpu_of(["cargo", "check", "-q"], crate, env))
        cpu[count] = report(f"{name}: cargo check of the crate", samples)
        subprocess.run(["cargo", "build", "-q"], cwd=crate, env=env, check=True)
        samples = []
        for _ in range(repeats):
            main.touch()
            samples.append(cpu_of(["cargo", "build", "-q"], crate, env))
        built[count] = report(f"{name}: cargo build of the crate", samples)
        expanded = subprocess.run(
            ["cargo", "rustc", "-q", "--bin", name, "--profile=check", "--",
             "-Zunpretty=expanded"],
            cwd=crate, env=dict(env, RUSTC_BOOTSTRAP="1"), check=True,
            capture_output=True, text=True).stdout
        lines[count] = sum(1 for line in expanded.splitlines() if line.strip())
    source_lines = sum(1 for line in endpoints_source(n).splitlines() if line.strip()) - \
        sum(1 for line in endpoints_source(0).splitlines() if line.strip())
    per = (lines[n] - lines[0]) / n
    print(f"expanded lines per endpoint: {per:.1f} "
          f"(source: {source_lines / n:.1f} lines of declaration and one call)")
    print(f"check CPU per endpoint: {(cpu[n] - cpu[0]) / n * 1000:.2f} ms")
    print(f"build CPU per endpoint: {(built[n] - built[0]) / n * 1000:.2f} ms")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--full", action="store_true",
                        help="also build each program from an empty target directory")
    parser.add_argument("--only", choices=["programs", "endpoints"])
    args = parser.parse_args()
    WORK.mkdir(parents=True, exist_ok=True)
    if args.only != "endpoints":
        program_costs(args.repeats, args.full)
    if args.only != "programs":
        endpoint_costs(args.repeats)
    return 0


if __name__ == "__main__":
    sys.exit(main())
