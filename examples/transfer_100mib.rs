//! Measures memory while 100 MiB go up and down through the SDK: uploads a 100 MiB file as
//! a ticket attachment and downloads it back to disk, against a `truto-mock` server in this
//! process, and reports the peak resident set size (`getrusage` `ru_maxrss`) before and
//! after each direction; on Linux also the process's own high-water mark (`VmHWM`) and
//! current RSS (`VmRSS`) from `/proc/self/status`.
//!
//! Read `VmHWM` on Linux: `ru_maxrss` also counts the image the process was forked from
//! before `exec` (under `cargo run`, cargo's own ~60 MiB), so its "before" can sit far above
//! what this program ever used and hide growth below that mark. Running the built binary
//! from a shell (`target/release/examples/transfer_100mib`) avoids that.
//!
//! ```sh
//! cargo run --release --example transfer_100mib
//! ```
//!
//! Both directions stream: the upload reads the file in chunks, the mock writes each part
//! to disk as it arrives, the download is served from disk and written to disk as it
//! arrives. So the peak grows by a few MiB of buffers, not by the file. The example fails
//! if either direction grows the peak by 32 MiB or more (the file is 100 MiB), or if the
//! bytes differ.

#[path = "support/files.rs"]
mod files;

use std::time::{Duration, Instant};

use truto::prelude::*;
use truto::ticketing::AttachmentUpload;
use truto::UploadFile;
use truto_mock::MockServer;

const ACCOUNT: &str = "62f44730-dd91-461e-bd6a-aedd9e0ad79d";
const SIZE: usize = 100 * 1024 * 1024;
/// Growth of the peak RSS at or above which the example fails.
const LIMIT_MIB: f64 = 32.0;

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let work = std::env::temp_dir().join(format!("truto-transfer-{}", std::process::id()));
    std::fs::create_dir_all(&work)?;
    let source = files::generate(&work.join("payload.bin"), SIZE)?;

    let mock = MockServer::start().await?;
    // A 100 MiB upload can take longer than the default 30 s per attempt on a slow disk.
    let client = mock
        .client_builder()
        .timeout(Duration::from_secs(600))
        .build()?;
    let query = QueryParams::new(ACCOUNT);

    // Warm up: one small transfer each way, so pools and buffers exist before measuring.
    let small = files::generate(&work.join("small.bin"), 256 * 1024)?;
    let warm = client
        .upload_attachment(&query, &AttachmentUpload::new(UploadFile::path(&small)))
        .await?;
    let warm_url = warm.file_url.ok_or("no file_url")?;
    client
        .download_attachment(&warm_url, &query)
        .await?
        .save_to_file(work.join("small.out"))
        .await?;

    let before = peak_rss_mib();
    let status_before = proc_status_mib();
    let started = Instant::now();
    let upload = AttachmentUpload::new(UploadFile::path(&source)).ticket_id("4711");
    let attachment = client.upload_attachment(&query, &upload).await?;
    let uploaded_in = started.elapsed();
    let after_upload = peak_rss_mib();
    let status_after_upload = proc_status_mib();
    if attachment.size_bytes() != Some(SIZE as u64) {
        return Err(format!("the mock stored {:?} bytes", attachment.size_bytes()).into());
    }

    let started = Instant::now();
    let url = attachment.file_url.ok_or("no file_url")?;
    let target = work.join("downloaded.bin");
    let written = client
        .download_attachment(&url, &query)
        .await?
        .save_to_file(&target)
        .await?;
    let downloaded_in = started.elapsed();
    let after_download = peak_rss_mib();
    let status_after_download = proc_status_mib();
    let same = written == SIZE as u64 && files::same_bytes(&source, &target)?;
    std::fs::remove_dir_all(&work)?;

    println!(
        "transferred {} MiB each way through truto-rs and truto-mock",
        SIZE >> 20
    );
    println!("upload:   {uploaded_in:.2?}, download: {downloaded_in:.2?}");
    let peaks = [before, after_upload, after_download];
    report("ru_maxrss", peaks)?;
    let hwm = [status_before, status_after_upload, status_after_download].map(|s| s.map(|s| s.0));
    report("VmHWM", hwm)?;
    if let [Some(before), Some(up), Some(down)] =
        [status_before, status_after_upload, status_after_download].map(|s| s.map(|s| s.1))
    {
        println!("VmRSS (current) before / after upload / after download: {before:.1} / {up:.1} / {down:.1} MiB");
    }
    if !same {
        return Err("the downloaded file differs from the uploaded one".into());
    }
    println!("bytes checked: identical");
    drop(mock);
    Ok(())
}

/// The process's peak resident set size so far, in MiB (`ru_maxrss`: KiB on Linux, bytes
/// on macOS).
#[cfg(unix)]
fn peak_rss_mib() -> Option<f64> {
    // SAFETY: `getrusage` only writes the `rusage` it is given, which is zeroed and ours.
    let usage = unsafe {
        let mut usage: libc::rusage = std::mem::zeroed();
        (libc::getrusage(libc::RUSAGE_SELF, &mut usage) == 0).then_some(usage)
    }?;
    let raw = usage.ru_maxrss as f64;
    Some(if cfg!(target_os = "macos") {
        raw / (1024.0 * 1024.0)
    } else {
        raw / 1024.0
    })
}

#[cfg(not(unix))]
fn peak_rss_mib() -> Option<f64> {
    None
}

/// `VmHWM` (this process's own peak RSS) and `VmRSS` (current) in MiB, from
/// `/proc/self/status` (Linux only).
fn proc_status_mib() -> Option<(f64, f64)> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let field = |name: &str| -> Option<f64> {
        let line = status.lines().find(|line| line.starts_with(name))?;
        let kib: f64 = line.split_whitespace().nth(1)?.parse().ok()?;
        Some(kib / 1024.0)
    };
    Some((field("VmHWM:")?, field("VmRSS:")?))
}

/// Prints a peak before, after the upload and after the download, and fails when either
/// direction grew it by [`LIMIT_MIB`] or more.
fn report(name: &str, [before, up, down]: [Option<f64>; 3]) -> Result<(), String> {
    let (Some(before), Some(up), Some(down)) = (before, up, down) else {
        println!("{name}: not available on this platform");
        return Ok(());
    };
    println!(
        "{name:>9}: before {before:6.1} MiB, after upload {up:6.1} MiB (+{:.1}), after download {down:6.1} MiB (+{:.1})",
        up - before,
        down - up
    );
    if up - before >= LIMIT_MIB || down - up >= LIMIT_MIB {
        return Err(format!(
            "{name} grew by {LIMIT_MIB} MiB or more during a transfer"
        ));
    }
    Ok(())
}
