//! Creates, updates and deletes a comment on a ticket, with an `Idempotency-Key` on the
//! create so that sending it again (a retry after a lost response) cannot post it twice.
//!
//! Offline by default: with no `TRUTO_API_TOKEN` set, it starts a `truto-mock` server
//! seeded with a few tickets. With `TRUTO_API_TOKEN` set it calls the real API
//! (`TRUTO_BASE_URL` to point elsewhere) for the account in `TRUTO_INTEGRATED_ACCOUNT_ID`, on
//! the ticket in `TRUTO_TICKET_ID` (default: the account's first ticket). Against the real API
//! it really posts, edits and deletes a comment.
//!
//! ```sh
//! cargo run --example comment_crud
//! ```

use truto::prelude::*;
use truto::ticketing::{CommentQuery, CreateComment, ListTicketsQuery, UpdateComment};
use truto_mock::MockServer;

/// Any account id will do for the mock; it only checks that it is a UUID.
const MOCK_ACCOUNT: &str = "62f44730-dd91-461e-bd6a-aedd9e0ad79d";

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    // Kept alive until the end of main: dropping it stops the server.
    let mut mock = None;
    let (client, account) = if std::env::var_os("TRUTO_API_TOKEN").is_some() {
        let account = std::env::var("TRUTO_INTEGRATED_ACCOUNT_ID")
            .map_err(|_| "set TRUTO_INTEGRATED_ACCOUNT_ID to the account to comment in")?;
        let client = Client::from_env()?;
        println!(
            "TRUTO_API_TOKEN is set: calling the Truto API at {}",
            client.base_url()
        );
        (client, account)
    } else {
        let server = MockServer::builder().seed_tickets(3).start().await?;
        println!(
            "TRUTO_API_TOKEN is not set: using a local truto-mock server at {}, seeded with 3 \
             tickets",
            server.url()
        );
        let client = server.client()?;
        mock = Some(server);
        (client, MOCK_ACCOUNT.to_owned())
    };

    let ticket = match std::env::var("TRUTO_TICKET_ID") {
        Ok(ticket) => ticket,
        Err(_) => {
            let first = client.list_tickets(&ListTicketsQuery::new(&account).limit(1));
            first.first().await?.ok_or("the account has no tickets")?.id
        }
    };
    // Truto takes the comment's ticket as a query parameter: `ticket[id]=...`.
    let query = CommentQuery::new(&account).ticket(&ticket);

    // Create. The key names this one logical write: make it once, reuse it on every retry.
    let key = format!("comment-{}", uuid::Uuid::new_v4());
    let body = CreateComment::new()
        .body("Have you tried turning it off and on again?")
        .is_private(false);
    let once = client.with_idempotency_key(&key);
    let comment = once.create_comment(&query, &body).await?;
    println!("created {} on {ticket}: {:?}", comment.id, comment.body);

    // Sent again with the same key, the create is answered from the first one, not re-run.
    // (The key belongs to this one request: a different write through `once` is refused.)
    let again = once.create_comment(&query, &body).await?;
    println!("same key again: {} (no duplicate)", again.id);

    // Update: only the fields set are sent.
    let patch = UpdateComment::new()
        .body("Fixed by a restart.")
        .is_private(true);
    let comment = client.update_comment(&comment.id, &query, &patch).await?;
    println!(
        "updated {}: {:?}, private: {:?}",
        comment.id, comment.body, comment.is_private
    );

    // Delete: the answer is the deleted comment's id.
    let deleted = client.delete_comment(&comment.id, &query).await?;
    println!("deleted {}", deleted.id);

    drop(mock);
    Ok(())
}
