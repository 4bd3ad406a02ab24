//! Streams every ticket of an account, counting them, the way a long sync does it: it keeps
//! the paginator's checkpoint as it goes, "crashes" part-way, and resumes page by page from
//! the checkpoint without losing a ticket.
//!
//! Offline by default: with no `TRUTO_API_TOKEN` set, it starts a `truto-mock` server
//! seeded with 1,100 tickets (three pages). With `TRUTO_API_TOKEN` set it calls the real API
//! (`TRUTO_BASE_URL` to point elsewhere) for the account in `TRUTO_INTEGRATED_ACCOUNT_ID`.
//!
//! ```sh
//! cargo run --example stream_tickets
//! ```

use std::collections::HashSet;

use futures_util::TryStreamExt;
use truto::prelude::*;
use truto::ticketing::ListTicketsQuery;
use truto_mock::MockServer;

/// Any account id will do for the mock; it only checks that it is a UUID.
const MOCK_ACCOUNT: &str = "62f44730-dd91-461e-bd6a-aedd9e0ad79d";
/// Tickets the mock is seeded with.
const MOCK_TICKETS: usize = 1_100;
/// Tickets per page (`limit`).
const PAGE_SIZE: u32 = 500;
/// The sync "crashes" after this many tickets.
const CRASH_AFTER: usize = 600;

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    // Kept alive until the end of main: dropping it stops the server.
    let mut mock = None;
    let (client, account) = if std::env::var_os("TRUTO_API_TOKEN").is_some() {
        let account = std::env::var("TRUTO_INTEGRATED_ACCOUNT_ID")
            .map_err(|_| "set TRUTO_INTEGRATED_ACCOUNT_ID to the account to read")?;
        let client = Client::from_env()?;
        println!(
            "TRUTO_API_TOKEN is set: calling the Truto API at {}",
            client.base_url()
        );
        (client, account)
    } else {
        let server = MockServer::builder()
            .seed_tickets(MOCK_TICKETS)
            .start()
            .await?;
        println!(
            "TRUTO_API_TOKEN is not set: using a local truto-mock server at {}, seeded with \
             {MOCK_TICKETS} tickets",
            server.url()
        );
        let client = server.client()?;
        mock = Some(server);
        (client, MOCK_ACCOUNT.to_owned())
    };

    // A client scoped to one account adds `integrated_account_id` to every call, so the
    // query can leave it out.
    let account = client.for_account(account);
    let query = ListTicketsQuery::default().limit(PAGE_SIZE);

    // Item by item, as a stream: pages are fetched as it is read, one page ahead.
    let mut processed = HashSet::new();
    let mut tickets = account.list_tickets(&query);
    while let Some(ticket) = tickets.try_next().await? {
        if processed.len() < 3 {
            println!(
                "  {} {:?} ({:?})",
                ticket.id,
                ticket.name.as_deref().unwrap_or("unnamed"),
                ticket.status_name().map(|status| status.as_str()),
            );
        }
        processed.insert(ticket.id);
        if processed.len() == CRASH_AFTER {
            break;
        }
    }
    // `checkpoint()` is the cursor of the page the next ticket comes from (`None` while on
    // the first page): a real sync persists it with its progress.
    let checkpoint = tickets.checkpoint().map(str::to_owned);
    drop(tickets); // the crash; a look-ahead request under way is cancelled
    if processed.len() < CRASH_AFTER {
        println!("{} tickets, all read before the crash", processed.len());
        drop(mock);
        return Ok(());
    }
    println!("crashed after {CRASH_AFTER} tickets; checkpoint {checkpoint:?}");

    // Resume from the checkpoint, page by page. That page is delivered again (at-least-once),
    // so tickets already processed are skipped.
    let resumed = match checkpoint {
        Some(cursor) => account.list_tickets(&query).resume_from(cursor),
        None => account.list_tickets(&query),
    };
    let mut pages = resumed.pages();
    let mut replayed = 0;
    while let Some(page) = pages.try_next().await? {
        let (size, next_cursor) = (page.items.len(), page.next_cursor);
        for ticket in page.items {
            if !processed.insert(ticket.id) {
                replayed += 1;
            }
        }
        // `next_cursor` is what to persist once this page is stored (`None` on the last).
        println!("  stored a page of {size}; next_cursor {next_cursor:?}");
    }
    println!(
        "{} tickets in all ({replayed} delivered twice, skipped)",
        processed.len()
    );
    drop(mock);
    Ok(())
}
