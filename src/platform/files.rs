//! Files: Truto's public file storage (`POST /file`), [`FilesApi`].
//!
//! Source: Truto's reference notes (`files-and-logs.md`): `POST /file` takes
//! `multipart/form-data` with a `file` field and answers `{"url": "https://files-public.truto.one/<key>"}`,
//! "a stable public URL"; there are no list, get or delete endpoints. Not stated (so not
//! assumed): the status of the answer (any 2xx decodes) and whether the call honours
//! `Idempotency-Key` (it is not under `/unified`, `/proxy` or `/custom`, so the SDK treats it
//! as not idempotent: once its bytes went out it is never sent again, and a lost answer is
//! [`Error::WriteOutcomeUnknown`](crate::Error::WriteOutcomeUnknown)).

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::{truto_endpoint, Api, Client, Result, UploadFile};

/// The answer of `POST /file`: where the file now lives.
///
/// `url` is optional like every field the SDK decodes (the docs show it always there);
/// anything else Truto adds lands in `extra`.
#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq, Eq)]
pub struct UploadedFile {
    /// The stable public URL of the file.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// Fields the docs do not name.
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

/// Truto's public file storage.
pub trait FilesApi: Api {
    /// Uploads a file to Truto's public storage (`POST /file`, multipart field `file`) and
    /// returns its public URL. The file is streamed from its path or stream, never read
    /// whole.
    ///
    /// ```no_run
    /// use truto::platform::FilesApi;
    /// use truto::{Client, UploadFile};
    ///
    /// # async fn demo(client: Client) -> truto::Result<()> {
    /// let logo = UploadFile::path("logo.png").with_content_type("image/png");
    /// let uploaded = client.upload_file(&logo).await?;
    /// println!("{:?}", uploaded.url);
    /// # Ok(()) }
    /// ```
    #[truto_endpoint(POST, "/file")]
    async fn upload_file(&self, #[multipart] file: &UploadFile) -> Result<UploadedFile>;
}

impl FilesApi for Client {}
