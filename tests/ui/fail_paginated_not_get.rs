// Pagination reads Truto's list envelope: GET only, and not in the `raw` or `stream`
// formats, which do not have it.
use truto::Paginator;

pub trait Api: truto::Api {
    #[truto::truto_endpoint(POST, "/comments/search")]
    fn search(&self, #[body] filter: &serde_json::Value) -> Paginator<serde_json::Value>;

    #[truto::truto_endpoint(GET, "/comments", format = raw)]
    fn raw(&self) -> Paginator<serde_json::Value>;

    #[truto::truto_endpoint(GET, "/comments", format = stream)]
    fn stream(&self) -> Paginator<serde_json::Value>;
}

impl Api for truto::Client {}

fn main() {}
