//! Files for the upload examples: a large deterministic file written without holding it in
//! memory, and a comparison of two files chunk by chunk.

use std::io::Read;
use std::path::{Path, PathBuf};

/// Writes `len` deterministic, non-repeating bytes to `path`, 64 KiB at a time.
pub fn generate(path: &Path, len: usize) -> std::io::Result<PathBuf> {
    use std::io::Write;
    let mut file = std::io::BufWriter::new(std::fs::File::create(path)?);
    let mut state: u64 = 0x9E37_79B9_7F4A_7C15;
    let mut chunk = vec![0u8; 64 * 1024];
    let mut left = len;
    while left > 0 {
        for byte in chunk.iter_mut() {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            *byte = state as u8;
        }
        let take = left.min(chunk.len());
        file.write_all(&chunk[..take])?;
        left -= take;
    }
    file.flush()?;
    Ok(path.to_path_buf())
}

/// Compares two files chunk by chunk (never reading either whole).
pub fn same_bytes(a: &Path, b: &Path) -> std::io::Result<bool> {
    let (mut a, mut b) = (std::fs::File::open(a)?, std::fs::File::open(b)?);
    let (mut left, mut right) = (vec![0u8; 64 * 1024], vec![0u8; 64 * 1024]);
    loop {
        let read = read_full(&mut a, &mut left)?;
        if read != read_full(&mut b, &mut right)? || left[..read] != right[..read] {
            return Ok(false);
        }
        if read == 0 {
            return Ok(true);
        }
    }
}

/// Fills `buffer` as far as the file allows; the count read.
fn read_full(file: &mut std::fs::File, buffer: &mut [u8]) -> std::io::Result<usize> {
    let mut filled = 0;
    while filled < buffer.len() {
        match file.read(&mut buffer[filled..])? {
            0 => break,
            read => filled += read,
        }
    }
    Ok(filled)
}
