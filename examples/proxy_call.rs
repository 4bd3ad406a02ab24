//! Lists a provider's native resource through Truto's proxy API, page by page.
//!
//! Offline by default: with no `TRUTO_API_TOKEN` set, it starts a `truto-mock` server,
//! which has no proxy of its own (unknown routes answer 404), so two pages of a canned
//! provider-style answer are queued on `GET /proxy/tickets` first. With `TRUTO_API_TOKEN` set
//! it calls the real API (`TRUTO_BASE_URL` to point elsewhere) for the account in
//! `TRUTO_INTEGRATED_ACCOUNT_ID`, and `TRUTO_PROXY_RESOURCE` picks the resource (default
//! `tickets`; the account's capabilities list the others).
//!
//! ```sh
//! cargo run --example proxy_call
//! ```

use futures_util::TryStreamExt;
use serde_json::{json, Value};
use truto::prelude::*;
use truto::proxy::ProxyQuery;
use truto_mock::{MockResponse, MockServer, Route};

/// Any account id will do for the mock.
const MOCK_ACCOUNT: &str = "62f44730-dd91-461e-bd6a-aedd9e0ad79d";

/// At most this many items are printed (no page is requested after that).
const MAX_ITEMS: usize = 20;

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    // Kept alive until the end of main: dropping it stops the server.
    let mut mock = None;
    let (client, account, resource) = if std::env::var_os("TRUTO_API_TOKEN").is_some() {
        let account = std::env::var("TRUTO_INTEGRATED_ACCOUNT_ID")
            .map_err(|_| "set TRUTO_INTEGRATED_ACCOUNT_ID to the account to call through")?;
        let resource = std::env::var("TRUTO_PROXY_RESOURCE").unwrap_or_else(|_| "tickets".into());
        (Client::from_env()?, account, resource)
    } else {
        let server = MockServer::start().await?;
        println!(
            "TRUTO_API_TOKEN is not set: using a local truto-mock server at {}, with two canned \
             pages of provider-style tickets queued on GET /proxy/tickets",
            server.url()
        );
        queue_canned_pages(&server);
        let client = server.client()?;
        mock = Some(server);
        (client, MOCK_ACCOUNT.to_owned(), "tickets".to_owned())
    };

    // Parameters other than the account are forwarded to the provider as they are.
    let query = ProxyQuery::new(account).param("per_page", 2);
    let mut pages = client.list_proxy::<Value, _>(&resource, &query).pages();
    let (mut page_count, mut item_count) = (0, 0);
    while let Some(page) = pages.try_next().await? {
        page_count += 1;
        for item in page.items.iter().take(MAX_ITEMS - item_count) {
            item_count += 1;
            println!("{resource} #{item_count}: {item}");
        }
        if item_count >= MAX_ITEMS || page.is_last() {
            break;
        }
    }
    println!("{item_count} item(s) of /proxy/{resource} over {page_count} page(s)");
    drop(mock);
    Ok(())
}

/// Two pages as Truto's proxy returns them: the provider's objects, untouched, in Truto's
/// list envelope, the second page reached with the first page's `next_cursor`.
fn queue_canned_pages(server: &MockServer) {
    let route = Route::get("/proxy/tickets");
    server.enqueue(
        route.clone(),
        MockResponse::json(
            200,
            json!({
                "result": [
                    {"id": 4711, "subject": "Printer on fire", "status": "open", "priority": "urgent"},
                    {"id": 4712, "subject": "VPN drops every hour", "status": "pending", "priority": null}
                ],
                "next_cursor": "page-2",
                "result_count": 2
            }),
        ),
    );
    server.enqueue(
        route,
        MockResponse::json(
            200,
            json!({
                "result": [{"id": 4713, "subject": "New laptop", "status": "solved", "tags": ["hardware"]}],
                "next_cursor": null,
                "result_count": 1
            }),
        ),
    );
}
