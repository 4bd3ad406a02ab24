//! [`ESignatureUrl`]: one entry of the `urls` arrays that e-signature documents and
//! collections carry.
//!
//! The overview page (`truto.one/unified-apis/e-signature/`) gives `urls` only as "array";
//! its items are typed here after the `{url, type}` shape the other unified APIs document for
//! `urls[]` (file storage, ATS). **Not confirmed** for e-signature: an item of another shape is
//! a decoding error of that record, so `type` is kept as a plain string.

use serde::{Deserialize, Serialize};

/// One URL of a document or collection (`urls[]`).
#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq, Eq)]
pub struct ESignatureUrl {
    /// The URL.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// What the URL points at (no value list is documented).
    #[serde(default, rename = "type", skip_serializing_if = "Option::is_none")]
    pub url_type: Option<String>,
}
