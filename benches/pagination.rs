//! Pagination over 100,000 seeded tickets: items per second with and without look-ahead when
//! the server takes about as long to produce a page as the client takes to decode one, and
//! the client's peak memory while streaming them all.
//!
//! The mock server runs in a child process (this same binary, re-run with
//! `TRUTO_BENCH_ROLE=server`), so the counting allocator below sees only the client.
//!
//! ```sh
//! cargo bench --bench pagination
//! TRUTO_BENCH_TICKETS=20000 TRUTO_BENCH_RUNS=5 cargo bench --bench pagination
//! ```

use std::alloc::{GlobalAlloc, Layout, System};
use std::io::{BufRead, BufReader, Read, Write};
use std::process::{Child, Command, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use futures_util::TryStreamExt;
use truto::ticketing::Ticket;
use truto::{Client, ListParams, Paginator};

/// Counts the bytes the client holds, and the most it ever held.
struct Counting;

static CURRENT: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let ptr = unsafe { System.alloc(layout) };
        if !ptr.is_null() {
            let now = CURRENT.fetch_add(layout.size(), Ordering::Relaxed) + layout.size();
            PEAK.fetch_max(now, Ordering::Relaxed);
        }
        ptr
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        unsafe { System.dealloc(ptr, layout) };
        CURRENT.fetch_sub(layout.size(), Ordering::Relaxed);
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

const ACCOUNT: &str = "62f44730-dd91-461e-bd6a-aedd9e0ad79d";

pub trait Tickets: truto::Api {
    #[truto::truto_endpoint(GET, "/unified/ticketing/tickets")]
    fn tickets(&self, #[query] params: &ListParams) -> Paginator<Ticket>;
}
impl Tickets for Client {}

fn env_number(name: &str, default: usize) -> usize {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

/// The server role: serve the pages of `TRUTO_BENCH_TICKETS` seeded tickets, each after
/// `TRUTO_BENCH_DELAY_US`, `TRUTO_BENCH_PASSES` times over; print the URL and token; serve
/// until stdin closes.
///
/// The pages are rendered once up front (by a seeded mock) and then answered as canned
/// responses, so the server's time per page is the configured delay, not the mock's own work
/// of generating tickets.
fn serve() -> Result<(), Box<dyn std::error::Error>> {
    let tickets = env_number("TRUTO_BENCH_TICKETS", 100_000);
    let page = env_number("TRUTO_BENCH_PAGE", 500);
    let passes = env_number("TRUTO_BENCH_PASSES", 1);
    let delay = Duration::from_micros(env_number("TRUTO_BENCH_DELAY_US", 0) as u64);
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(1)
        .enable_all()
        .build()?;
    runtime.block_on(async {
        let seeded = truto_mock::MockServer::builder()
            .seed_tickets(tickets)
            .record_requests(false)
            .start()
            .await?;
        let http = reqwest::Client::new();
        let mut bodies = Vec::new();
        let mut cursor: Option<String> = None;
        loop {
            let mut url = format!(
                "{}/unified/ticketing/tickets?integrated_account_id={ACCOUNT}&limit={page}",
                seeded.url()
            );
            if let Some(cursor) = &cursor {
                url.push_str("&next_cursor=");
                url.push_str(cursor);
            }
            let body = http
                .get(url)
                .bearer_auth(seeded.token())
                .send()
                .await?
                .bytes()
                .await?;
            let envelope: serde_json::Value = serde_json::from_slice(&body)?;
            cursor = envelope["next_cursor"].as_str().map(str::to_owned);
            bodies.push(body);
            if cursor.is_none() {
                break;
            }
        }
        drop(seeded);
        let mock = truto_mock::MockServer::builder()
            .record_requests(false)
            .start()
            .await?;
        let route = truto_mock::Route::get("/unified/ticketing/tickets");
        for _ in 0..passes {
            for body in &bodies {
                let response =
                    truto_mock::MockResponse::bytes(200, "application/json", body.clone());
                mock.enqueue(route.clone(), response.delay(delay));
            }
        }
        println!("{} {}", mock.url(), mock.token());
        std::io::stdout().flush()?;
        // Serve until the parent closes our stdin.
        tokio::task::spawn_blocking(|| std::io::stdin().read_to_end(&mut Vec::new())).await??;
        Ok(())
    })
}

struct Server {
    child: Child,
    client: Client,
}

fn start_server(delay: Duration, passes: usize) -> Result<Server, Box<dyn std::error::Error>> {
    let mut child = Command::new(std::env::current_exe()?)
        .env("TRUTO_BENCH_ROLE", "server")
        .env("TRUTO_BENCH_DELAY_US", delay.as_micros().to_string())
        .env("TRUTO_BENCH_PASSES", passes.to_string())
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()?;
    let mut line = String::new();
    BufReader::new(child.stdout.take().ok_or("no stdout")?).read_line(&mut line)?;
    let (url, token) = line.trim().split_once(' ').ok_or("server said nothing")?;
    let client = Client::builder().token(token).base_url(url).build()?;
    Ok(Server { child, client })
}

impl Drop for Server {
    fn drop(&mut self) {
        drop(self.child.stdin.take());
        let _ = self.child.wait();
    }
}

fn median(values: &mut [f64]) -> f64 {
    values.sort_by(f64::total_cmp);
    values[values.len() / 2]
}

/// Streams every ticket once; returns (items, seconds, peak bytes above the start).
async fn stream_all(
    client: &Client,
    page: u32,
    look_ahead: bool,
) -> truto::Result<(usize, f64, usize)> {
    let params = ListParams::new(ACCOUNT).limit(page);
    let baseline = CURRENT.load(Ordering::Relaxed);
    PEAK.store(baseline, Ordering::Relaxed);
    let started = Instant::now();
    let mut items = client.tickets(&params).look_ahead(look_ahead);
    let mut count = 0;
    while let Some(ticket) = items.try_next().await? {
        std::hint::black_box(&ticket);
        count += 1;
    }
    let seconds = started.elapsed().as_secs_f64();
    Ok((
        count,
        seconds,
        PEAK.load(Ordering::Relaxed).saturating_sub(baseline),
    ))
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    if std::env::var("TRUTO_BENCH_ROLE").as_deref() == Ok("server") {
        return serve();
    }
    let runs = env_number("TRUTO_BENCH_RUNS", 3);
    let page = env_number("TRUTO_BENCH_PAGE", 500) as u32;
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()?;

    // Calibrate: how long does the client take to decode one page, and how big is it?
    let (decode_time, page_bytes) = runtime.block_on(async {
        let server = start_server(Duration::ZERO, 2)?;
        let raw = reqwest_page(&server, page).await?;
        let mut times = Vec::new();
        let mut bytes = 0;
        for _ in 0..15 {
            let before = CURRENT.load(Ordering::Relaxed);
            let started = Instant::now();
            let decoded: truto::Page<Ticket> = serde_json::from_slice(&raw)?;
            times.push(started.elapsed().as_secs_f64());
            bytes = CURRENT.load(Ordering::Relaxed) - before;
            std::hint::black_box(decoded);
        }
        Ok::<_, Box<dyn std::error::Error>>((median(&mut times), bytes))
    })?;
    let delay = Duration::from_secs_f64(decode_time);
    println!(
        "pagination: page of {page} tickets decodes in {:.2} ms and holds {:.1} KiB; server delay set to match",
        decode_time * 1e3,
        page_bytes as f64 / 1024.0
    );

    let server = start_server(delay, runs * 2)?;
    let mut with = Vec::new();
    let mut without = Vec::new();
    let mut peaks = Vec::new();
    let mut total = 0;
    for run in 0..runs {
        // Alternate which goes first, so drift hits both alike.
        for look_ahead in if run % 2 == 0 {
            [true, false]
        } else {
            [false, true]
        } {
            let (count, seconds, peak) =
                runtime.block_on(stream_all(&server.client, page, look_ahead))?;
            total = count;
            let rate = count as f64 / seconds;
            if look_ahead {
                with.push(rate);
                peaks.push(peak as f64);
            } else {
                without.push(rate);
            }
        }
    }
    let (with, without) = (median(&mut with), median(&mut without));
    let peak = median(&mut peaks);
    println!("  {total} tickets, {runs} runs each, medians:");
    println!("  look-ahead on : {with:>9.0} items/s");
    println!("  look-ahead off: {without:>9.0} items/s");
    println!("  speed-up      : {:.2}x", with / without);
    println!(
        "  peak client memory while streaming (look-ahead on): {:.1} KiB = {:.2} pages of decoded tickets",
        peak / 1024.0,
        peak / page_bytes as f64
    );
    Ok(())
}

/// One page's raw body, fetched without the SDK, for timing the decode alone.
async fn reqwest_page(
    server: &Server,
    page: u32,
) -> Result<bytes::Bytes, Box<dyn std::error::Error>> {
    let url = format!(
        "{}/unified/ticketing/tickets?integrated_account_id={ACCOUNT}&limit={page}",
        server.client.base_url()
    );
    let token = truto_mock::DEFAULT_TOKEN;
    let response = reqwest::Client::new()
        .get(url)
        .bearer_auth(token)
        .send()
        .await?;
    Ok(response.bytes().await?)
}
