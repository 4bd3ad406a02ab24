//! Paginated endpoints: plain `fn`s returning `Paginator<T>`. Creating the paginator sends
//! nothing and borrows no argument (it is `Send + 'static`), and a test double can override
//! a paginated endpoint.
#![deny(warnings)]

use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use truto::{truto_endpoint, Paginator};

#[derive(Serialize)]
pub struct ListCommentsQuery {
    pub ticket_id: String,
}

#[derive(Deserialize)]
pub struct Comment {
    pub id: String,
}

pub trait Comments: truto::Api {
    /// Every comment of a ticket, across pages.
    #[truto_endpoint(GET, "/unified/ticketing/comments")]
    fn list_comments(&self, #[query] query: &ListCommentsQuery) -> Paginator<Comment>;

    /// A placeholder, a plain parameter, a header and a format that keeps the envelope.
    #[truto::truto_endpoint(GET, "/unified/{model}/items", format = normalized)]
    fn list_items(
        &self,
        model: &str,
        limit: Option<u32>,
        #[header("X-Trace")] trace: Option<&str>,
    ) -> truto::Paginator<serde_json::Value>;

    /// A generic item type and a path tail.
    #[truto_endpoint(GET, "/folders/{*path}")]
    fn list_folder<T>(&self, path: &str) -> Paginator<T>
    where
        T: DeserializeOwned + Send + 'static;
}

impl Comments for truto::Client {}

/// A test double: its comments are an empty list, without the network.
struct Double {
    client: truto::Client,
}

impl truto::Api for Double {
    fn client(&self) -> &truto::Client {
        &self.client
    }
}

impl Comments for Double {
    fn list_comments(&self, _query: &ListCommentsQuery) -> Paginator<Comment> {
        Paginator::empty()
    }
}

fn assert_send_static<T: Send + 'static>(_: &T) {}

fn main() {
    let client = truto::Client::builder()
        .token("test-token")
        .base_url("http://127.0.0.1:9")
        .build()
        .expect("client");
    let _: fn(Comment) -> String = |comment| comment.id;

    // Nothing is sent: the paginator is only created, and outlives its arguments.
    let query = ListCommentsQuery { ticket_id: "t-1".into() };
    let comments = client.list_comments(&query);
    drop(query);
    assert_send_static(&comments);

    let trace = String::from("trace");
    let items = client.list_items("tickets", Some(50), Some(trace.as_str()));
    drop(trace);
    assert_send_static(&items);

    let folder: Paginator<serde_json::Value> = client.list_folder("a/b c/d");
    assert_send_static(&folder);

    let double = Double { client };
    let _empty: Paginator<Comment> = double.list_comments(&ListCommentsQuery { ticket_id: String::new() });
    let _defaulted = double.list_items("contacts", None, None);
}
