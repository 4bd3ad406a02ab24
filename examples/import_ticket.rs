//! Imports a ticket and prints it.
//!
//! Offline by default: with no `TRUTO_API_TOKEN` set, it starts a `truto-mock` server and
//! talks to that. With `TRUTO_API_TOKEN` set it calls the real API (`TRUTO_BASE_URL` to point
//! elsewhere) for the account in `TRUTO_INTEGRATED_ACCOUNT_ID`.
//!
//! ```sh
//! cargo run --example import_ticket
//! ```

use truto::prelude::*;
use truto::ticketing::ImportTicketBody;
use truto_mock::MockServer;

/// Any account id will do for the mock; it only checks that it is a UUID.
const MOCK_ACCOUNT: &str = "62f44730-dd91-461e-bd6a-aedd9e0ad79d";

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    // Kept alive until the end of main: dropping it stops the server.
    let mut mock = None;
    let (client, account) = if std::env::var_os("TRUTO_API_TOKEN").is_some() {
        let account = std::env::var("TRUTO_INTEGRATED_ACCOUNT_ID")
            .map_err(|_| "set TRUTO_INTEGRATED_ACCOUNT_ID to the account to import into")?;
        (Client::from_env()?, account)
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
    let body = ImportTicketBody::new()
        .remote_field("id", "4711")
        .remote_field("subject", "Printer on fire");
    let ticket = client.import_ticket(&query, &body).await?;

    println!(
        "imported ticket {} ({:?}), status {:?}, {} assignee(s):",
        ticket.id,
        ticket.name.as_deref().unwrap_or("unnamed"),
        ticket.status_name().map(|status| status.as_str()),
        ticket.assignees.as_ref().map_or(0, Vec::len),
    );
    println!("{}", serde_json::to_string_pretty(&ticket)?);
    drop(mock);
    Ok(())
}
