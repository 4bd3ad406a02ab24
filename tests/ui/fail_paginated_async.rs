// A paginated endpoint is a plain `fn`: the error is at `async`, and the method keeps its
// `Paginator<T>` signature, so callers add no errors of their own.
use truto::Paginator;

pub trait Api: truto::Api {
    #[truto::truto_endpoint(GET, "/unified/ticketing/comments")]
    async fn list_comments(&self, ticket_id: &str) -> Paginator<serde_json::Value>;
}

impl Api for truto::Client {}

fn main() {
    let client = truto::Client::builder().token("t").build().expect("client");
    let _comments: Paginator<serde_json::Value> = client.list_comments("t-1");
}
