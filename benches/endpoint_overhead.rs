//! What `#[truto_endpoint]` costs: the expanded `import_ticket` call against the same request
//! written by hand with reqwest + serde_json, both against one loopback mock server.
//!
//! The two run interleaved in rounds (A B B A, then B A A B, ...), so drift on a shared,
//! noisy machine hits both alike; each round yields a ratio macro/hand, and the report
//! quotes the median ratio with its quartiles, in wall time and in the process's CPU time
//! (client and in-process mock server alike; CPU time is what other load on a shared
//! machine disturbs least).
//!
//! `TRUTO_BENCH_SUBSCRIBER=fmt` installs a `tracing` subscriber that listens at `INFO` and
//! formats every span and event into nothing (`io::sink`), to price the SDK's spans when
//! someone listens; without it no subscriber is installed, which is the zero-cost case.
//!
//! ```sh
//! cargo bench --bench endpoint_overhead
//! TRUTO_BENCH_ROUNDS=60 TRUTO_BENCH_BATCH=300 cargo bench --bench endpoint_overhead
//! TRUTO_BENCH_SUBSCRIBER=fmt cargo bench --bench endpoint_overhead
//! ```

use std::time::{Duration, Instant};

use reqwest::header::{ACCEPT, AUTHORIZATION, CONTENT_TYPE, USER_AGENT};
use truto::ticketing::{ImportTicketBody, Ticket, TicketingApi};
use truto::{Client, UnifiedQuery};
use truto_mock::MockServer;

const ACCOUNT: &str = "62f44730-dd91-461e-bd6a-aedd9e0ad79d";

struct HandWritten {
    http: reqwest::Client,
    url: String,
    bearer: String,
}

impl HandWritten {
    /// The same request the macro builds, the way one would write it without the SDK.
    async fn import_ticket(&self, body: &ImportTicketBody) -> Ticket {
        let response = self
            .http
            .post(&self.url)
            .header(AUTHORIZATION, &self.bearer)
            .header(ACCEPT, "application/json")
            .header(USER_AGENT, truto::DEFAULT_USER_AGENT)
            .header(CONTENT_TYPE, "application/json")
            // The SDK gives every write a fresh key so retries are safe; do the same here, or
            // the server would be doing less work for this side.
            .header("Idempotency-Key", uuid::Uuid::new_v4().to_string())
            .body(serde_json::to_vec(body).expect("body serializes"))
            .send()
            .await
            .expect("mock answers");
        assert!(response.status().is_success());
        let bytes = response.bytes().await.expect("body arrives");
        serde_json::from_slice(&bytes).expect("ticket decodes")
    }
}

fn env_number(name: &str, default: usize) -> usize {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

/// CPU time used by this process so far (all threads).
fn process_cpu_time() -> Duration {
    let mut now = libc::timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: `now` is a valid, writable timespec; the clock id is a constant libc knows.
    let result = unsafe { libc::clock_gettime(libc::CLOCK_PROCESS_CPUTIME_ID, &mut now) };
    assert_eq!(result, 0, "clock_gettime(CLOCK_PROCESS_CPUTIME_ID) works");
    Duration::new(now.tv_sec as u64, now.tv_nsec as u32)
}

/// Installs the subscriber `TRUTO_BENCH_SUBSCRIBER` names; returns its name.
fn install_subscriber() -> &'static str {
    match std::env::var("TRUTO_BENCH_SUBSCRIBER").as_deref() {
        Ok("fmt") => {
            let subscriber = tracing_subscriber::fmt()
                .with_max_level(tracing::Level::INFO)
                .with_writer(std::io::sink)
                .finish();
            tracing::subscriber::set_global_default(subscriber).expect("first subscriber");
            "fmt at INFO into io::sink"
        }
        _ => "none",
    }
}

fn median(values: &mut [f64]) -> f64 {
    values.sort_by(f64::total_cmp);
    values[values.len() / 2]
}

