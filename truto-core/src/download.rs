//! Writing a [`ByteStream`] out as it arrives: to any `AsyncWrite`, or to a file that only
//! appears under its name once the whole body is in.

use std::path::{Path, PathBuf};

use futures_util::StreamExt;
use tokio::io::{AsyncWrite, AsyncWriteExt};

use crate::error::Error;
use crate::stream::ByteStream;

impl ByteStream {
    /// Writes the whole body to `writer` chunk by chunk (never holding more than one chunk),
    /// flushes it, and returns how many bytes were written.
    ///
    /// A body that breaks off or stalls past the idle timeout is the stream's error; a writer
    /// that fails is [`Error::Io`]. Either way the writer may hold part of the body.
    ///
    /// ```no_run
    /// # async fn demo(body: truto_core::ByteStream) -> truto_core::Result<()> {
    /// let mut out = Vec::new(); // any tokio AsyncWrite: a socket, a file, a pipe...
    /// let written = body.write_to(&mut out).await?;
    /// assert_eq!(written as usize, out.len());
    /// # Ok(()) }
    /// ```
    pub async fn write_to<W: AsyncWrite + Unpin>(mut self, mut writer: W) -> Result<u64, Error> {
        let mut written = 0u64;
        while let Some(chunk) = self.next().await {
            let chunk = chunk?;
            writer
                .write_all(&chunk)
                .await
                .map_err(|source| self.io_error(source))?;
            written = written.saturating_add(chunk.len() as u64);
        }
        writer
            .flush()
            .await
            .map_err(|source| self.io_error(source))?;
        Ok(written)
    }

    /// Saves the whole body to the file at `path`, streaming it to disk, and returns its
    /// length.
    ///
    /// The body is written to a temporary file next to `path` (`<name>.truto-partial-<uuid>`)
    /// that is renamed to `path` only once the body is complete, replacing any file there: a
    /// download that fails leaves no truncated file under the final name (and an existing
    /// file untouched); the temporary file is removed. To name the file after the server's
    /// suggestion, join a directory with [`filename`](Self::filename).
    pub async fn save_to_file(self, path: impl AsRef<Path>) -> Result<u64, Error> {
        let path = path.as_ref();
        let endpoint = self.endpoint();
        let io_error = |source| Error::Io {
            endpoint: endpoint.clone(),
            source,
        };
        let partial = partial_path(path);
        let file = tokio::fs::File::create(&partial).await.map_err(io_error)?;
        let written = match self.write_to(file).await {
            Ok(written) => written,
            Err(error) => {
                let _ = tokio::fs::remove_file(&partial).await;
                return Err(error);
            }
        };
        if let Err(source) = tokio::fs::rename(&partial, path).await {
            let _ = tokio::fs::remove_file(&partial).await;
            return Err(io_error(source));
        }
        Ok(written)
    }

    fn io_error(&self, source: std::io::Error) -> Error {
        Error::Io {
            endpoint: self.endpoint(),
            source,
        }
    }
}

/// `dir/name.truto-partial-<uuid>` beside `path`.
fn partial_path(path: &Path) -> PathBuf {
    let mut name = path
        .file_name()
        .map(|name| name.to_os_string())
        .unwrap_or_else(|| "download".into());
    name.push(format!(".truto-partial-{}", uuid::Uuid::new_v4().simple()));
    path.with_file_name(name)
}
