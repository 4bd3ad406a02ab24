//! The request body of `POST /unified/ticketing/tickets/import`.

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

/// The body sent to import a ticket (`POST /unified/ticketing/tickets/import`).
///
/// The seed documents one field, `remote_data`: "Any additional data that should be passed as
/// part of the request body. This data is not transformed by Truto and is passed as is to the
/// remote API." Any other top-level field is sent as given through [`field`](Self::field)
/// (kept in [`extra`](Self::extra)), for what a particular integration expects.
///
/// ```
/// use serde_json::json;
/// use truto::ticketing::ImportTicketBody;
///
/// let body = ImportTicketBody::new()
///     .remote_field("subject", "Printer on fire")
///     .field("name", "Printer on fire");
/// assert_eq!(
///     serde_json::to_value(&body).unwrap(),
///     json!({"remote_data": {"subject": "Printer on fire"}, "name": "Printer on fire"}),
/// );
/// ```
#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq, Eq)]
pub struct ImportTicketBody {
    /// Any additional data that should be passed as part of the request body. This data is
    /// not transformed by Truto and is passed as is to the remote API.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub remote_data: Option<Map<String, Value>>,
    /// Other top-level fields, sent beside `remote_data` as they are.
    ///
    /// Keep a `remote_data` key out of this map when [`remote_data`](Self::remote_data) is
    /// set, or the JSON would carry the key twice; the builder methods take care of that.
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

impl ImportTicketBody {
    /// An empty body (`{}`).
    pub fn new() -> Self {
        ImportTicketBody::default()
    }

    /// Sets `remote_data`, replacing any set before.
    #[must_use]
    pub fn remote_data(mut self, remote_data: Map<String, Value>) -> Self {
        self.extra.remove("remote_data");
        self.remote_data = Some(remote_data);
        self
    }

    /// Sets one key inside `remote_data`, creating the object if needed.
    #[must_use]
    pub fn remote_field(mut self, key: impl Into<String>, value: impl Into<Value>) -> Self {
        self.extra.remove("remote_data");
        self.remote_data
            .get_or_insert_with(Map::new)
            .insert(key.into(), value.into());
        self
    }

    /// Sets a top-level field of the body.
    ///
    /// The key `remote_data` with an object value sets [`remote_data`](Self::remote_data)
    /// (replacing it); with any other value it is sent as given instead of `remote_data`.
    #[must_use]
    pub fn field(mut self, key: impl Into<String>, value: impl Into<Value>) -> Self {
        let key = key.into();
        let value = value.into();
        if key == "remote_data" {
            match value {
                Value::Object(remote_data) => return self.remote_data(remote_data),
                other => {
                    self.remote_data = None;
                    self.extra.insert(key, other);
                }
            }
        } else {
            self.extra.insert(key, value);
        }
        self
    }
}
