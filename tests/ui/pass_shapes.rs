//! Every parameter role, return shape and option the macro accepts, under `deny(warnings)`.
#![deny(warnings)]

use std::fmt::Display;

use serde::de::DeserializeOwned;
use serde::Serialize;
use truto::truto_endpoint;

#[derive(Serialize)]
pub struct Page {
    pub limit: u32,
}

#[derive(Serialize)]
pub struct Filter<'a> {
    pub status: &'a str,
}

pub trait Shapes: truto::Api {
    /// Several `#[query]` structs, plain parameters (`Option` among them) and a raw identifier
    /// bound to the `{type}` placeholder.
    #[truto_endpoint(GET, "/things/{type}/items", format = raw)]
    async fn list(
        &self,
        r#type: &str,
        #[query] page: &Page,
        #[query] filter: Filter<'_>,
        cursor: Option<&str>,
        #[allow(unused_mut)] mut limit: u32,
    ) -> truto::Result<Vec<serde_json::Value>>;

    /// Every header argument type; `Result<()>` ignores the body.
    #[truto_endpoint(DELETE, "/things/{id}", format = unified)]
    async fn remove(
        &self,
        id: u64,
        #[header("X-A")] a: &str,
        #[header("X-B")] b: String,
        #[header("X-C")] c: &String,
        #[header("X-D")] d: Option<String>,
        #[body] why: &serde_json::Value,
    ) -> truto::Result<()>;

    /// Streamed body, owned body value, `PUT`/`PATCH`.
    #[truto_endpoint(PUT, "/files/{id}/", format = stream)]
    async fn upload(&self, id: impl Display + Send, #[body] bytes: Vec<u8>) -> truto::Result<truto::ByteStream>;

    /// Parameters named like the expansion's locals do not clash with them (hygiene).
    #[truto_endpoint(PATCH, "/", format = normalized)]
    async fn patch(
        &self,
        #[body] b: Filter<'_>,
        #[header("X-Request-Id")] __truto_request: Option<&str>,
        __truto_sent: u8,
    ) -> truto::Result<()>;

    /// Method generics, lifetimes and where clauses are kept; the future is still `Send`.
    #[truto_endpoint(POST, "/generic/{id}")]
    async fn generic<'a, T, Q>(&'a self, id: &'a str, #[query] q: &'a Q) -> truto::Result<T>
    where
        T: DeserializeOwned,
        Q: Serialize + Sync + ?Sized;

    /// Argument types that are not `Sync`: the future holds no reference to them.
    #[truto_endpoint(GET, "/cells")]
    async fn cells(&self, plain: &std::cell::Cell<u8>, #[query] q: &std::cell::Cell<u32>) -> truto::Result<()>;

    /// A multipart form, by reference or by value.
    #[truto_endpoint(POST, "/unified/ticketing/attachments")]
    async fn attach(&self, #[query] page: &Page, #[multipart] form: &truto::Multipart) -> truto::Result<serde_json::Value>;

    /// A multipart form by value.
    #[truto_endpoint(POST, "/file")]
    async fn attach_owned(&self, #[multipart] form: truto::Multipart) -> truto::Result<()>;

    /// A raw body (`truto_body_passthrough=true`), by value or by reference.
    #[truto_endpoint(POST, "/proxy/files")]
    async fn passthrough(&self, #[raw_body] body: truto::RawBody, #[header("X-A")] a: &str) -> truto::Result<()>;

    /// A raw body by reference, on PUT.
    #[truto_endpoint(PUT, "/proxy/files/{id}")]
    async fn passthrough_ref(&self, id: &str, #[raw_body] body: &truto::RawBody) -> truto::Result<()>;

    /// `Self`-dependent types are fine too.
    #[truto_endpoint(GET, "/assoc")]
    async fn assoc(&self) -> truto::Result<Self::Item>
    where
        Self: Sized + Associated;
}

pub trait Associated {
    type Item: DeserializeOwned;
}

impl Shapes for truto::Client {}

impl Associated for truto::Client {
    type Item = u8;
}

const fn assert_send<T: Send>(_: &T) {}

/// Spawnable with a generic `T` and a borrowed unsized query. (Only type-checked.)
fn spawn_generic(client: truto::Client) -> tokio::task::JoinHandle<truto::Result<serde_json::Value>> {
    tokio::spawn(async move {
        let q = String::from("q");
        client.generic::<serde_json::Value, str>("id", q.as_str()).await
    })
}

/// Creates each endpoint's future (which serializes the arguments) and checks it is `Send`;
/// none is polled, so no request is sent.
fn main() {
    let client = truto::Client::builder()
        .token("test-token")
        .base_url("http://127.0.0.1:9")
        .build()
        .expect("client");
    let _: fn(truto::Client) -> _ = spawn_generic;

    let filter = Filter { status: "open" };
    assert_send(&client.list("tickets", &Page { limit: 10 }, filter, None, 5));
    let owned = String::from("c");
    assert_send(&client.remove(1, "a", "b".to_owned(), &owned, None, &serde_json::Value::Null));
    assert_send(&client.upload(7, vec![1, 2, 3]));
    assert_send(&client.patch(Filter { status: "x" }, Some("key"), 1));
    let (plain, q) = (std::cell::Cell::new(1), std::cell::Cell::new(2));
    assert_send(&client.cells(&plain, &q));
    assert_send(&client.assoc());
    let form = truto::Multipart::new().text("a", "b");
    assert_send(&client.attach(&Page { limit: 1 }, &form));
    assert_send(&client.attach_owned(form.clone()));
    let raw = truto::RawBody::bytes("x").content_type("text/plain");
    assert_send(&client.passthrough(raw.clone(), "a"));
    assert_send(&client.passthrough_ref("1", &raw));
}
