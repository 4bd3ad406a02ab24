//! Onboards a customer's helpdesk, end to end: a link token for the customer, the customer
//! connecting, the new integrated account found by tenant, what it can do, and its tickets
//! read with an integrated-account token the client mints (and renews) itself.
//!
//! Offline by default: with no `TRUTO_API_TOKEN` set, it starts a `truto-mock` server, and
//! the mock plays the customer connecting Zendesk through Truto's UI
//! (`MockServer::connect_link_token`). With `TRUTO_API_TOKEN` set it calls the real API: it
//! prints the link for the customer to open, then carries on with the account in
//! `TRUTO_INTEGRATED_ACCOUNT_ID` (one already connected for `TRUTO_TENANT_ID`, default
//! `acme-1`).
//!
//! ```sh
//! cargo run --example connect_account
//! ```

use futures_util::TryStreamExt;
use truto::capabilities::CapabilitiesQuery;
use truto::platform::{CreateLinkToken, ListIntegratedAccountsQuery};
use truto::prelude::*;
use truto::ticketing::ListTicketsQuery;
use truto_mock::MockServer;

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let tenant = std::env::var("TRUTO_TENANT_ID").unwrap_or_else(|_| "acme-1".to_owned());
    // Kept alive until the end of main: dropping it stops the server.
    let mut mock = None;
    let api = if std::env::var_os("TRUTO_API_TOKEN").is_some() {
        Client::from_env()?
    } else {
        let server = MockServer::builder().seed_tickets(12).start().await?;
        println!(
            "TRUTO_API_TOKEN is not set: using a local truto-mock server at {}",
            server.url()
        );
        let client = server.client()?;
        mock = Some(server);
        client
    };

    // 1. A link token for the customer: the link they open to connect their helpdesk.
    let link = api
        .create_link_token(&CreateLinkToken::for_tenant(tenant.as_str()))
        .await?;
    println!("1. link for {tenant}: {}", link.connect_url().expose());

    // 2. The customer connects (here, the mock plays them choosing Zendesk).
    let account_id = match &mock {
        Some(server) => server
            .connect_link_token(link.link_token.expose(), "zendesk")
            .ok_or("the mock did not accept the link token")?,
        None => std::env::var("TRUTO_INTEGRATED_ACCOUNT_ID")
            .map_err(|_| "set TRUTO_INTEGRATED_ACCOUNT_ID to an account connected with the link")?,
    };
    println!("2. connected: integrated account {account_id}");

    // 3. The tenant's accounts, as the backend finds them later.
    let accounts: Vec<_> = api
        .list_integrated_accounts(&ListIntegratedAccountsQuery::new().tenant_id(tenant.as_str()))
        .try_collect()
        .await?;
    for account in &accounts {
        let integration = account.integration.as_ref().and_then(|i| i.name.as_deref());
        println!(
            "3. {tenant} has {} ({}, {:?})",
            account.id,
            integration.unwrap_or("?"),
            account.status.as_ref().map(|status| status.as_str()),
        );
    }

    // 4. What the account can do through the unified API.
    let capabilities = api
        .get_account_capabilities(&account_id, &CapabilitiesQuery::new())
        .await?;
    let resources: Vec<&str> = capabilities
        .unified
        .resources
        .iter()
        .filter_map(|resource| resource.resource.as_deref().or(resource.name.as_deref()))
        .collect();
    println!("4. unified resources: {}", resources.join(", "));

    // 5. Its tickets, with an integrated-account token: minted on the first call, cached,
    //    renewed before its 15 minutes run out. No `integrated_account_id` in the query.
    let as_account = api.with_account_token(account_id.as_str());
    let tickets: Vec<_> = as_account
        .list_tickets(&ListTicketsQuery::default().limit(5))
        .max_items(5)
        .try_collect()
        .await?;
    println!("5. first {} tickets:", tickets.len());
    for ticket in &tickets {
        println!(
            "   {} {:?}",
            ticket.id,
            ticket.name.as_deref().unwrap_or("(no subject)")
        );
    }
    drop(mock);
    Ok(())
}