fn quartiles(values: &mut [f64]) -> (f64, f64) {
    values.sort_by(f64::total_cmp);
    (values[values.len() / 4], values[values.len() * 3 / 4])
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let rounds = env_number("TRUTO_BENCH_ROUNDS", 30);
    let batch = env_number("TRUTO_BENCH_BATCH", 200);
    let subscriber = install_subscriber();
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()?;
    runtime.block_on(async move {
        let mock = MockServer::start().await?;
        let client: Client = mock.client()?;
        let hand = HandWritten {
            http: reqwest::Client::new(),
            url: format!(
                "{}/unified/ticketing/tickets/import?integrated_account_id={ACCOUNT}",
                mock.url()
            ),
            bearer: format!("Bearer {}", mock.token()),
        };
        let query = UnifiedQuery::new(ACCOUNT);
        let body = ImportTicketBody::new()
            .remote_field("id", "4711")
            .remote_field("subject", "Printer on fire");

        // Both must send the same thing, or the comparison means nothing.
        let by_macro = client.import_ticket(&query, &body).await?;
        let by_hand = hand.import_ticket(&body).await;
        assert_eq!(by_macro.id, by_hand.id);
        let sent = mock.requests();
        let (a, b) = (&sent[sent.len() - 2], &sent[sent.len() - 1]);
        assert_eq!((&a.path, &a.query, &a.body), (&b.path, &b.query, &b.body));
        let header_names = |request: &truto_mock::RecordedRequest| {
            let mut names: Vec<String> = request.headers.iter().map(|(n, _)| n.clone()).collect();
            names.sort();
            names
        };
        assert_eq!(
            header_names(a),
            header_names(b),
            "both send the same headers"
        );

        for _ in 0..batch {
            client.import_ticket(&query, &body).await?;
            hand.import_ticket(&body).await;
        }
        mock.clear_requests();

        let mut per_call_macro = Vec::with_capacity(rounds);
        let mut per_call_hand = Vec::with_capacity(rounds);
        let mut ratios = Vec::with_capacity(rounds);
        let mut cpu_per_call_macro = Vec::with_capacity(rounds);
        let mut cpu_per_call_hand = Vec::with_capacity(rounds);
        let mut cpu_ratios = Vec::with_capacity(rounds);
        for round in 0..rounds {
            let mut macro_time = Duration::ZERO;
            let mut hand_time = Duration::ZERO;
            let mut macro_cpu = Duration::ZERO;
            let mut hand_cpu = Duration::ZERO;
            // A B B A on even rounds, B A A B on odd ones.
            let order: [bool; 4] = if round % 2 == 0 {
                [true, false, false, true]
            } else {
                [false, true, true, false]
            };
            for use_macro in order {
                let start = Instant::now();
                let cpu_start = process_cpu_time();
                for _ in 0..batch / 2 {
                    if use_macro {
                        std::hint::black_box(client.import_ticket(&query, &body).await?);
                    } else {
                        std::hint::black_box(hand.import_ticket(&body).await);
                    }
                }
                let spent = start.elapsed();
                let cpu_spent = process_cpu_time().saturating_sub(cpu_start);
                if use_macro {
                    macro_time += spent;
                    macro_cpu += cpu_spent;
                } else {
                    hand_time += spent;
                    hand_cpu += cpu_spent;
                }
            }
            let calls = (batch / 2 * 2) as f64;
            per_call_macro.push(macro_time.as_secs_f64() * 1e6 / calls);
            per_call_hand.push(hand_time.as_secs_f64() * 1e6 / calls);
            ratios.push(macro_time.as_secs_f64() / hand_time.as_secs_f64());
            cpu_per_call_macro.push(macro_cpu.as_secs_f64() * 1e6 / calls);
            cpu_per_call_hand.push(hand_cpu.as_secs_f64() * 1e6 / calls);
            cpu_ratios.push(macro_cpu.as_secs_f64() / hand_cpu.as_secs_f64());
            mock.clear_requests();
        }
        let (q1, q3) = quartiles(&mut ratios.clone());
        println!(
            "endpoint_overhead: {rounds} rounds x {batch} calls each side, interleaved ABBA/BAAB; \
             tracing subscriber: {subscriber}"
        );
        println!(
            "  #[truto_endpoint] import_ticket: median {:.1} us/call",
            median(&mut per_call_macro)
        );
        println!(
            "  hand-written reqwest+serde_json: median {:.1} us/call",
            median(&mut per_call_hand)
        );
        println!(
            "  ratio macro/hand: median {:.3} (quartiles {q1:.3} .. {q3:.3})",
            median(&mut ratios)
        );
        let (cpu_q1, cpu_q3) = quartiles(&mut cpu_ratios.clone());
        println!(
            "  CPU time: macro median {:.1} us/call, hand median {:.1} us/call",
            median(&mut cpu_per_call_macro),
            median(&mut cpu_per_call_hand)
        );
        println!(
            "  CPU ratio macro/hand: median {:.3} (quartiles {cpu_q1:.3} .. {cpu_q3:.3})",
            median(&mut cpu_ratios)
        );
        Ok(())
    })
}
