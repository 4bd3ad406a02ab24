//! Uploads a file as a ticket attachment, downloads it back streamed, and checks the bytes.
//!
//! Offline by default: with no `TRUTO_API_TOKEN` set, it starts a `truto-mock` server in
//! this process and talks to that. With `TRUTO_API_TOKEN` set it calls the real API
//! (`TRUTO_BASE_URL` to point elsewhere) for the account in `TRUTO_INTEGRATED_ACCOUNT_ID`
//! and the ticket in `TRUTO_TICKET_ID`.
//!
//! ```sh
//! cargo run --example upload_attachment             # a generated 4 MiB file
//! cargo run --example upload_attachment -- FILE     # your own file
//! ```
//!
//! The file is streamed from disk on the way up and written to disk as it arrives on the
//! way down: neither direction holds it in memory.

#[path = "support/files.rs"]
mod files;

use std::path::PathBuf;

use truto::prelude::*;
use truto::ticketing::AttachmentUpload;
use truto::UploadFile;
use truto_mock::MockServer;

/// Any account id will do for the mock; it only checks that it is a UUID.
const MOCK_ACCOUNT: &str = "62f44730-dd91-461e-bd6a-aedd9e0ad79d";

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    // Kept alive until the end of main: dropping it stops the server.
    let mut mock = None;
    let (client, account, ticket) = if std::env::var_os("TRUTO_API_TOKEN").is_some() {
        let account = std::env::var("TRUTO_INTEGRATED_ACCOUNT_ID")
            .map_err(|_| "set TRUTO_INTEGRATED_ACCOUNT_ID to the account to attach to")?;
        let ticket = std::env::var("TRUTO_TICKET_ID")
            .map_err(|_| "set TRUTO_TICKET_ID to the ticket to attach the file to")?;
        (Client::from_env()?, account, ticket)
    } else {
        let server = MockServer::start().await?;
        println!(
            "TRUTO_API_TOKEN is not set: using a local truto-mock server at {}",
            server.url()
        );
        let client = server.client()?;
        mock = Some(server);
        (client, MOCK_ACCOUNT.to_owned(), "4711".to_owned())
    };

    let work = std::env::temp_dir().join(format!("truto-upload-example-{}", std::process::id()));
    std::fs::create_dir_all(&work)?;
    let source = match std::env::args_os().nth(1) {
        Some(path) => PathBuf::from(path),
        None => files::generate(&work.join("printer-diagnostics.bin"), 4 * 1024 * 1024)?,
    };

    let query = QueryParams::new(account);
    let upload = AttachmentUpload::new(
        UploadFile::path(&source).with_content_type("application/octet-stream"),
    )
    .ticket_id(ticket);
    let attachment = client.upload_attachment(&query, &upload).await?;
    println!(
        "uploaded {:?} as attachment {:?}: {:?} bytes, {:?}",
        attachment.file_name.as_deref().unwrap_or("?"),
        attachment.id.as_deref().unwrap_or("?"),
        attachment.size_bytes(),
        attachment.content_type.as_deref().unwrap_or("?"),
    );

    let file_url = attachment
        .file_url
        .as_deref()
        .ok_or("the attachment has no file_url to download it from")?;
    let body = client.download_attachment(file_url, &query).await?;
    println!(
        "downloading: content type {:?}, length {:?}, file name {:?}",
        body.content_type(),
        body.content_length(),
        body.filename()
    );
    // The server's file name is made safe to join onto a directory (no `/`, no `..`).
    let name = body
        .filename()
        .unwrap_or_else(|| "attachment.bin".to_owned());
    let downloaded_dir = work.join("downloaded");
    std::fs::create_dir_all(&downloaded_dir)?;
    let target = downloaded_dir.join(name);
    let written = body.save_to_file(&target).await?;
    println!("saved {written} bytes to {}", target.display());

    if files::same_bytes(&source, &target)? {
        println!("the downloaded file is byte for byte the uploaded one");
    } else {
        return Err("the downloaded file differs from the uploaded one".into());
    }
    std::fs::remove_dir_all(&work)?;
    drop(mock);
    Ok(())
}
