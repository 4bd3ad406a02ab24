pub trait Api: truto::Api {
    #[truto::truto_endpoint(GET, "/things/{id}/copies/{id}")]
    async fn thing(&self, id: &str) -> truto::Result<serde_json::Value>;
}

impl Api for truto::Client {}

fn main() {}
