//! [`Deleted`]: what the unified `DELETE /unified/{model}/{resource}/{id}` calls return, for
//! any unified API.

use serde::{Deserialize, Serialize};

/// The response of a unified delete call: the id of the deleted object.
///
/// Truto documents delete responses as `{ "id": "..." }` (reference notes, "Delete Envelope").
/// The API reference pages of some deletes (e.g. "Delete Contacts", "Delete Users" under
/// truto.one/docs/api-reference/unified-ticketing-api/) show the whole resource schema as the
/// Response Body instead. Both decode: every field other than `id` is ignored. A response
/// without `id` is a decoding error, as the envelope documents `id` as always present.
///
/// ```
/// use truto::Deleted;
///
/// let deleted: Deleted = serde_json::from_str(r#"{"id": "c_42"}"#).unwrap();
/// assert_eq!(deleted, Deleted::new("c_42"));
/// // A whole resource as the response: only `id` is read.
/// let deleted: Deleted = serde_json::from_str(r#"{"id": "c_42", "name": "Ada"}"#).unwrap();
/// assert_eq!(deleted, Deleted::new("c_42"));
/// assert!(serde_json::from_str::<Deleted>("{}").is_err());
/// assert_eq!(serde_json::to_string(&deleted).unwrap(), r#"{"id":"c_42"}"#);
/// ```
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq, Hash)]
pub struct Deleted {
    /// The id of the deleted object.
    pub id: String,
}

impl Deleted {
    /// A `Deleted` for the given id.
    pub fn new(id: impl Into<String>) -> Self {
        Deleted { id: id.into() }
    }
}
