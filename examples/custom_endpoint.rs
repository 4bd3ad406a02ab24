//! Calls a Truto custom method through an endpoint described by a struct of your own,
//! `#[derive(truto::Endpoint)]`, and prints the typed answer.
//!
//! Custom methods of unified models live at `POST /unified/{model}/{resource}/{method}`; this
//! one is the tickets resource's `import`, which brings a ticket that already exists in the
//! remote system into Truto's unified shape. The same struct serves any other custom method:
//! change the path fields and the body.
//!
//! Offline by default: with no `TRUTO_API_TOKEN` set, it starts a `truto-mock` server,
//! whose import route answers. With `TRUTO_API_TOKEN` set it calls the real API
//! (`TRUTO_BASE_URL` to point elsewhere) for the account in `TRUTO_INTEGRATED_ACCOUNT_ID`.
//!
//! ```sh
//! cargo run --example custom_endpoint
//! ```

use serde::Deserialize;
use serde_json::{json, Value};
use truto::prelude::*;
use truto::Endpoint;
use truto_mock::MockServer;

/// Any account id will do for the mock; it only checks that it is a UUID.
const MOCK_ACCOUNT: &str = "62f44730-dd91-461e-bd6a-aedd9e0ad79d";

/// One call of a unified custom method: `client.send(&call)` sends it and decodes the
/// answer into the `response` type.
#[derive(Endpoint)]
#[endpoint(POST, "/unified/{model}/{resource}/{method}", response = ImportedTicket)]
struct CustomMethod<'a> {
    /// `{model}`, `{resource}`, `{method}`: fields named like a placeholder are path
    /// segments, each percent-encoded on its own.
    model: &'a str,
    resource: &'a str,
    method: &'a str,
    /// Flattened into the query string: `integrated_account_id=...` and Truto's options.
    #[endpoint(flatten)]
    query: &'a QueryParams,
    /// The JSON body.
    #[endpoint(body)]
    body: Value,
    /// A header; `None` leaves it out.
    #[endpoint(header = "X-Request-Id")]
    request_id: Option<String>,
}

/// The part of the answer this program needs, typed (unknown fields are ignored). The full
/// unified ticket is `truto::ticketing::Ticket`.
#[derive(Debug, Deserialize)]
struct ImportedTicket {
    id: String,
    name: Option<String>,
    status: Option<Status>,
    created_at: Option<String>,
}

#[derive(Debug, Deserialize)]
struct Status {
    name: Option<String>,
}

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    // Kept alive until the end of main: dropping it stops the server.
    let mut mock = None;
    let (client, account) = if std::env::var_os("TRUTO_API_TOKEN").is_some() {
        let account = std::env::var("TRUTO_INTEGRATED_ACCOUNT_ID")
            .map_err(|_| "set TRUTO_INTEGRATED_ACCOUNT_ID to the account to import into")?;
        let client = Client::from_env()?;
        println!(
            "TRUTO_API_TOKEN is set: calling the Truto API at {}",
            client.base_url()
        );
        (client, account)
    } else {
        let server = MockServer::start().await?;
        println!(
            "TRUTO_API_TOKEN is not set: using a local truto-mock server at {}",
            server.url()
        );
        let client = server.client()?;
        mock = Some(server);
        (client, MOCK_ACCOUNT.to_owned())
    };

    let query = QueryParams::new(account);
    let import = CustomMethod {
        model: "ticketing",
        resource: "tickets",
        method: "import",
        query: &query,
        body: json!({
            "remote_data": {"id": "4711", "subject": "Printer on fire", "status": "open"}
        }),
        request_id: Some("import-4711".to_owned()),
    };
    // The Idempotency-Key is the SDK's: per call, bound to this one request.
    let ticket = client
        .with_idempotency_key("import-4711")
        .send(&import)
        .await?;

    println!(
        "imported ticket {} ({:?}), status {:?}, created {:?}",
        ticket.id,
        ticket.name.as_deref().unwrap_or("unnamed"),
        ticket.status.and_then(|status| status.name),
        ticket.created_at,
    );
    drop(mock);
    Ok(())
}
