//! A response body read from a file on disk as hyper asks for it, so a large download
//! streams with flat memory (and with `Content-Length`, from the file's size).

use std::io;
use std::pin::Pin;
use std::task::{ready, Context, Poll};

use bytes::Bytes;
use hyper::body::Frame;
use tokio::io::{AsyncRead, ReadBuf};

/// How much one frame carries.
const CHUNK_BYTES: usize = 256 * 1024;

/// `remaining` bytes of `file`, in chunks of at most [`CHUNK_BYTES`].
pub(crate) struct FileBody {
    file: tokio::fs::File,
    remaining: u64,
    buffer: Vec<u8>,
}

impl FileBody {
    /// Opens `path` for a body of exactly `length` bytes.
    pub(crate) fn open(path: &std::path::Path, length: u64) -> io::Result<FileBody> {
        let file = std::fs::File::open(path)?;
        Ok(FileBody {
            file: tokio::fs::File::from_std(file),
            remaining: length,
            buffer: vec![0; CHUNK_BYTES],
        })
    }

    pub(crate) fn remaining(&self) -> u64 {
        self.remaining
    }

    pub(crate) fn poll_chunk(
        &mut self,
        cx: &mut Context<'_>,
    ) -> Poll<Option<Result<Frame<Bytes>, io::Error>>> {
        if self.remaining == 0 {
            return Poll::Ready(None);
        }
        let want = usize::try_from(self.remaining).map_or(CHUNK_BYTES, |r| r.min(CHUNK_BYTES));
        let mut buffer = ReadBuf::new(&mut self.buffer[..want]);
        ready!(Pin::new(&mut self.file).poll_read(cx, &mut buffer))?;
        let read = buffer.filled();
        if read.is_empty() {
            self.remaining = 0;
            return Poll::Ready(Some(Err(io::Error::new(
                io::ErrorKind::UnexpectedEof,
                "the stored file is shorter than its recorded size",
            ))));
        }
        self.remaining -= read.len() as u64;
        Poll::Ready(Some(Ok(Frame::data(Bytes::copy_from_slice(read)))))
    }
}
