//! The public contract: declarations compile, futures are `Send` (spawnable), and a test
//! double can override endpoints with `async fn` or `fn -> impl Future`.
#![deny(warnings)]

use serde::Serialize;

#[derive(Serialize)]
pub struct MyQuery {
    pub remote_id: String,
}

#[derive(Serialize)]
pub struct MyBody {
    pub subject: String,
}

pub trait Helpdesk: truto::Api {
    /// Import a ticket.
    #[truto::truto_endpoint(POST, "/unified/ticketing/tickets/import")]
    async fn import_ticket(&self, #[query] q: &MyQuery, #[body] b: &MyBody) -> truto::Result<truto::ticketing::Ticket>;

    #[truto::truto_endpoint(GET, "/things/{id}/parts/{part}")]
    async fn part(&self, id: &str, part: u32, integrated_account_id: &str, #[header("X-Trace")] trace: Option<&str>) -> truto::Result<serde_json::Value>;
}

impl Helpdesk for truto::Client {}

/// A test double: overrides one endpoint with `async fn`, one with `fn -> impl Future`.
struct Double {
    client: truto::Client,
}

impl truto::Api for Double {
    fn client(&self) -> &truto::Client {
        &self.client
    }
}

impl Helpdesk for Double {
    async fn import_ticket(&self, q: &MyQuery, _b: &MyBody) -> truto::Result<truto::ticketing::Ticket> {
        let ticket = serde_json::json!({ "id": q.remote_id });
        Ok(serde_json::from_value(ticket).expect("a ticket with only an id decodes"))
    }

    fn part(
        &self,
        id: &str,
        _part: u32,
        _integrated_account_id: &str,
        _trace: Option<&str>,
    ) -> impl std::future::Future<Output = truto::Result<serde_json::Value>> + Send {
        let id = id.to_owned();
        async move { Ok(serde_json::Value::String(id)) }
    }
}

/// The returned future is `Send + 'static` once the arguments live in the task: it can be
/// spawned. (Only type-checked: nothing listens where the client would send.)
fn spawn_import(client: truto::Client, q: MyQuery, b: MyBody) -> tokio::task::JoinHandle<truto::Result<truto::ticketing::Ticket>> {
    tokio::spawn(async move { client.import_ticket(&q, &b).await })
}

const fn assert_send<T: Send>(_: &T) {}

#[tokio::main]
async fn main() {
    let client = truto::Client::builder()
        .token("test-token")
        .base_url("http://127.0.0.1:9")
        .build()
        .expect("client");
    let _: fn(truto::Client, MyQuery, MyBody) -> _ = spawn_import;

    // Creating the future serializes the arguments; it is `Send`. Never polled: no request.
    let trace = String::from("t-1");
    let future = client.part("a/b", 7, "acct", Some(trace.as_str()));
    assert_send(&future);
    drop(future);

    // The test double answers without the network.
    let double = Double { client };
    let ticket = double
        .import_ticket(&MyQuery { remote_id: "r-2".into() }, &MyBody { subject: String::new() })
        .await
        .map(|t| t.id);
    assert_eq!(ticket.ok().as_deref(), Some("r-2"));
    let part = double.part("x", 1, "acct", None).await.ok();
    assert_eq!(part, Some(serde_json::Value::String("x".into())));
}
