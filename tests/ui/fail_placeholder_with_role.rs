#[derive(serde::Serialize)]
pub struct Body {
    pub name: String,
}

pub trait Api: truto::Api {
    #[truto::truto_endpoint(PUT, "/things/{id}/{name}/{trace}")]
    async fn put(
        &self,
        #[query] id: &str,
        #[body] name: &Body,
        #[header("X-Trace")] trace: &str,
    ) -> truto::Result<serde_json::Value>;
}

impl Api for truto::Client {}

fn main() {}
