pub trait Api: truto::Api {
    #[truto::truto_endpoint(GET, "things/{id}")]
    async fn no_slash(&self, id: &str) -> truto::Result<serde_json::Value>;

    #[truto::truto_endpoint(GET, "/things/{id")]
    async fn unclosed(&self, id: &str) -> truto::Result<serde_json::Value>;

    #[truto::truto_endpoint(GET, "/things/id}")]
    async fn unmatched(&self) -> truto::Result<serde_json::Value>;

    #[truto::truto_endpoint(GET, "/things?limit=10")]
    async fn query(&self) -> truto::Result<serde_json::Value>;

    #[truto::truto_endpoint(GET, "/things#top")]
    async fn fragment(&self) -> truto::Result<serde_json::Value>;

    #[truto::truto_endpoint(GET, "/things/x{id}")]
    async fn partial_segment(&self, id: &str) -> truto::Result<serde_json::Value>;

    #[truto::truto_endpoint(GET, "/things/{}")]
    async fn empty_name(&self) -> truto::Result<serde_json::Value>;

    #[truto::truto_endpoint(GET, "/things/{item-id}")]
    async fn bad_name(&self) -> truto::Result<serde_json::Value>;
}

impl Api for truto::Client {}

fn main() {}
