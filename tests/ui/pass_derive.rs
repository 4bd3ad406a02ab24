//! `#[derive(Endpoint)]`: every field role, the whole struct as the body, streamed and
//! ignored responses, path tails, generics and lifetimes; the futures of `client.send(&e)`
//! are `Send + 'static`. Compile-only: requests are built, nothing is sent.
#![deny(warnings)]

use std::marker::PhantomData;

use serde::de::DeserializeOwned;
use serde::Serialize;
use truto::{ByteStream, Endpoint, UnifiedQuery};

/// Calls a custom method: every field role.
#[derive(Endpoint)]
#[endpoint(POST, "/unified/{model}/{resource}/{method}", response = serde_json::Value)]
pub struct CustomMethod<'a> {
    /// Named like a placeholder: a path segment.
    pub model: &'a str,
    /// Explicitly a path segment.
    #[endpoint(path)]
    pub resource: String,
    pub method: &'a str,
    /// Flattened into the query string.
    #[endpoint(flatten)]
    pub query: &'a UnifiedQuery,
    /// One query parameter under its own name.
    pub limit: Option<u32>,
    /// One query parameter under another name.
    #[endpoint(query = "sort_by")]
    pub sort: Option<String>,
    /// The JSON body.
    #[endpoint(body)]
    pub body: serde_json::Value,
    /// A header; `None` leaves it out.
    #[endpoint(header = "X-Trace")]
    pub trace: Option<String>,
    /// Not sent.
    #[endpoint(skip)]
    pub note: String,
}

/// The whole struct is the body; fields that are not part of it are `#[serde(skip)]`.
#[derive(Endpoint, Serialize)]
#[endpoint(PATCH, "/unified/ticketing/tickets/{id}", response = (), body)]
pub struct UpdateTicket {
    #[serde(skip)]
    pub id: String,
    #[serde(skip)]
    #[endpoint(flatten)]
    pub query: UnifiedQuery,
    #[serde(skip)]
    #[endpoint(header = "X-Request-Id")]
    pub key: Option<String>,
    pub subject: String,
}

/// A streamed file under a path tail; borrowed header values.
#[derive(Endpoint)]
#[endpoint(GET, "/files/{*path}", response = ByteStream, format = raw)]
pub struct Download<'a> {
    pub path: &'a str,
    #[endpoint(header = "X-Trace")]
    pub trace: &'a str,
    #[endpoint(header = "X-Tenant")]
    pub tenant: Option<&'a str>,
}

/// Generic response and query, a raw identifier, a where clause.
#[derive(Endpoint)]
#[endpoint(GET, "/unified/{type}/{id}", response = T, format = unified)]
pub struct Get<'a, T, Q: Serialize>
where
    T: DeserializeOwned,
{
    pub r#type: &'a str,
    pub id: u64,
    #[endpoint(flatten)]
    pub query: Q,
    #[endpoint(skip)]
    pub item: PhantomData<fn() -> T>,
}

/// An endpoint without inputs.
#[derive(Endpoint)]
#[endpoint(DELETE, "/cache", response = ())]
pub struct ClearCache {}

fn assert_send_static<T: Send + 'static>(_: &T) {}

fn assert_endpoint<E: truto::Endpoint<Response = R>, R>(_: &E) {}

fn main() {
    let client = truto::Client::builder()
        .token("test-token")
        .base_url("http://127.0.0.1:9")
        .build()
        .expect("client");
    let query = UnifiedQuery::new("acct");

    let custom = CustomMethod {
        model: "ticketing",
        resource: "tickets".into(),
        method: "summarize",
        query: &query,
        limit: Some(10),
        sort: None,
        body: serde_json::json!({ "id": "t-1" }),
        trace: Some("t".into()),
        note: String::from("not sent"),
    };
    let _ = custom.request();
    assert_endpoint::<_, serde_json::Value>(&custom);
    let _: &str = &custom.note;
    let future = client.send(&custom);
    drop(custom);
    assert_send_static(&future);

    let update = UpdateTicket {
        id: "t-1".into(),
        query: query.clone(),
        key: None,
        subject: "Hello".into(),
    };
    assert_endpoint::<_, ()>(&update);
    assert_send_static(&client.send(&update));

    let trace = String::from("trace");
    let download = Download { path: "a/b/c.txt", trace: &trace, tenant: None };
    assert_endpoint::<_, ByteStream>(&download);
    assert_send_static(&client.send(&download));

    let get: Get<'_, serde_json::Value, _> = Get {
        r#type: "contacts",
        id: 7,
        query: &query,
        item: PhantomData,
    };
    assert_endpoint::<_, serde_json::Value>(&get);
    assert_send_static(&client.send(&get));

    assert_send_static(&client.send(&ClearCache {}));
}
